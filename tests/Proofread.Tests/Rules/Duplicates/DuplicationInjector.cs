using Proofread.Synth;

namespace Proofread.Tests.Rules.Duplicates;

/// <summary>A clean sentence, the same sentence with one duplication injected, and what was injected.</summary>
public sealed record DamagedSentence(string Gold, string Damaged, DuplicationKind Kind, string Unit);

/// <summary>
/// A synthetic corpus of OCR duplications from clean prose: in each chosen sentence one word of
/// its segmentation, one character, or a run of two to four characters on no word boundary is
/// printed twice (<see cref="Duplications"/>, the page generator's own injection). Deterministic
/// for a given seed.
/// </summary>
public static class DuplicationInjector
{
    public static IReadOnlyList<DamagedSentence> Build(IEnumerable<string> sentences, int seed, int count)
    {
        var random = new Random(seed);
        var pool = sentences.Where(s => s.Length is >= 12 and <= 120).ToArray();
        var result = new List<DamagedSentence>(count);
        int attempts = 0;
        while (result.Count < count && attempts++ < count * 20)
        {
            string gold = pool[random.Next(pool.Length)];
            var kind = (DuplicationKind)random.Next(3);
            if (Duplications.Inject(gold, kind, random) is { } injected)
            {
                result.Add(new DamagedSentence(gold, injected.Damaged, kind, injected.Unit));
            }
        }

        return result;
    }
}
