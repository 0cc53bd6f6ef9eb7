using Proofread.Text;

namespace Proofread.Rules.Furniture;

/// <summary>
/// Where to cut when whole lines of page furniture go: the lines with their line breaks, and,
/// when they make up whole paragraphs, the blank lines that separated them, so that removing
/// furniture never leaves blank lines piling up where it stood.
/// </summary>
public static class LineRemoval
{
    /// <summary>The span that removes lines <paramref name="first"/>..<paramref name="last"/> (inclusive, blank lines between them included).</summary>
    public static TextSpan Span(Document document, int first, int last)
    {
        var lines = document.Lines;
        int start = lines[first].Span.Start;
        int end = lines[last].SpanIncludingBreak.End;
        // A form feed opening the line is a page break (pdftotext), not part of the furniture.
        while (start < end && document.Text[start] == '\f')
        {
            start++;
        }

        bool startsParagraph = first == 0 || lines[first - 1].IsBlank || document.Text[lines[first].Span.Start] == '\f';
        bool endsParagraph = last == lines.Count - 1 || lines[last + 1].IsBlank;
        if (!(startsParagraph && endsParagraph))
        {
            return new TextSpan(start, end);
        }

        int next = last + 1;
        while (next < lines.Count && lines[next].IsBlank)
        {
            end = lines[next].SpanIncludingBreak.End;
            next++;
        }

        if (next == lines.Count)
        {
            // Nothing follows: take the blank lines before instead, so the page does not end in blank lines.
            int previous = first - 1;
            while (previous >= 0 && lines[previous].IsBlank)
            {
                start = lines[previous].Span.Start;
                previous--;
            }
        }

        return new TextSpan(start, end);
    }

    /// <summary>The removed lines as one short quotation for a finding's message: "衡阳日报 / 第17980号".</summary>
    public static string Describe(Document document, int first, int last, int maxLength = 80)
    {
        var parts = new List<string>();
        for (int i = first; i <= last; i++)
        {
            if (!document.Lines[i].IsBlank)
            {
                parts.Add(document.LineText(i).Trim());
            }
        }

        string joined = string.Join(" / ", parts);
        return joined.Length <= maxLength ? joined : joined[..maxLength] + "…";
    }
}
