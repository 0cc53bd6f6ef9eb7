using Proofread.Engine;
using Proofread.Synth;
using Proofread.Text;
using Xunit.Abstractions;

namespace Proofread.Tests.Rules.Duplicates;

/// <summary>
/// Recall on a synthetic corpus of injected duplications (<see cref="DuplicationInjector"/>):
/// `fix` with the default rules, sentence by sentence, must give the clean sentence back.
/// </summary>
public class DuplicationRecallTests(ITestOutputHelper output)
{
    [Fact]
    public void Fix_removes_at_least_80_percent_of_injected_duplications()
    {
        var sentences = File.ReadAllLines(TestPaths.CleanCorpus);
        var damaged = DuplicationInjector.Build(sentences, seed: 20261124, count: 1000);
        var fixer = new Fixer(RuleEngine.Default);
        var missed = new List<DamagedSentence>();
        var harmed = new List<(DamagedSentence Sentence, string Output)>();
        foreach (var sentence in damaged)
        {
            string fixedText = fixer.Fix(new SourceText("<synthetic>", sentence.Damaged)).Fixed.Text;
            if (fixedText == sentence.Gold)
            {
                continue;
            }

            if (fixedText == sentence.Damaged)
            {
                missed.Add(sentence);
            }
            else
            {
                harmed.Add((sentence, fixedText));
            }
        }

        int removed = damaged.Count - missed.Count - harmed.Count;
        foreach (var kind in Enum.GetValues<DuplicationKind>())
        {
            int all = damaged.Count(d => d.Kind == kind);
            int miss = missed.Count(d => d.Kind == kind);
            output.WriteLine($"{kind}: {all - miss - harmed.Count(h => h.Sentence.Kind == kind)}/{all} restored, {miss} missed");
        }

        foreach (var m in missed.Take(60))
        {
            output.WriteLine($"missed {m.Kind} '{m.Unit}': {m.Damaged}");
        }

        foreach (var h in harmed.Take(20))
        {
            output.WriteLine($"wrong: {h.Sentence.Damaged} -> {h.Output}");
        }

        Assert.True(damaged.Count >= 900, $"the generator made only {damaged.Count} sentences");
        Assert.True(removed >= 0.8 * damaged.Count, $"{removed} of {damaged.Count} restored ({missed.Count} missed, {harmed.Count} wrong)");
    }
}
