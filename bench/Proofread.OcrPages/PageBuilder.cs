namespace Proofread.OcrPages;

/// <summary>
/// Collects a page as it is composed: zones in reading order, ornaments, and the gold lines of its
/// stories. Checks on the way out that every zone lies on the page and no two zones overlap, so
/// each zone can be cut out and read alone.
/// </summary>
public sealed class PageBuilder(int width, int height)
{
    private readonly List<Zone> _zones = [];
    private readonly List<Zone> _foot = [];
    private readonly List<Ornament> _ornaments = [];
    private readonly List<string> _gold = [];

    public int Width => width;

    public int Height => height;

    /// <summary>Adds a zone next in reading order; a <paramref name="foot"/> zone is read after
    /// everything else, though the foot of a page is set before its body.</summary>
    public void AddZone(string kind, IReadOnlyList<SetLine> lines, Typesetter typesetter, bool foot = false)
    {
        if (lines.Count > 0)
        {
            (foot ? _foot : _zones).Add(new Zone(kind, Extent(lines, typesetter), lines));
        }
    }

    public void AddOrnament(string kind, Box bounds, float stroke = 0) => _ornaments.Add(new Ornament(kind, bounds, stroke));

    public void AddGold(string line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            _gold.Add(line);
        }
    }

    public void AddGold(IEnumerable<string> lines)
    {
        foreach (string line in lines)
        {
            AddGold(line);
        }
    }

    public ComposedPage Build(string name)
    {
        var page = new Box(0, 0, width, height);
        _zones.AddRange(_foot);
        _foot.Clear();
        for (int i = 0; i < _zones.Count; i++)
        {
            var zone = _zones[i].Bounds;
            if (zone.X < page.X || zone.Y < page.Y || zone.Right > page.Right || zone.Bottom > page.Bottom)
            {
                throw new InvalidOperationException($"{name}: zone {i} ({_zones[i].Kind}) lies off the page: {zone}: {string.Join(" / ", _zones[i].Lines.Select(l => l.Text + "@" + l.Glyphs[0].X))}");
            }

            for (int j = 0; j < i; j++)
            {
                if (zone.Overlaps(_zones[j].Bounds))
                {
                    throw new InvalidOperationException($"{name}: zones {j} ({_zones[j].Kind}) and {i} ({_zones[i].Kind}) overlap");
                }
            }
        }

        return new ComposedPage(name, width, height, [.. _zones], [.. _ornaments], [.. _gold]);
    }

    /// <summary>The ink box of some lines: from the first glyph's left edge to the last glyph's
    /// right edge, from the tallest ascent to the deepest descent (CJK faces: 0.88 and 0.12 em).</summary>
    private static Box Extent(IReadOnlyList<SetLine> lines, Typesetter typesetter)
    {
        float left = float.MaxValue, top = float.MaxValue, right = float.MinValue, bottom = float.MinValue;
        foreach (var line in lines)
        {
            if (line.Glyphs.Count == 0)
            {
                continue;
            }

            var last = line.Glyphs[^1];
            left = Math.Min(left, line.Glyphs[0].X);
            right = Math.Max(right, last.X + typesetter.Fonts.Advance(line.Face, line.Size, last.Text));
            top = Math.Min(top, line.Baseline - (line.Size * 0.88f));
            bottom = Math.Max(bottom, line.Baseline + (line.Size * 0.12f));
        }

        return new Box(left, top, right - left, bottom - top);
    }
}
