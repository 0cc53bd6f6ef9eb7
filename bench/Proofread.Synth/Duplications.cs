using Proofread.Lexicon;
using Proofread.Text;

namespace Proofread.Synth;

/// <summary>What was printed twice.</summary>
public enum DuplicationKind
{
    /// <summary>A whole word of the sentence's segmentation (集体经济经济).</summary>
    Word,

    /// <summary>One character (有有关, 发展展).</summary>
    Character,

    /// <summary>Two to four characters wherever they start, mostly across word boundaries (调查研究查研究).</summary>
    Run,
}

/// <summary>A duplication injected into a text: the text with it, and what was doubled.</summary>
public sealed record Duplication(string Damaged, DuplicationKind Kind, string Unit);

/// <summary>
/// Prints one word of a text's segmentation, one character, or a run of characters twice.
/// Injections that would make legitimate text are refused (null), because no rule could, or
/// should, tell them from clean prose: a doubling that is itself a dictionary word (常常), or one
/// next to the same text already (紧紧 → 紧紧紧).
/// </summary>
public static class Duplications
{
    public static Duplication? Inject(string text, DuplicationKind kind, Random random)
    {
        var lexicon = ChineseLexicon.Shared;
        int start, length;
        if (kind == DuplicationKind.Word)
        {
            var words = new List<(int Start, int Length)>();
            int pos = 0;
            foreach (string w in lexicon.Segment(text))
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
            length = kind == DuplicationKind.Character ? 1 : random.Next(2, 5);
            start = random.Next(Math.Max(1, text.Length - length + 1));
            if (start + length > text.Length || !text.AsSpan(start, length).ToString().All(c => CharClass.IsHan(c) && !char.IsSurrogate(c)))
            {
                return null;
            }
        }

        string unit = text.Substring(start, length);
        bool touchesSame = (start > 0 && text[start - 1] == text[start + length - 1])
            || (start + length < text.Length && text[start + length] == text[start]);
        if (touchesSame || lexicon.Contains(unit + unit))
        {
            return null;
        }

        return new Duplication(text.Insert(start + length, unit), kind, unit);
    }
}
