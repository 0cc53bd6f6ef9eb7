using System.Diagnostics;
using System.Text.Json;

namespace Proofread.Store.Tests.Reports;

/// <summary>The default database, <c>.proofread/proofread.db</c> under the working folder: run in a child process to have a working folder of its own.</summary>
public class DefaultDatabaseTests
{
    private static (int ExitCode, string Out, string Error) RunIn(string workingFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "proofread.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    [Fact]
    public void Fix_records_into_the_default_database_only_once_it_exists_and_report_reads_it()
    {
        string dir = TestPaths.NewTempFolder();
        string seed = Path.Combine(TestPaths.Seeds, "003_60f7c720d28d95ab.txt");
        string defaultDb = Path.Combine(dir, ".proofread", "proofread.db");

        var plain = RunIn(dir, "fix", seed, "--out", "out1");
        Assert.Equal(0, plain.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(dir, ".proofread")));
        Assert.Equal(2, RunIn(dir, "report").ExitCode);

        using (SqliteDecisionStore.Open(defaultDb))
        {
        }

        var recorded = RunIn(dir, "fix", seed, "--out", "out2", "--reviewer", "李编辑");
        Assert.Equal(0, recorded.ExitCode);
        Assert.Contains("Review store", recorded.Error);
        int total = int.Parse(System.Text.RegularExpressions.Regex.Match(recorded.Error, @"(\d+) fix\(es\) applied").Groups[1].Value);

        var report = RunIn(dir, "report", "--format", "json");
        Assert.Equal(0, report.ExitCode);
        using var json = JsonDocument.Parse(report.Out);
        var run = Assert.Single(json.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal("李编辑", run.GetProperty("reviewer").GetString());
        Assert.Equal(total, run.GetProperty("totals").GetProperty("autoApplied").GetInt32());
    }
}
