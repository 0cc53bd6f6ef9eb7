using Proofread.Findings;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Store.Tests;

public class ConcurrentWriterTests
{
    [Fact]
    public void Two_writers_on_their_own_connections_lose_no_decision()
    {
        const int PerWriter = 150;
        string dir = TestPaths.NewTempFolder();
        string db = Path.Combine(dir, "shared.db");
        string page = Path.Combine(dir, "page.txt");
        File.WriteAllText(page, string.Concat(Enumerable.Repeat("会议强调,要推动工作落实。\n", PerWriter * 2)));
        var source = SourceText.Load(page);
        var document = new Document(source);

        // Both open the same (new) database at once: creation and migration race too.
        var errors = new List<Exception>();
        var start = new Barrier(2);
        void Write(string reviewer, int parity)
        {
            try
            {
                start.SignalAndWait();
                using var store = SqliteDecisionStore.Open(db, reviewer: reviewer);
                store.BeginRun(new RunInfo("review", reviewer, [], new Dictionary<string, string>()));
                long id = store.OpenDocument(source);
                for (int i = parity; i < PerWriter * 2; i += 2)
                {
                    int comma = document.LineText(i).IndexOf(',') + document.Lines[i].Span.Start;
                    var finding = Finding.WithEdit("half-width-punctuation", TextSpan.FromLength(comma, 1), "half-width ','", 0.97, Applicability.Safe, new TextEdit(TextSpan.FromLength(comma, 1), "，"));
                    var kind = i % 3 == 0 ? DecisionKind.Rejected : DecisionKind.Accepted;
                    store.Record(id, finding, new Decision($"fp-{i}", finding.RuleId, kind, ",", kind == DecisionKind.Rejected ? null : "，", reviewer, DateTimeOffset.UtcNow));
                }
            }
            catch (Exception e)
            {
                lock (errors)
                {
                    errors.Add(e);
                }
            }
        }

        var first = new Thread(() => Write("ann", 0));
        var second = new Thread(() => Write("bo", 1));
        first.Start();
        second.Start();
        first.Join();
        second.Join();

        Assert.Empty(errors);
        using var reader = SqliteDecisionStore.Open(db, mustExist: true);
        var decisions = reader.LoadDecisions(reader.OpenDocument(source));
        Assert.Equal(PerWriter * 2, decisions.Count);
        for (int i = 0; i < PerWriter * 2; i++)
        {
            var decision = decisions[$"fp-{i}"];
            Assert.Equal(i % 2 == 0 ? "ann" : "bo", decision.Reviewer);
            Assert.Equal(i % 3 == 0, reader.IsRejected($"fp-{i}"));
        }
    }
}

public class ConcurrentProcessTests
{
    [Fact]
    public async Task A_batch_run_in_another_process_and_a_reviewer_here_share_the_database()
    {
        string dir = TestPaths.NewTempFolder();
        string db = Path.Combine(dir, "shared.db");
        string page = Path.Combine(dir, "page.txt");
        File.WriteAllText(page, "会议强调,要推动工作落实。\n");
        var source = SourceText.Load(page);

        using var store = SqliteDecisionStore.Open(db, reviewer: "ann");
        store.BeginRun(new RunInfo("review", "ann", [], new Dictionary<string, string>()));
        long id = store.OpenDocument(source);
        var finding = Finding.WithEdit("half-width-punctuation", TextSpan.FromLength(4, 1), "half-width ','", 0.97, Applicability.Safe, new TextEdit(TextSpan.FromLength(4, 1), "，"));

        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "proofread.dll"), "fix", TestPaths.Seeds, "--out", Path.Combine(dir, "out"), "--db", db, "--reviewer", "batch", "-j", "1" })
        {
            start.ArgumentList.Add(arg);
        }

        using var batch = System.Diagnostics.Process.Start(start)!;
        var batchOut = batch.StandardOutput.ReadToEndAsync();
        var batchError = batch.StandardError.ReadToEndAsync();

        // Decide, one decision a call, for as long as the batch runs (and at least 200 times). A
        // millisecond between calls lets the batch's polling busy handler in: without it a writer
        // that never pauses starves the other process (slow, though still nothing lost).
        int written = 0;
        while (written < 200 || !batch.HasExited)
        {
            Thread.Sleep(1);
            var kind = written % 2 == 0 ? DecisionKind.Accepted : DecisionKind.Rejected;
            store.Record(id, finding, new Decision($"fp-{written}", finding.RuleId, kind, ",", kind == DecisionKind.Accepted ? "，" : null, "ann", DateTimeOffset.UtcNow));
            written++;
        }

        await batch.WaitForExitAsync();
        await batchOut;
        string summary = await batchError;
        Assert.True(batch.ExitCode == 0, summary);
        var total = System.Text.RegularExpressions.Regex.Match(summary, @"(\d+) fix\(es\) applied");
        Assert.True(total.Success, summary);

        Assert.Equal(written, store.LoadDecisions(id).Count);
        var report = Proofread.Store.Reports.ReportBuilder.Build(store);
        var fixRun = report.Runs.Single(r => r.Command == "fix");
        Assert.Equal(int.Parse(total.Groups[1].Value), fixRun.Totals.AutoApplied);
        var reviewRun = report.Runs.Single(r => r.Command == "review");
        Assert.Equal(written / 2 + written % 2, reviewRun.Totals.Accepted);
        Assert.Equal(written / 2, reviewRun.Totals.Rejected);
    }
}
