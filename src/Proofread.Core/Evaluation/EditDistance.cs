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
        int prefix = a.CommonPrefixLength(b);
        a = a[prefix..];
        b = b[prefix..];
        int suffix = 0;
        while (suffix < a.Length && suffix < b.Length && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        a = a[..^suffix];
        b = b[..^suffix];
        if (a.Length > b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        return a.Length == 0 ? b.Length : BitParallel(a, b);
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

    /// <summary>
    /// The distance between <paramref name="pattern"/> (the shorter, down the columns) and
    /// <paramref name="text"/>, column by column. Each 64-row block keeps its vertical deltas as
    /// bit vectors (Pv: +1, Mv: −1) and passes the horizontal delta at its bottom row to the
    /// next block; the top row grows by one per column, as a global distance requires.
    /// </summary>
    private static int BitParallel(ReadOnlySpan<int> pattern, ReadOnlySpan<int> text)
    {
        int m = pattern.Length;
        int blocks = (m + 63) >> 6;
        var peq = new Dictionary<int, ulong[]>();
        for (int i = 0; i < m; i++)
        {
            if (!peq.TryGetValue(pattern[i], out var bits))
            {
                peq[pattern[i]] = bits = new ulong[blocks];
            }

            bits[i >> 6] |= 1UL << (i & 63);
        }

        var none = new ulong[blocks];
        var pv = new ulong[blocks];
        var mv = new ulong[blocks];
        Array.Fill(pv, ulong.MaxValue);
        int lastBit = (m - 1) & 63;
        int score = m;
        foreach (int c in text)
        {
            var eqs = peq.TryGetValue(c, out var found) ? found : none;
            int carry = 1;
            for (int k = 0; k < blocks; k++)
            {
                ulong eq = eqs[k], p = pv[k], mm = mv[k];
                ulong xv = eq | mm;
                if (carry < 0)
                {
                    eq |= 1;
                }

                ulong xh = (((eq & p) + p) ^ p) | eq;
                ulong ph = mm | ~(xh | p);
                ulong mh = p & xh;
                int bit = k == blocks - 1 ? lastBit : 63;
                int outCarry = ((ph >> bit) & 1) != 0 ? 1 : ((mh >> bit) & 1) != 0 ? -1 : 0;
                ph <<= 1;
                mh <<= 1;
                if (carry < 0)
                {
                    mh |= 1;
                }
                else if (carry > 0)
                {
                    ph |= 1;
                }

                pv[k] = mh | ~(xv | ph);
                mv[k] = ph & xv;
                carry = outCarry;
            }

            score += carry;
        }

        return score;
    }
}
