namespace Proofread.Evaluation;

/// <summary>A line found once in each of two texts, identical in both: where a page and its gold twin surely agree.</summary>
internal readonly record struct LineAnchor(int From, int To, int Length);

/// <summary>
/// The lines a text and its gold twin share, as patience diff finds them: lines that occur
/// exactly once in each text, at least <see cref="ShortestLine"/> code points long, kept in the
/// longest run that is in order in both. An alignment split at them is almost always optimal, and
/// <see cref="Alignment"/> checks that it is.
/// </summary>
internal static class LineAnchors
{
    /// <summary>Shorter lines (a lone character, a short heading) are too likely to match by chance.</summary>
    public const int ShortestLine = 8;

    public static IReadOnlyList<LineAnchor> Find(int[] from, int[] to)
    {
        var fromLines = UniqueLines(from);
        var toLines = UniqueLines(to);
        var pairs = new List<LineAnchor>();
        foreach (var (key, start) in fromLines)
        {
            // The keys are UTF-16, so a line is compared again code point by code point.
            if (start >= 0 && toLines.TryGetValue(key, out int other) && other >= 0 && LineEnd(from, start) - start == LineEnd(to, other) - other
                && from.AsSpan(start, LineEnd(from, start) - start).SequenceEqual(to.AsSpan(other, LineEnd(to, other) - other)))
            {
                pairs.Add(new LineAnchor(start, other, LineEnd(from, start) - start));
            }
        }

        pairs.Sort((x, y) => x.From.CompareTo(y.From));
        return LongestIncreasingByTo(pairs);
    }

    private static int LineEnd(int[] text, int start)
    {
        int end = Array.IndexOf(text, '\n', start);
        return end < 0 ? text.Length : end;
    }

    /// <summary>Each line of at least <see cref="ShortestLine"/> code points, by its text: its start, or -1 when it occurs more than once.</summary>
    private static Dictionary<string, int> UniqueLines(int[] text)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        int start = 0;
        while (start < text.Length)
        {
            int end = LineEnd(text, start);
            if (end - start >= ShortestLine)
            {
                var key = new System.Text.StringBuilder(end - start);
                for (int i = start; i < end; i++)
                {
                    key.Append(text[i] < 0x10000 ? ((char)text[i]).ToString() : char.ConvertFromUtf32(text[i]));
                }

                string line = key.ToString();
                lines[line] = lines.ContainsKey(line) ? -1 : start;
            }

            start = end + 1;
        }

        return lines;
    }

    /// <summary>The longest subsequence of the pairs (in order of From) whose To also rises: patience sorting, n log n.</summary>
    private static List<LineAnchor> LongestIncreasingByTo(List<LineAnchor> pairs)
    {
        var tails = new List<int>();
        var previous = new int[pairs.Count];
        for (int k = 0; k < pairs.Count; k++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (pairs[tails[mid]].To < pairs[k].To)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(k);
            }
            else
            {
                tails[lo] = k;
            }
        }

        var result = new List<LineAnchor>(tails.Count);
        for (int k = tails.Count > 0 ? tails[^1] : -1; k >= 0; k = previous[k])
        {
            result.Add(pairs[k]);
        }

        result.Reverse();
        return result;
    }
}
