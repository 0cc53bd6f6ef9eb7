namespace Proofread.Evaluation;

/// <summary>
/// Levenshtein distance on code points, with Myers' bit-parallel algorithm in Hyyrö's block form:
/// 64 cells of a column at a time, so a pair of 100 KB pages takes a fraction of a second
/// instead of the quadratic table's minutes. A common prefix and suffix are cut off first, which
/// is most of a page compared with its corrected twin.
/// </summary>
public static class EditDistance
{
    public static int Levenshtein(string a, string b) => Levenshtein(CodePoints(a), CodePoints(b));

    public static int Levenshtein(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var (prefix, suffix) = CommonEnds(a, b);
        a = a[prefix..^suffix];
        b = b[prefix..^suffix];
        if (a.Length > b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        if (a.Length == 0)
        {
            return b.Length;
        }

        // The shorter text runs down each column: the fewer bit vectors, the faster.
        var column = new LevenshteinColumn(a);
        foreach (int c in b)
        {
            column.Advance(c);
        }

        return column.Score;
    }

    /// <summary>How many code points the two texts share at their start, and then at their end (the two never overlap).</summary>
    internal static (int Prefix, int Suffix) CommonEnds(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int prefix = a.CommonPrefixLength(b);
        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        return (prefix, suffix);
    }

    /// <summary>The text's code points: a character beyond the BMP counts once, not as two halves.</summary>
    public static int[] CodePoints(string text)
    {
        var result = new int[text.Length];
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result[n++] = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else
            {
                result[n++] = text[i];
            }
        }

        return result.AsSpan(0, n).ToArray();
    }
}
