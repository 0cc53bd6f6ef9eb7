using System.Text;

namespace Proofread.Tests.Rules.Breaks;

/// <summary>A break injected into a clean page: the text just before and just after it.</summary>
public sealed record InjectedBreak(string Before, string After)
{
    /// <summary>The text across the break as it reads once mended.</summary>
    public string Mended => Before + After;
}

/// <summary>A clean page with column and page breaks injected into its paragraphs.</summary>
public sealed record DamagedPage(CleanPage Clean, string Text, IReadOnlyList<InjectedBreak> Breaks);

/// <summary>
/// Damages clean pages the way a column or page layout does: a paragraph is cut at a random
/// character and its second piece set as a paragraph of its own, after one or more blank or
/// whitespace-only lines. A story's opening words up to the first space (本报讯, 新华社北京…电)
/// are set in bold type and never cut. Deterministic for a given seed.
/// </summary>
public static class SyntheticBreaks
{
    private static readonly string[] BreakTexts = ["\n\n", "\n\n\n", "\n \n\n", "\n\u3000\n\n\n", "\n\n\n\n\n"];

    /// <summary>How many injected breaks there are at most in one paragraph.</summary>
    public const int MaxBreaksPerParagraph = 2;

    public static DamagedPage Damage(CleanPage page, Random random)
    {
        var text = new StringBuilder(page.Text.Length + 64);
        var breaks = new List<InjectedBreak>();
        int position = 0;
        foreach (string paragraph in page.Paragraphs)
        {
            int at = page.Text.IndexOf(paragraph, position, StringComparison.Ordinal);
            text.Append(page.Text, position, at - position);
            position = at + paragraph.Length;
            text.Append(Cut(paragraph, random, breaks));
        }

        text.Append(page.Text, position, page.Text.Length - position);
        return new DamagedPage(page, text.ToString(), breaks);
    }

    private static string Cut(string paragraph, Random random, List<InjectedBreak> breaks)
    {
        int first = paragraph.IndexOf(' ') + 1;
        int count = random.NextDouble() < 0.75 ? 1 : MaxBreaksPerParagraph;
        var cuts = new SortedSet<int>();
        for (int n = 0; n < count; n++)
        {
            int cut = random.Next(first + 1, paragraph.Length);
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
}
