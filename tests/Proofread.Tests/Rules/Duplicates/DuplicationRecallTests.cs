using Proofread.Engine;
using Proofread.Synth;
using Proofread.Tests.Measures;
using Proofread.Text;
using Xunit.Abstractions;

namespace Proofread.Tests.Rules.Duplicates;

/// <summary>
/// Recall on synthetic duplications in held-out sentences (<see cref="DuplicationInjector"/>), on
/// each measure seed: `fix` with the default rules, sentence by sentence, must give the clean
/// sentence back at least as often as the floors say, kind by kind, and make no more sentences wrong.
/// </summary>
public class DuplicationRecallTests(ITestOutputHelper output)
{
    private const int SentencesPerSeed = 400;

    [Fact]
    public void Fix_restores_injected_duplications_at_least_as_often_as_the_floors_say()
    {
        var sentences = File.ReadAllLines(TestPaths.HeldOutCorpus);
        var fixer = new Fixer(RuleEngine.Default);
        var damaged = new List<DamagedSentence>();
        var missed = new List<DamagedSentence>();
        var harmed = new List<(DamagedSentence Sentence, string Output)>();
        foreach (int seed in MeasureFloors.Seeds)
        {
            damaged.AddRange(DuplicationInjector.Build(sentences, seed, SentencesPerSeed));
        }

        foreach (var sentence in damaged)
        {
            string fixedText = fixer.Fix(new SourceText("<synthetic>", sentence.Damaged)).Fixed.Text;
            if (fixedText == sentence.Damaged)
            {
                missed.Add(sentence);
            }
            else if (fixedText != sentence.Gold)
            {
                harmed.Add((sentence, fixedText));
            }
        }

        var failures = new List<string>();
        foreach (var kind in Enum.GetValues<DuplicationKind>())
        {
            int all = damaged.Count(d => d.Kind == kind);
            int miss = missed.Count(d => d.Kind == kind);
            int restored = all - miss - harmed.Count(h => h.Sentence.Kind == kind);
            double rate = (double)restored / all;
            output.WriteLine($"{kind}: {restored}/{all} restored ({rate:P1}), {miss} missed");
            if (rate < MeasureFloors.DuplicationsRestored[kind])
            {
                failures.Add($"{kind}: {rate:P1} restored, floor {MeasureFloors.DuplicationsRestored[kind]:P1}");
            }
        }

        output.WriteLine($"{harmed.Count} made wrong");
        foreach (var m in missed.Take(60))
        {
            output.WriteLine($"missed {m.Kind} '{m.Unit}': {m.Damaged}");
        }

        foreach (var h in harmed.Take(20))
        {
            output.WriteLine($"wrong: {h.Sentence.Damaged} -> {h.Output}");
        }

        Assert.True(damaged.Count >= 0.9 * SentencesPerSeed * MeasureFloors.Seeds.Count, $"the injector made only {damaged.Count} sentences");
        Assert.True(failures.Count == 0, string.Join("; ", failures));
        Assert.True(harmed.Count <= MeasureFloors.DuplicationsMadeWrong, $"{harmed.Count} sentences made wrong, floor {MeasureFloors.DuplicationsMadeWrong}");
    }
}
