using System.Collections.Concurrent;
using Proofread.Config;
using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Tests.Engine;

/// <summary>The batch fix as a use case, on the seed pages, with its output and run log in memory.</summary>
public class FixRunTests
{
    private static readonly RuleEngine Engine = RuleCatalog.Create().CreateEngine();

    private static readonly RunInfo Run = new("fix", "ann", ["zh-newspaper"], new Dictionary<string, string> { ["apply"] = "safe" });

    private static IReadOnlyList<InputFile> Seeds(int count) =>
        Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Take(count).Select(p => new InputFile(p, Path.GetFileName(p))).ToList();

    [Fact]
    public void The_run_log_records_exactly_the_fixes_that_were_applied_and_written()
    {
        var files = Seeds(3);
        var output = new InMemoryOutput();
        var log = new InMemoryRunLog();
        var summary = new FixRun(Engine, new FixRunOptions(Jobs: 2), output, new FixedClock(), log, Run).Run(files, (f, e) => throw e);

        Assert.Equal([Run], log.Runs);
        Assert.Equal(1, log.Finished);
        Assert.Equal((3, 3), (summary.Files, summary.Written));
        Assert.True(summary.Fixes > 0);
        Assert.Equal(new RecordedRun(1, summary.Fixes, log.Proposed.Values.Sum(p => p.Findings.Count), 0), summary.Recorded);
        foreach (var file in files)
        {
            var applied = output.Results[file.Path].Applied;
            var recorded = log.Changes[file.Path];
            Assert.Equal(
                applied.Select(a => (a.Finding, a.Finding.RuleId, a.Before, (string?)a.After, a.ContextBefore, a.ContextAfter)),
                recorded.Select(c => (c.Finding, c.Decision.RuleId, c.Decision.Before, c.Decision.FinalText, c.ContextBefore, c.ContextAfter)));
            Assert.All(recorded, c => Assert.Equal((DecisionKind.AutoApplied, "ann", FixedClock.Then), (c.Decision.Kind, c.Decision.Reviewer, c.Decision.At)));
        }

        var byRule = log.Changes.Values.SelectMany(c => c).GroupBy(c => c.Decision.RuleId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(byRule.OrderBy(kv => kv.Key, StringComparer.Ordinal), summary.FixesByRule);
    }

    [Fact]
    public void What_is_left_for_a_person_is_proposed_in_the_fixed_text()
    {
        var files = Seeds(5);
        var output = new InMemoryOutput();
        var log = new InMemoryRunLog();
        new FixRun(Engine, new FixRunOptions(), output, new FixedClock(), log, Run).Run(files, (f, e) => throw e);

        var statistics = RunStatistics.Of(files.Select(f => new Document(SourceText.Load(f.Path))));
        foreach (var file in files)
        {
            var fixedText = output.Results[file.Path].Fixed;
            var (text, proposed) = log.Proposed[file.Path];
            Assert.Equal(fixedText.Text, text);
            var waiting = Engine.Analyze(new Document(fixedText), statistics).Where(f => f.HasEdits);
            Assert.Equal(waiting.Select(f => (f.RuleId, f.Extent)), proposed.Select(f => (f.RuleId, f.Extent)));
        }

        Assert.Contains(log.Proposed.Values, p => p.Findings.Count > 0);
    }

    [Fact]
    public void A_finding_rejected_before_is_neither_applied_nor_proposed_and_is_counted()
    {
        var files = Seeds(1);
        var first = new InMemoryRunLog();
        new FixRun(Engine, new FixRunOptions(), new InMemoryOutput(), new FixedClock(), first, Run).Run(files, (f, e) => throw e);
        var rejected = first.Changes[files[0].Path][0].Decision.Fingerprint;

        var second = new InMemoryRunLog(rejected);
        var summary = new FixRun(Engine, new FixRunOptions(), new InMemoryOutput(), new FixedClock(), second, Run).Run(files, (f, e) => throw e);

        Assert.DoesNotContain(second.Changes[files[0].Path], c => c.Decision.Fingerprint == rejected);
        Assert.Equal(1, summary.Recorded!.SkippedAsRejected);
        Assert.Equal(first.Changes[files[0].Path].Count - 1, summary.Recorded.AutoApplied);
    }

    [Fact]
    public void A_dry_run_writes_nothing_and_records_only_the_run()
    {
        var log = new InMemoryRunLog();
        var results = new List<FixResult>();
        var summary = new FixRun(Engine, new FixRunOptions(KeepMeta: true), output: null, new FixedClock(), log, Run)
            .Run(Seeds(2), (f, e) => throw e, onFixed: (_, r) => results.Add(r));

        Assert.Equal(2, results.Count);
        Assert.True(summary.Fixes > 0);
        Assert.Equal(0, summary.Written);
        Assert.Empty(log.Changes);
        Assert.Empty(log.Proposed);
        Assert.Equal((1, 1), (log.Runs.Count, log.Finished));
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_reported_and_not_recorded()
    {
        var files = Seeds(3);
        var output = new InMemoryOutput(refuse: files[1].Path);
        var log = new InMemoryRunLog();
        var errors = new ConcurrentBag<(InputFile, ProofreadException)>();
        var summary = new FixRun(Engine, new FixRunOptions(Jobs: 2), output, new FixedClock(), log, Run).Run(files, (f, e) => errors.Add((f, e)));

        var (file, error) = Assert.Single(errors);
        Assert.Equal(files[1], file);
        Assert.Equal(files[1].Path, error.Path);
        Assert.Equal(2, summary.Written);
        Assert.Equal([files[0].Path, files[2].Path], log.Changes.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Keep_meta_hands_the_output_what_the_masthead_held_and_the_source_name()
    {
        InputFile[] files = [Seeds(2)[1]];
        var output = new InMemoryOutput();
        new FixRun(Engine, new FixRunOptions(KeepMeta: true), output, new FixedClock()).Run(files, (f, e) => throw e);
        var metadata = output.Metadata[files[0].Path];
        Assert.Equal(Path.GetFileName(files[0].Path), metadata["source"]);
        Assert.Equal(("衡阳日报", "17980"), (metadata["paper"], metadata["issue"]));
        Assert.Equal(metadata.Keys.Order(StringComparer.Ordinal), metadata.Keys);

        var plain = new InMemoryOutput();
        new FixRun(Engine, new FixRunOptions(), plain, new FixedClock()).Run(files, (f, e) => throw e);
        Assert.Empty(plain.Metadata);
    }

    /// <summary>An output that keeps what it is given; it refuses one file, as a full disk would.</summary>
    private sealed class InMemoryOutput(string? refuse = null) : IFixOutput
    {
        public ConcurrentDictionary<string, FixResult> Results { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Metadata { get; } = new(StringComparer.Ordinal);

        public void Write(InputFile file, FixResult result)
        {
            if (file.Path == refuse)
            {
                throw new ProofreadException("cannot write: no space left on device", file.Path);
            }

            Results[file.Path] = result;
        }

        public void WriteMetadata(InputFile file, IReadOnlyDictionary<string, string> metadata) => Metadata[file.Path] = metadata;
    }
}
