using Proofread.Text;
using Proofread.Vocabulary;

namespace Proofread.Rules.Breaks;

/// <summary>
/// The shape of a hard-wrapped page: the width it was wrapped at (the widest of the lines that go
/// on to another line, once lines far wider than the typical one are set aside) and the typical
/// (median) width of those lines, in display columns.
/// </summary>
public readonly record struct WrapShape(int Width, int Typical)
{
    /// <summary>Fewer wrapped lines than this are not enough to call a document hard-wrapped (a headline over a sub-head is two lines).</summary>
    public const int MinWrappedLines = 4;

    /// <summary>Narrower wrap widths (in display columns) are lists, tables or verse, not columns of text.</summary>
    private const int MinWrapWidth = 16;

    /// <summary>
    /// The page's wrap shape, or null when the page is not hard-wrapped: too few lines go on to
    /// another line, they are too narrow, or most of them do not fill the width and stop
    /// mid-sentence (then the line breaks mean something: a list of sentences, a headline over a sub-head).
    /// </summary>
    public static WrapShape? Read(Document document)
    {
        var lines = document.Lines;
        var widths = new List<int>();
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (!lines[i].IsBlank && !lines[i + 1].IsBlank)
            {
                widths.Add(DisplayWidth(LineText(document, lines[i]).TrimEnd()));
            }
        }

        if (widths.Count < MinWrappedLines || Of(widths) is not { Width: >= MinWrapWidth } wrap)
        {
            return null;
        }

        int runOn = 0;
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (!lines[i].IsBlank && !lines[i + 1].IsBlank && wrap.Fills(document, lines[i], lines[i + 1])
                && !SentenceEnd.EndsLine(LineText(document, lines[i]).TrimEnd()))
            {
                runOn++;
            }
        }

        return runOn < MinWrappedLines || runOn * 10 < widths.Count * 6 ? null : wrap;
    }

    /// <summary>A line fills the width when the next line's first word would not have fitted on it.</summary>
    public bool Fills(Document document, TextLine line, TextLine next)
    {
        int width = DisplayWidth(LineText(document, line).TrimEnd());
        int firstWord = 0;
        foreach (char c in LineText(document, next).TrimStart())
        {
            if (CharClass.IsCjk(c))
            {
                firstWord += firstWord == 0 ? 2 : 0;
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                break;
            }

            firstWord++;
        }

        // Justified Chinese columns vary by a column or two where digits, Latin letters or quotation
        // marks stand: a line as wide as the typical one is full.
        return width + 1 + Math.Max(firstWord, 1) > Width || width >= Typical - 2;
    }

    private static WrapShape Of(List<int> widths)
    {
        var sorted = widths.ToArray();
        Array.Sort(sorted);
        int median = sorted[sorted.Length / 2];
        int limit = median + Math.Max(4, median / 4);
        int wrap = 0;
        foreach (int w in sorted)
        {
            if (w <= limit)
            {
                wrap = w;
            }
        }

        return new WrapShape(wrap, median);
    }

    private static ReadOnlySpan<char> LineText(Document document, TextLine line) => document[line.Span];

    /// <summary>Display columns: Chinese characters and full-width forms take two, the rest one.</summary>
    private static int DisplayWidth(ReadOnlySpan<char> s)
    {
        int width = 0;
        foreach (char c in s)
        {
            if (char.IsLowSurrogate(c))
            {
                continue;
            }

            width += CharClass.IsCjk(c) ? 2 : 1;
        }

        return width;
    }
}
