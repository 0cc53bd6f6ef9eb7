using System.Text;

namespace Proofread.Synth;

/// <summary>Damage done to one paragraph: breaks cut into it, half-width punctuation, a hard wrap.</summary>
internal static class ParagraphDamage
{
    /// <summary>What a break leaves between the pieces: blank lines, some holding stray whitespace.</summary>
    private static readonly string[] BreakTexts = ["\n\n", "\n\n\n", "\n \n\n", "\n\u3000\n\n\n", "\n\n\n\n\n"];

    /// <summary>
    /// Cuts the paragraph at a random character after <paramref name="bold"/> (once, or twice in a
    /// quarter of paragraphs) and sets each piece as a paragraph of its own, the way a column or
    /// page layout does; each cut is recorded with four characters either side.
    /// </summary>
    public static string Cut(string paragraph, int bold, Random random, List<InjectedBreak> breaks)
    {
        int count = random.NextDouble() < 0.75 ? 1 : 2;
        var cuts = new SortedSet<int>();
        for (int n = 0; n < count && bold + 1 < paragraph.Length; n++)
        {
            int cut = random.Next(bold + 1, paragraph.Length);
            if (char.IsLowSurrogate(paragraph[cut]) || cuts.Contains(cut - 1) || cuts.Contains(cut) || cuts.Contains(cut + 1))
            {
                continue;
            }

            cuts.Add(cut);
        }

        var damaged = new StringBuilder(paragraph.Length + 16);
        int from = 0;
        foreach (int cut in cuts)
        {
            damaged.Append(paragraph, from, cut - from).Append(BreakTexts[random.Next(BreakTexts.Length)]);
            breaks.Add(new InjectedBreak(paragraph[Math.Max(0, cut - 4)..cut], paragraph[cut..Math.Min(paragraph.Length, cut + 4)]));
            from = cut;
        }

        damaged.Append(paragraph, from, paragraph.Length - from);
        return damaged.ToString();
    }

    /// <summary>Some of the paragraph's full-width marks read as their ASCII look-alikes.</summary>
    public static string HalfWidth(string text, Random random)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char ascii = chars[i] switch
            {
                '，' => ',',
                '：' => ':',
                '；' => ';',
                '？' => '?',
                '！' => '!',
                '（' => '(',
                '）' => ')',
                _ => '\0',
            };
            if (ascii != '\0' && random.NextDouble() < 0.5)
            {
                chars[i] = ascii;
            }
        }

        return new string(chars);
    }

    /// <summary>Lines of <paramref name="width"/> characters, as a narrow column prints them; existing breaks stay.</summary>
    public static string Wrap(string text, int width)
    {
        var sb = new StringBuilder(text.Length + (text.Length / width) + 1);
        int column = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                column = 0;
            }
            else if (column == width && !char.IsLowSurrogate(c))
            {
                sb.Append('\n');
                column = 0;
            }

            sb.Append(c);
            column += c == '\n' ? 0 : 1;
        }

        return sb.ToString();
    }
}
