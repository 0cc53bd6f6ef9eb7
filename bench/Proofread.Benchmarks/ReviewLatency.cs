using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Review;
using Proofread.Store;
using Proofread.Synth;
using Proofread.Text;

namespace Proofread.Benchmarks;

/// <summary>
/// What a proofreader waits for in <c>proofread review</c> on a 5 MB page set (every damage kind,
/// well over 10,000 proposed fixes): opening it (analysis and the store), and then each key —
/// moving, a decision written to the SQLite store and taken back, a filter.
/// </summary>
[MemoryDiagnoser]
public class ReviewLatency
{
    private string _folder = null!;
    private List<InputFile> _files = null!;
    private SqliteDecisionStore _store = null!;
    private ReviewSession _session = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_folder, _files) = ReviewPages.Write();
        _store = SqliteDecisionStore.Open(Path.Combine(_folder, "review.db"));
        _session = ReviewPages.Open(_files, _store);
        Console.WriteLine($"// {_files.Count} pages, {_session.Items.Count} proposed fixes");
        _session.MoveTo(0);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>One key: the next fix (j).</summary>
    [Benchmark]
    public void MoveToNext() => _session.MoveTo((_session.Position + 1) % _session.Visible.Count);

    /// <summary>Two keys: accept (y), written to the store at once, then undo (u).</summary>
    [Benchmark]
    public void AcceptThenUndo()
    {
        _session.Accept();
        _session.Undo();
    }

    /// <summary>Filtering the list by a rule (/rule:…), then clearing the filter.</summary>
    [Benchmark]
    public void FilterByRuleAndClear()
    {
        _session.ApplyFilter(new ReviewFilter(Rule: "duplicated-word"));
        _session.ApplyFilter(ReviewFilter.None);
    }
}

/// <summary>Opening the review on the 5 MB set with a fresh store: analysis and recording every proposal (cold, three times).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class ReviewOpen
{
    private string _folder = null!;
    private List<InputFile> _files = null!;

    [GlobalSetup]
    public void Setup() => (_folder, _files) = ReviewPages.Write();

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int Open()
    {
        string db = Path.Combine(_folder, $"open-{Guid.NewGuid():N}.db");
        using var store = SqliteDecisionStore.Open(db);
        return ReviewPages.Open(_files, store).Items.Count;
    }
}

/// <summary>5 MB of synthetic damaged pages written to a temporary folder.</summary>
internal static class ReviewPages
{
    public static (string Folder, List<InputFile> Files) Write()
    {
        string folder = Path.Combine(Path.GetTempPath(), "proofread-review-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var files = new List<InputFile>();
        foreach (var page in SyntheticCorpus.Load(CorpusFiles.HeldOut()).Generate(seed: 5, DamageKinds.All, targetBytes: 5_000_000))
        {
            string path = Path.Combine(folder, page.Name);
            File.WriteAllText(path, page.Damaged);
            files.Add(new InputFile(path, page.Name));
        }

        return (folder, files);
    }

    /// <summary>Opens the review as <c>proofread review</c> does: reads the pages, gathers their statistics, analyses them.</summary>
    public static ReviewSession Open(List<InputFile> files, SqliteDecisionStore store)
    {
        var inputs = ReviewInput.Load(files);
        return ReviewSession.Open(inputs, RunStatistics.Of(inputs.Select(i => new Document(i.Source))), RuleEngine.Default, store, "bench");
    }
}
