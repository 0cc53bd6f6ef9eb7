using System.Diagnostics;
using Proofread.Store;
using Proofread.Text;

namespace Proofread.Tests.Review;

/// <summary>Runs only where tmux is installed (.ci/run installs it).</summary>
public sealed class TmuxFactAttribute : FactAttribute
{
    public TmuxFactAttribute()
    {
        if (ReviewEndToEndTests.Tmux("-V").ExitCode != 0)
        {
            Skip = "tmux is not installed";
        }
    }
}

/// <summary>
/// The real program in a real terminal: <c>proofread review</c> in a tmux session of 120×40,
/// driven with send-keys and read with capture-pane.
/// </summary>
public class ReviewEndToEndTests
{
    [TmuxFact]
    public void A_reviewer_accepts_a_fix_and_finds_it_in_the_written_file_and_in_the_store()
    {
        string folder = TestPaths.NewTempFolder();
        string seed = Path.Combine(folder, "002.txt");
        File.Copy(Path.Combine(TestPaths.Seeds, "002_0d7d69333001dc5b.txt"), seed);
        string db = Path.Combine(folder, "review.db"), output = Path.Combine(folder, "out"), exit = Path.Combine(folder, "exit");
        string program = Path.Combine(AppContext.BaseDirectory, "proofread.dll");
        string session = "proofread-" + Guid.NewGuid().ToString("N")[..8];
        string command = $"dotnet '{program}' review '{seed}' --db '{db}' --out '{output}' --reviewer e2e; echo $? > '{exit}'";
        Assert.Equal(0, Tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command).ExitCode);
        try
        {
            WaitFor(session, screen => screen.Contains("[-", StringComparison.Ordinal), "a diff on screen");
            Tmux("send-keys", "-t", session, "/");
            WaitFor(session, screen => screen.Contains("Filter", StringComparison.Ordinal), "the filter dialog");
            Tmux("send-keys", "-t", session, "-l", "rule:duplicated-word");
            Tmux("send-keys", "-t", session, "Enter");
            string shown = WaitFor(session, screen => screen.Contains("两会有[-有-]关事宜", StringComparison.Ordinal), "the duplicated word's diff");
            Assert.Contains("duplicated-word", shown);
            Tmux("send-keys", "-t", session, "y");
            WaitFor(session, screen => screen.Contains("accepted 1", StringComparison.Ordinal), "the accepted count");
            Tmux("send-keys", "-t", session, "q");
            WaitUntil(() => File.Exists(exit) && File.ReadAllText(exit).Trim().Length > 0, "the program to exit");
            Assert.Equal("0", File.ReadAllText(exit).Trim());
        }
        finally
        {
            Tmux("kill-session", "-t", session);
        }

        string written = File.ReadAllText(Path.Combine(output, "002.txt"));
        Assert.Contains("研究市人大政协两会有关事宜", written);
        Assert.DoesNotContain("有有关", written);
        Assert.Equal(File.ReadAllText(seed).Length - 1, written.Length);

        using var store = SqliteDecisionStore.Open(db, mustExist: true);
        var decision = Assert.Single(store.LoadDecisions(store.OpenDocument(SourceText.Load(seed))).Values);
        Assert.Equal(("duplicated-word", Proofread.Review.DecisionKind.Accepted, "e2e"), (decision.RuleId, decision.Kind, decision.Reviewer));
    }

    [Fact]
    public void Without_a_terminal_review_says_so_and_creates_no_store()
    {
        string folder = TestPaths.NewTempFolder();
        string db = Path.Combine(folder, "review.db");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "proofread.dll"), "review", Path.Combine(TestPaths.Seeds, "002_0d7d69333001dc5b.txt"), "--db", db })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        string error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("needs a terminal", error);
        Assert.False(File.Exists(db));
    }

    internal static (int ExitCode, string Output) Tmux(params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "");
        }
    }

    private static string WaitFor(string session, Func<string, bool> condition, string what)
    {
        string screen = "";
        WaitUntil(() => condition(screen = Tmux("capture-pane", "-p", "-t", session).Output), what, () => screen);
        return screen;
    }

    private static void WaitUntil(Func<bool> condition, string what, Func<string>? screen = null)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                Assert.Fail($"timed out waiting for {what}; the screen shows:\n{screen?.Invoke()}");
            }

            Thread.Sleep(100);
        }
    }
}
