using Proofread.Lexicon;
using Proofread.Text;

namespace Proofread.Tests.Rules.Duplicates;

/// <summary>What was printed twice in a damaged sentence.</summary>
public enum DuplicationKind
{
    /// <summary>A whole word of the sentence's segmentation (集体经济经济).</summary>
    Word,

    /// <summary>One character (有有关, 发展展).</summary>
    Character,
}

/// <summary>A clean sentence, the same sentence with one duplication injected, and what was injected.</summary>
public sealed record DamagedSentence(string Gold, string Damaged, DuplicationKind Kind, string Unit);

/// <summary>
/// Builds a synthetic corpus of OCR duplications from clean prose: in each chosen sentence one
/// word of its segmentation, or one character, is printed twice. Injections that would make
/// legitimate text are skipped, because no rule could (or should) tell them from clean prose: a
/// doubling that is itself a dictionary word (常常, 研究研究 when listed), or one next to the same
/// character already (紧紧 → 紧紧紧). Deterministic for a given seed.
/// </summary>
public static class DuplicationInjector
{
    public static IReadOnlyList<DamagedSentence> Build(IEnumerable<string> sentences, int seed, int count)
    {
        var lexicon = ChineseLexicon.Shared;
        var random = new Random(seed);
        var pool = sentences.Where(s => s.Length is >= 12 and <= 120).ToArray();
        var result = new List<DamagedSentence>(count);
        int attempts = 0;
        while (result.Count < count && attempts++ < count * 20)
        {
            string gold = pool[random.Next(pool.Length)];
            var kind = random.Next(2) == 0 ? DuplicationKind.Word : DuplicationKind.Character;
            if (Inject(lexicon, gold, kind, random) is { } damaged)
            {
                result.Add(damaged);
            }
        }

        return result;
    }

    private static DamagedSentence? Inject(ChineseLexicon lexicon, string gold, DuplicationKind kind, Random random)
    {
        int start, length;
        if (kind == DuplicationKind.Word)
        {
            var words = new List<(int Start, int Length)>();
            int pos = 0;
            foreach (string w in lexicon.Segment(gold))
            {
                if (w.Length >= 2 && w.All(CharClass.IsHan))
                {
                    words.Add((pos, w.Length));
                }

                pos += w.Length;
            }

            if (words.Count == 0)
            {
                return null;
            }

            (start, length) = words[random.Next(words.Count)];
        }
        else
        {
            start = random.Next(gold.Length);
            length = 1;
            if (!CharClass.IsHan(gold[start]))
            {
                return null;
            }
        }

        string unit = gold.Substring(start, length);
        bool touchesSame = (start > 0 && gold[start - 1] == gold[start + length - 1])
            || (start + length < gold.Length && gold[start + length] == gold[start]);
        if (touchesSame || lexicon.Contains(unit + unit))
        {
            return null;
        }

        string damaged = gold.Insert(start + length, unit);
        return new DamagedSentence(gold, damaged, kind, unit);
    }
}
