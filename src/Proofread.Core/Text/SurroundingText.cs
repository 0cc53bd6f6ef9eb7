namespace Proofread.Text;

/// <summary>
/// The text either side of a span, cut at a length in UTF-16 units but never inside a surrogate
/// pair: a character beyond the BMP (𠀀) at the edge is left out whole rather than cut in half,
/// so what is stored, reported, shown and judged is always valid text.
/// </summary>
public static class SurroundingText
{
    /// <summary>How much text either side of a fix is kept to show it in context (the store, the reports).</summary>
    public const int FixContextLength = 20;

    /// <summary>
    /// <paramref name="extent"/> widened by at most <paramref name="length"/> units either side,
    /// within the text; an edge that would split a surrogate pair moves in by one.
    /// </summary>
    public static TextSpan Around(string text, TextSpan extent, int length)
    {
        int start = Math.Clamp(extent.Start, 0, text.Length);
        int end = Math.Clamp(extent.End, start, text.Length);
        int from = Math.Max(0, start - length);
        if (from > 0 && from < start && char.IsLowSurrogate(text[from]) && char.IsHighSurrogate(text[from - 1]))
        {
            from++;
        }

        int to = Math.Min(text.Length, end + length);
        if (to > end && to < text.Length && char.IsHighSurrogate(text[to - 1]) && char.IsLowSurrogate(text[to]))
        {
            to--;
        }

        return new TextSpan(from, to);
    }

    /// <summary>The text before and after <paramref name="extent"/>, at most <paramref name="length"/> units each (see <see cref="Around"/>).</summary>
    public static (string Before, string After) Of(string text, TextSpan extent, int length = FixContextLength)
    {
        var window = Around(text, extent, length);
        int start = Math.Clamp(extent.Start, 0, text.Length);
        int end = Math.Clamp(extent.End, start, text.Length);
        return (text[window.Start..start], text[end..window.End]);
    }
}
