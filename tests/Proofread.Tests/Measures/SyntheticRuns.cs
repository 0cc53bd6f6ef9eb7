using Proofread.Corpus;
using Proofread.Synth;
using Proofread.Text;

namespace Proofread.Tests.Measures;

/// <summary>Synthetic pages made from the held-out corpus by the one generator, in memory or on disk.</summary>
public static class SyntheticRuns
{
    private static readonly Lazy<SyntheticCorpus> HeldOut = new(() => SyntheticCorpus.Load(TestPaths.HeldOutCorpus));

    public static IReadOnlyList<SyntheticPage> Pages(int seed, DamageKinds kinds, long bytes, DamageRates? rates = null)
    {
        var corpus = rates is null ? HeldOut.Value : HeldOut.Value.WithRates(rates);
        return [.. corpus.Generate(seed, kinds, bytes)];
    }

    /// <summary>The run statistics of the damaged pages, as a multi-file <c>fix</c> gathers them.</summary>
    public static RunStatistics Statistics(IEnumerable<SyntheticPage> pages) => RunStatistics.Of(pages.Select(p => Document.FromText(p.Damaged)));

    /// <summary>The pages written to <c>pages/</c> and their gold to <c>gold/</c> of a fresh folder.</summary>
    public static (string Pages, string Gold) OnDisk(int seed, DamageKinds kinds, long bytes)
    {
        string root = TestPaths.NewTempFolder();
        string pages = Directory.CreateDirectory(Path.Combine(root, "pages")).FullName;
        string gold = Directory.CreateDirectory(Path.Combine(root, "gold")).FullName;
        foreach (var page in Pages(seed, kinds, bytes))
        {
            File.WriteAllText(Path.Combine(pages, page.Name), page.Damaged);
            File.WriteAllText(Path.Combine(gold, page.Name), page.Gold);
        }

        return (pages, gold);
    }
}
