namespace Proofread.Text;

/// <summary>
/// A set of regions of a text: disjoint, sorted spans. The fixer uses it to tell the rules where
/// the text changed since their last look, so a later pass looks again only there.
/// </summary>
public sealed class TextRegions
{
    private readonly TextSpan[] _spans;

    private TextRegions(TextSpan[] spans) => _spans = spans;

    public IReadOnlyList<TextSpan> Spans => _spans;

    /// <summary>The union of <paramref name="spans"/> (overlapping or touching spans merge).</summary>
    public static TextRegions Of(IEnumerable<TextSpan> spans)
    {
        var sorted = spans.OrderBy(s => s.Start).ThenBy(s => s.End).ToList();
        var merged = new List<TextSpan>(sorted.Count);
        foreach (var s in sorted)
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, s.End));
            }
            else
            {
                merged.Add(s);
            }
        }

        return new TextRegions([.. merged]);
    }

    /// <summary>
    /// The blocks of <paramref name="document"/> that <paramref name="changed"/> touches, each with
    /// the block before and after it: the context rules weigh around a change (a join looks at the
    /// blocks on both sides of a break, a layout role at a block's neighbours).
    /// </summary>
    public static TextRegions AroundBlocks(Document document, IEnumerable<TextSpan> changed)
    {
        var blocks = document.Blocks;
        if (blocks.Count == 0)
        {
            return Of([]);
        }

        var spans = new List<TextSpan>();
        foreach (var c in changed)
        {
            int first = FirstBlockEndingAtOrAfter(blocks, c.Start);
            int last = first;
            while (last + 1 < blocks.Count && blocks[last + 1].Span.Start <= c.End)
            {
                last++;
            }

            first = Math.Max(0, first - 1);
            last = Math.Min(blocks.Count - 1, last + 1);
            spans.Add(new TextSpan(blocks[first].Span.Start, blocks[last].Span.End));
        }

        return Of(spans);
    }

    /// <summary>Whether <paramref name="span"/> overlaps or touches a region.</summary>
    public bool Touches(TextSpan span)
    {
        int lo = 0, hi = _spans.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = _spans[mid];
            if (s.End < span.Start)
            {
                lo = mid + 1;
            }
            else if (s.Start > span.End)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstBlockEndingAtOrAfter(IReadOnlyList<Block> blocks, int position)
    {
        int lo = 0, hi = blocks.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (blocks[mid].Span.End < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
