namespace Proofread.Evaluation;

/// <summary>What one step of an alignment does: keeps a code point, puts another in its place, drops one, or adds one.</summary>
public enum EditStep : byte
{
    Match,
    Substitute,
    Delete,
    Insert,
}

/// <summary>
/// An optimal alignment of two texts, code point by code point: the steps that turn
/// <see cref="From"/> into <see cref="To"/>, each costing one except a match, so the steps that
/// are not matches number exactly the Levenshtein distance. Found by Hirschberg's divide and
/// conquer, where the two half columns come from the bit-parallel <see cref="LevenshteinColumn"/>:
/// linear memory and about three times the work of the distance alone. Lines the texts share are
/// matched outright first (and the result checked against the distance), as are common prefixes
/// and suffixes at every level: most of a page compared with its corrected twin.
/// </summary>
public sealed class Alignment
{
    /// <summary>Below this many cells a subproblem is solved with the whole table and a traceback.</summary>
    private const int SmallTable = 1 << 16;

    private Alignment(int[] from, int[] to, EditStep[] steps)
    {
        From = from;
        To = to;
        Steps = steps;
    }

    public IReadOnlyList<int> From { get; }

    public IReadOnlyList<int> To { get; }

    /// <summary>The steps in text order: <see cref="EditStep.Match"/>, <see cref="EditStep.Substitute"/> and <see cref="EditStep.Delete"/> consume a code point of <see cref="From"/>; all but Delete one of <see cref="To"/>.</summary>
    public IReadOnlyList<EditStep> Steps { get; }

    /// <summary>The steps that are not matches: the Levenshtein distance of the two texts.</summary>
    public int Cost => Steps.Count(s => s != EditStep.Match);

    public static Alignment Of(string from, string to) => Of(EditDistance.CodePoints(from), EditDistance.CodePoints(to));

    /// <summary>
    /// First split at the lines both texts share once (<see cref="LineAnchors"/>) and aligned piece
    /// by piece, which is fast; if that costs more than the Levenshtein distance (the shared lines
    /// were not on an optimal path), aligned whole.
    /// </summary>
    public static Alignment Of(int[] from, int[] to)
    {
        var steps = new List<EditStep>(Math.Max(from.Length, to.Length));
        int a = 0, b = 0;
        foreach (var anchor in LineAnchors.Find(from, to))
        {
            Align(from.AsSpan(a, anchor.From - a), to.AsSpan(b, anchor.To - b), steps);
            Repeat(steps, EditStep.Match, anchor.Length);
            a = anchor.From + anchor.Length;
            b = anchor.To + anchor.Length;
        }

        Align(from.AsSpan(a), to.AsSpan(b), steps);
        if (b > 0 && steps.Count(s => s != EditStep.Match) != EditDistance.Levenshtein(from, to))
        {
            steps.Clear();
            Align(from, to, steps);
        }

        return new Alignment(from, to, [.. steps]);
    }

    private static void Align(ReadOnlySpan<int> a, ReadOnlySpan<int> b, List<EditStep> steps)
    {
        var (prefix, suffix) = EditDistance.CommonEnds(a, b);
        Repeat(steps, EditStep.Match, prefix);
        a = a[prefix..^suffix];
        b = b[prefix..^suffix];
        if (a.Length == 0 || b.Length == 0)
        {
            Repeat(steps, EditStep.Insert, b.Length);
            Repeat(steps, EditStep.Delete, a.Length);
        }
        else if ((long)(a.Length + 1) * (b.Length + 1) <= SmallTable)
        {
            Table(a, b, steps);
        }
        else if (b.Length >= a.Length)
        {
            int mid = b.Length / 2;
            int i = Crossing(a, b, mid);
            Align(a[..i], b[..mid], steps);
            Align(a[i..], b[mid..], steps);
        }
        else
        {
            // The distance is symmetric, so the same search finds where b is crossed at a's middle.
            int mid = a.Length / 2;
            int j = Crossing(b, a, mid);
            Align(a[..mid], b[..j], steps);
            Align(a[mid..], b[j..], steps);
        }

        Repeat(steps, EditStep.Match, suffix);
    }

    /// <summary>
    /// Where an optimal path crosses column <paramref name="mid"/> of the table of
    /// <paramref name="rows"/> against <paramref name="columns"/>: the row i for which the distance
    /// of rows[..i] to columns[..mid] plus that of rows[i..] to columns[mid..] is least (the first
    /// such row). The second half is computed on both texts reversed.
    /// </summary>
    private static int Crossing(ReadOnlySpan<int> rows, ReadOnlySpan<int> columns, int mid)
    {
        int m = rows.Length;
        var forward = new LevenshteinColumn(rows);
        foreach (int c in columns[..mid])
        {
            forward.Advance(c);
        }

        var reversedRows = rows.ToArray();
        Array.Reverse(reversedRows);
        var backward = new LevenshteinColumn(reversedRows);
        for (int k = columns.Length - 1; k >= mid; k--)
        {
            backward.Advance(columns[k]);
        }

        var head = new int[m + 1];
        var tail = new int[m + 1];
        forward.CopyTo(head);
        backward.CopyTo(tail);
        int best = 0;
        for (int i = 1; i <= m; i++)
        {
            if (head[i] + tail[m - i] < head[best] + tail[m - best])
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// The whole table and a traceback from its corner. Of several optimal steps it takes a match,
    /// else the kind of step it just took (so a dropped line or a doubled word stays one run),
    /// else a substitution, a deletion, an insertion.
    /// </summary>
    private static void Table(ReadOnlySpan<int> a, ReadOnlySpan<int> b, List<EditStep> steps)
    {
        int m = a.Length, n = b.Length, width = n + 1;
        var d = new int[(m + 1) * width];
        for (int j = 0; j <= n; j++)
        {
            d[j] = j;
        }

        for (int i = 1; i <= m; i++)
        {
            int row = i * width, above = row - width;
            d[row] = i;
            for (int j = 1; j <= n; j++)
            {
                int diagonal = d[above + j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                d[row + j] = Math.Min(diagonal, Math.Min(d[above + j], d[row + j - 1]) + 1);
            }
        }

        var back = new List<EditStep>(m + n);
        var last = EditStep.Match;
        for (int i = m, j = n; i > 0 || j > 0;)
        {
            int here = d[(i * width) + j];
            bool diagonal = i > 0 && j > 0;
            bool match = diagonal && a[i - 1] == b[j - 1] && d[((i - 1) * width) + j - 1] == here;
            bool substitute = diagonal && a[i - 1] != b[j - 1] && d[((i - 1) * width) + j - 1] + 1 == here;
            bool delete = i > 0 && d[((i - 1) * width) + j] + 1 == here;
            bool insert = j > 0 && d[(i * width) + j - 1] + 1 == here;
            var step = match ? EditStep.Match
                : last == EditStep.Delete && delete ? EditStep.Delete
                : last == EditStep.Insert && insert ? EditStep.Insert
                : substitute ? EditStep.Substitute
                : delete ? EditStep.Delete
                : EditStep.Insert;
            back.Add(step);
            last = step;
            i -= step == EditStep.Insert ? 0 : 1;
            j -= step == EditStep.Delete ? 0 : 1;
        }

        for (int k = back.Count - 1; k >= 0; k--)
        {
            steps.Add(back[k]);
        }
    }

    private static void Repeat(List<EditStep> steps, EditStep step, int count)
    {
        for (int k = 0; k < count; k++)
        {
            steps.Add(step);
        }
    }
}
