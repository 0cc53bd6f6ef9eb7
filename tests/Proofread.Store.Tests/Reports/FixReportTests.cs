using System.Text.Json;
using System.Text.RegularExpressions;
using Proofread.Findings;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Store.Tests.Reports;

public partial class FixReportTests
{
    [GeneratedRegex(@"^(\d+) fix\(es\) applied in (\d+) of", RegexOptions.Multiline)]
    private static partial Regex FixTotal();

    [GeneratedRegex(@"^\s+(\d+)  (\S+)$", RegexOptions.Multiline)]
    private static partial Regex FixPerRule();

    private static (int Total, Dictionary<string, int> ByRule) ParseSummary(string stderr)
    {
        var total = FixTotal().Match(stderr);
        Assert.True(total.Success, stderr);
        var byRule = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in FixPerRule().Matches(stderr))
        {
            byRule[m.Groups[2].Value] = int.Parse(m.Groups[1].Value);
        }

        return (int.Parse(total.Groups[1].Value), byRule);
    }

    [Fact]
    public void Fix_with_a_database_then_a_json_report_counts_exactly_the_fixes_written()
    {
        string dir = TestPaths.NewTempFolder();
        string db = Path.Combine(dir, "review.db");
        string output = Path.Combine(dir, "out");
        var fix = CliRunner.Run("fix", TestPaths.Seeds, "--out", output, "--db", db, "--reviewer", "batch");
        Assert.True(fix.ExitCode == 0, fix.Error);
        var (total, byRule) = ParseSummary(fix.Error);
        Assert.True(total > 0);

        var report = CliRunner.Run("report", "--db", db, "--format", "json");
        Assert.Equal(0, report.ExitCode);
        using var json = JsonDocument.Parse(report.Out);
        var run = Assert.Single(json.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal("fix", run.GetProperty("command").GetString());
        Assert.Equal("batch", run.GetProperty("reviewer").GetString());
        Assert.Equal(total, run.GetProperty("totals").GetProperty("autoApplied").GetInt32());

        var reportedByRule = run.GetProperty("rules").EnumerateArray()
            .Where(r => r.GetProperty("autoApplied").GetInt32() > 0)
            .ToDictionary(r => r.GetProperty("rule").GetString()!, r => r.GetProperty("autoApplied").GetInt32());
        Assert.Equal(byRule.OrderBy(p => p.Key), reportedByRule.OrderBy(p => p.Key));

        // Every fix written is listed as a change of its document, and only those.
        var documents = run.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(Directory.GetFiles(TestPaths.Seeds).Length, documents.Count);
        int changes = 0;
        foreach (var document in documents)
        {
            var list = document.GetProperty("changes").EnumerateArray().ToList();
            Assert.Equal(document.GetProperty("totals").GetProperty("autoApplied").GetInt32(), list.Count);
            Assert.All(list, c => Assert.Equal("auto-applied", c.GetProperty("kind").GetString()));
            foreach (var change in list)
            {
                // The diff's pieces rebuild the text before and after the change, in context.
                string contextBefore = change.GetProperty("contextBefore").GetString()!, contextAfter = change.GetProperty("contextAfter").GetString()!;
                var pieces = change.GetProperty("diff").EnumerateArray().Select(p => (Op: p.GetProperty("op").GetString(), Text: p.GetProperty("text").GetString())).ToList();
                Assert.Equal(contextBefore + change.GetProperty("before").GetString() + contextAfter, string.Concat(pieces.Where(p => p.Op != "insert").Select(p => p.Text)));
                Assert.Equal(contextBefore + change.GetProperty("after").GetString() + contextAfter, string.Concat(pieces.Where(p => p.Op != "delete").Select(p => p.Text)));
            }

            changes += list.Count;

            // The document's recorded hash is the input's, as read.
            string input = document.GetProperty("path").GetString()!;
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(input))), document.GetProperty("contentHash").GetString());
        }

        Assert.Equal(total, changes);
    }

    [Fact]
    public void A_rejected_fix_is_not_applied_by_the_next_batch_run()
    {
        string dir = TestPaths.NewTempFolder();
        string db = Path.Combine(dir, "review.db");
        string seed = Path.Combine(TestPaths.Seeds, "000_c149e859df62b34b.txt");
        var first = CliRunner.Run("fix", seed, "--out", Path.Combine(dir, "first"), "--db", db, "--rule", "half-width-punctuation");
        var (total, _) = ParseSummary(first.Error);

        // A reviewer rejects one of the fixes the batch made.
        using (var store = SqliteDecisionStore.Open(db))
        {
            long id = store.OpenDocument(SourceText.Load(seed));
            var applied = store.LoadDecisions(id).Values.First(d => d.Kind == DecisionKind.AutoApplied);
            var finding = Finding.ReportOnly(applied.RuleId, new TextSpan(0, 0), "rejected on review", 1);
            store.Record(id, finding, applied with { Kind = DecisionKind.Rejected, FinalText = null, Reviewer = "ann", At = DateTimeOffset.UtcNow });
        }

        var second = CliRunner.Run("fix", seed, "--out", Path.Combine(dir, "second"), "--db", db, "--rule", "half-width-punctuation");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(total - 1, ParseSummary(second.Error).Total);
        Assert.Contains("1 finding(s) left out as rejected before", second.Error);

        var report = CliRunner.Run("report", "--db", db, "--format", "json", "--run", "3");
        using var json = JsonDocument.Parse(report.Out);
        Assert.Equal(total - 1, json.RootElement.GetProperty("runs")[0].GetProperty("totals").GetProperty("autoApplied").GetInt32());
    }

    [Fact]
    public void Fix_without_a_database_records_nothing()
    {
        string dir = TestPaths.NewTempFolder();
        string seed = Path.Combine(TestPaths.Seeds, "001_788e42c87815a943.txt");
        var r = CliRunner.Run("fix", seed, "--out", Path.Combine(dir, "out"));
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("Review store", r.Error);
        Assert.False(Directory.Exists(Path.Combine(dir, ".proofread")));
    }

    [Fact]
    public void Fix_with_a_file_that_is_not_a_database_stops_before_writing_anything()
    {
        string dir = TestPaths.NewTempFolder();
        string db = Path.Combine(dir, "notes.db");
        File.WriteAllText(db, "这是一份笔记，不是数据库。\n");
        byte[] before = File.ReadAllBytes(db);
        var r = CliRunner.Run("fix", TestPaths.Seeds, "--out", Path.Combine(dir, "out"), "--db", db);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(db, r.Error);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void Report_on_a_missing_database_is_an_error_naming_it()
    {
        string db = Path.Combine(TestPaths.NewTempFolder(), "none.db");
        var r = CliRunner.Run("report", "--db", db);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(db, r.Error);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Report_writes_every_format_to_a_file()
    {
        string dir = TestPaths.NewTempFolder();
        string db = Path.Combine(dir, "review.db");
        CliRunner.Run("fix", Path.Combine(TestPaths.Seeds, "002_0d7d69333001dc5b.txt"), "--out", Path.Combine(dir, "out"), "--db", db);
        foreach (string format in new[] { "md", "html", "csv", "json" })
        {
            string target = Path.Combine(dir, "report." + format);
            var r = CliRunner.Run("report", "--db", db, "--format", format, "--out", target);
            Assert.Equal(0, r.ExitCode);
            Assert.Empty(r.Out);
            string text = File.ReadAllText(target);
            Assert.Contains("column-break", text);
        }

        Assert.StartsWith("run,command,", File.ReadAllText(Path.Combine(dir, "report.csv")));
        Assert.Equal(2, CliRunner.Run("report", "--db", db, "--run", "99").ExitCode);
    }
}
