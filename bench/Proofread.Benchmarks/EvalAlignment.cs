using BenchmarkDotNet.Attributes;
using Proofread.Evaluation;
using Proofread.Synth;

namespace Proofread.Benchmarks;

/// <summary>
/// <c>eval</c>'s comparison of one 100 KB page with its gold: the distance alone (bit-parallel)
/// and the alignment with its classes by damage (Hirschberg over the same columns).
/// </summary>
[MemoryDiagnoser]
public class EvalAlignment
{
    private string _damaged = "";
    private string _gold = "";

    [GlobalSetup]
    public void Setup()
    {
        var pages = SyntheticCorpus.Load(CorpusFiles.HeldOut()).Generate(seed: 1, DamageKinds.All, targetBytes: 100_000).ToList();
        _damaged = GoldText.Normalize(string.Concat(pages.Select(p => p.Damaged)));
        _gold = GoldText.Normalize(string.Concat(pages.Select(p => p.Gold)));
    }

    [Benchmark]
    public int Distance() => EditDistance.Levenshtein(_damaged, _gold);

    [Benchmark]
    public int DistanceByClass() => DamageClassifier.Distances(Alignment.Of(_damaged, _gold)).Total;
}
