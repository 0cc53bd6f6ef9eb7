using Proofread.Text;

namespace Proofread.Rules.Breaks;

/// <summary>
/// How two printed lines meet once the line break between them goes: what takes its place
/// (nothing between Chinese characters, one space between Latin words), whether a line-end hyphen
/// goes too, and the reason a finding's message gives.
/// </summary>
/// <param name="EditStart">Where the deletion starts: the line's end, or its hyphen when the hyphen goes.</param>
public readonly record struct LineJoint(int EditStart, string Joiner, string How)
{
    /// <summary>First parts of English compounds whose hyphen is real even at a line end.</summary>
    private static readonly HashSet<string> CompoundElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "well", "self", "non", "co", "cross", "long", "short", "high", "low", "full", "part", "half", "state",
        "world", "first", "second", "third", "one", "two", "three", "four", "five", "ten", "multi", "anti",
        "pre", "post", "ex", "vice", "all", "mid", "semi", "inter", "over", "under", "up", "down", "old", "new",
        "year", "day", "time", "large", "small", "front", "back", "left", "right", "open", "middle", "top",
    };

    /// <param name="end">The end of the line's text (trailing white space left out).</param>
    /// <param name="start">The start of the next line's text (indentation left out).</param>
    public static LineJoint Of(Document document, TextLine line, int end, TextLine nextLine, int start)
    {
        string text = document.Text;
        char last = text[end - 1];
        char first = text[start];
        if (last == '-' && end - 2 >= line.Span.Start && char.IsAsciiLetter(text[end - 2]) && char.IsAsciiLetterLower(first))
        {
            string left = WordBefore(text, end - 1, line.Span.Start);
            string right = WordAfter(text, start, nextLine.Span.End);
            return IsRealHyphen(text, left, right)
                ? new LineJoint(end, string.Empty, $"'{left}-{right}' keeps its hyphen")
                : new LineJoint(end - 1, string.Empty, $"'{left}-{right}' was hyphenated at the line end");
        }

        if (last == '-')
        {
            return new LineJoint(end, string.Empty, "a hyphen at the line end joins without a space");
        }

        if (!CharClass.IsCjk(last) && !CharClass.IsCjk(first))
        {
            return HasCjk(document[line.Span]) || HasCjk(document[nextLine.Span])
                ? new LineJoint(end, string.Empty, "no space inside Chinese text")
                : new LineJoint(end, " ", "one space between Latin words");
        }

        return new LineJoint(end, string.Empty, "no space between Chinese characters");
    }

    /// <summary>
    /// A hyphen at a line end is part of the word when the word never appears joined in the text
    /// and appears hyphenated elsewhere, starts with a compound element (well-, self-) or a capital.
    /// </summary>
    private static bool IsRealHyphen(string text, string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return true;
        }

        if (text.Contains(left + right, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CompoundElements.Contains(left) || text.Contains(left + "-" + right, StringComparison.OrdinalIgnoreCase)
            || char.IsAsciiLetterUpper(left[0]);
    }

    private static bool HasCjk(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
        {
            if (CharClass.IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string WordBefore(string text, int end, int min)
    {
        int start = end;
        while (start > min && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }

    private static string WordAfter(string text, int start, int max)
    {
        int end = start;
        while (end < max && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }
}
