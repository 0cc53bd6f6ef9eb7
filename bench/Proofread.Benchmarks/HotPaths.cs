using BenchmarkDotNet.Attributes;
using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Lexicon;
using Proofread.Rules;
using Proofread.Synth;
using Proofread.Text;

namespace Proofread.Benchmarks;

/// <summary>1 MB of synthetic damaged pages (every damage kind), read, with run statistics and default findings.</summary>
public sealed class Workload
{
    private static readonly Lazy<Workload> Instance = new(() => new Workload());

    private Workload()
    {
        var corpus = SyntheticCorpus.Load(CorpusFiles.HeldOut());
        Pages = corpus.Generate(seed: 1, DamageKinds.All, targetBytes: 1_000_000).Select(p => new SourceText(p.Name, p.Damaged)).ToList();
        Documents = Pages.Select(p => new Document(p)).ToList();
        Run = RunStatistics.Of(Documents);
        _ = ChineseLexicon.Shared.Count;
        Fixes = Documents.Select(d => (d.Text, RuleEngine.Default.Analyze(d, Run).Where(f => f.HasEdits).ToList())).ToList();
    }

    public static Workload Shared => Instance.Value;

    public List<SourceText> Pages { get; }

    public List<Document> Documents { get; }

    public RunStatistics Run { get; }

    public List<(string Text, List<Finding> Findings)> Fixes { get; }
}

/// <summary>Each built-in rule's analysis of the 1 MB workload: MB/s is 1 / mean seconds.</summary>
[MemoryDiagnoser]
public class RuleAnalysis
{
    private IRule _rule = null!;

    public static IEnumerable<string> RuleIds => BuiltInRules.Rules.Select(r => r.Descriptor.Id);

    [ParamsSource(nameof(RuleIds))]
    public string Rule { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _ = Workload.Shared;
        _rule = BuiltInRules.Rules.Single(r => r.Descriptor.Id == Rule);
    }

    [Benchmark]
    public int Analyze()
    {
        var workload = Workload.Shared;
        int findings = 0;
        foreach (var document in workload.Documents)
        {
            findings += _rule.Analyze(new RuleContext(document, workload.Run)).Count();
        }

        return findings;
    }
}

/// <summary>Reading pages into documents, the whole default engine, and the applier, on the 1 MB workload.</summary>
[MemoryDiagnoser]
public class Pipeline
{
    [GlobalSetup]
    public void Setup() => _ = Workload.Shared;

    [Benchmark]
    public int ReadDocuments()
    {
        int blocks = 0;
        foreach (var page in Workload.Shared.Pages)
        {
            blocks += new Document(page).Blocks.Count;
        }

        return blocks;
    }

    [Benchmark]
    public int AnalyzeAllRules()
    {
        var workload = Workload.Shared;
        int findings = 0;
        foreach (var document in workload.Documents)
        {
            findings += RuleEngine.Default.Analyze(document, workload.Run).Count;
        }

        return findings;
    }

    [Benchmark]
    public int ApplyFixes()
    {
        int length = 0;
        foreach (var (text, findings) in Workload.Shared.Fixes)
        {
            length += FixApplier.Apply(text, findings).Text.Length;
        }

        return length;
    }
}
