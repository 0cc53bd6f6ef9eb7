namespace Proofread.OcrPages;

/// <summary>
/// Lays out one page of an issue: masthead or folio, foot, and a body of 2 to 5 columns cut into
/// bands of modules (stories, teasers, an ad), with or without rules as the paper's style says.
/// Every choice comes from the page's own random source, so a seed gives the same page.
/// </summary>
public sealed class PageComposer(Typesetter typesetter, HeldOutText text)
{
    public const int PageWidth = 1800;
    public const int PageHeight = 2600;
    private const float Margin = 64;
    private const float BandGap = 40;

    private sealed record Grid(float Left, float ColumnWidth, float Gutter, int Columns)
    {
        public float X(int column) => Left + (column * (ColumnWidth + Gutter));

        public float Span(int columns) => (columns * ColumnWidth) + ((columns - 1) * Gutter);
    }

    public ComposedPage Compose(string name, Issue issue, int page, Random random, IReadOnlyList<Continuation> incoming, List<Continuation> outgoing)
    {
        var style = issue.Paper.Style;
        var builder = new PageBuilder(PageWidth, PageHeight);
        int columns = random.Next(style.MinColumns, style.MaxColumns + 1);
        float size = style.BodySize, gutter = random.Next(26, 40);
        float columnWidth = MathF.Floor((PageWidth - (2 * Margin) - ((columns - 1) * gutter)) / columns / size) * size;
        float width = (columns * columnWidth) + ((columns - 1) * gutter);
        var grid = new Grid((PageWidth - width) / 2, columnWidth, gutter, columns);
        var mast = new MastheadSetter(typesetter, random);
        bool front = page == 1, editorOnTop = !front && random.NextDouble() < 0.5;
        float top = front ? mast.Masthead(builder, issue, grid.Left, width, Margin) : mast.Folio(builder, issue, page, grid.Left, width, Margin, editorOnTop);
        float bottom = mast.Foot(builder, issue, grid.Left, width, PageHeight - Margin, front, !editorOnTop && (!front || random.NextDouble() < 0.6));

        var bands = Bands(top, bottom, front, random);
        var pending = new Queue<Continuation>(incoming);
        bool adPlaced = random.NextDouble() < (front ? 0.3 : 0.6);
        for (int b = 0; b < bands.Count; b++)
        {
            var (bandTop, bandBottom) = bands[b];
            var modules = Partition(columns, random, front && b == 0);
            int adModule = b == bands.Count - 1 && adPlaced && modules.Count > 1 ? (random.Next(2) == 0 ? 0 : modules.Count - 1) : -1;
            int first = 0;
            for (int m = 0; m < modules.Count; m++)
            {
                int span = modules[m];
                var box = new Box(grid.X(first), bandTop, grid.Span(span), bandBottom - bandTop);
                if (m == adModule)
                {
                    var boxes = new BoxSetter(typesetter, text, random, size);
                    if (span > 2 || random.Next(2) == 0)
                    {
                        boxes.PublicServiceAd(builder, box, issue.Paper);
                    }
                    else
                    {
                        boxes.ClassifiedAds(builder, box, issue.Paper);
                    }
                }
                else if (front && b == 0 && span == 1 && modules.Count > 1)
                {
                    new BoxSetter(typesetter, text, random, size).Teasers(builder, box, issue.PageCount);
                }
                else
                {
                    var continued = pending.Count > 0 ? pending.Dequeue() : null;
                    int? jumpTo = front && issue.PageCount > 1 && random.NextDouble() < 0.5 ? random.Next(2, issue.PageCount + 1) : null;
                    var cut = Story(builder, issue, grid, first, span, box, front && b == 0, continued, jumpTo, page, random);
                    if (cut is not null)
                    {
                        outgoing.Add(cut);
                    }
                }

                if (style.ColumnRules && m > 0)
                {
                    builder.AddOrnament("rule", new Box(grid.X(first) - (gutter / 2) - 1, bandTop, 2, bandBottom - bandTop));
                }

                first += span;
            }

            if (style.BandRules && b > 0)
            {
                builder.AddOrnament("rule", new Box(grid.Left, bandTop - (BandGap / 2) - 1, width, 2));
            }
        }

        return builder.Build(name);
    }

    /// <summary>A story module: head over all its columns or the first few, body flowed through the
    /// columns, and now and then a photograph with its caption at the foot of its last columns.</summary>
    private Continuation? Story(PageBuilder builder, Issue issue, Grid grid, int first, int span, Box box, bool lead, Continuation? continued, int? jumpTo, int page, Random random)
    {
        var style = issue.Paper.Style;
        float size = style.BodySize;
        int headColumns = continued is not null ? 0 : span >= 3 && random.NextDouble() < 0.25 ? span - 1 : span;
        float headHeight = 0;
        if (headColumns > 0)
        {
            float headSize = lead ? size * (2.0f + (float)random.NextDouble() * 0.6f) : size * Math.Min(2.2f, 1.15f + (0.3f * headColumns) + (float)random.NextDouble() * 0.3f);
            var heads = new HeadSetter(typesetter, text, random);
            headHeight = heads.Set(builder, style.HeadFace, headSize, size, box.X, grid.Span(headColumns), box.Y);
        }

        var photo = span >= 2 && box.Height - headHeight > 700 && random.NextDouble() < 0.4 ? Photo(grid, first, span, box, size, random) : null;
        var slots = new List<Slot>();
        for (int c = 0; c < span; c++)
        {
            float slotTop = box.Y + (c < headColumns ? headHeight : 0);
            float slotBottom = photo is { } p && c >= span - p.Columns ? p.Top - (size * 0.8f) : box.Bottom;
            slots.Add(new Slot(grid.X(first + c), slotTop, slotBottom));
            if (style.ColumnRules && c > 0)
            {
                float ruleTop = Math.Max(slotTop, slots[c - 1].Top);
                builder.AddOrnament("rule", new Box(grid.X(first + c) - (grid.Gutter / 2) - 1, ruleTop, 1.5f, slotBottom - ruleTop));
            }
        }

        bool byline = continued is null && random.NextDouble() < 0.75;
        var body = new StoryBody(
            byline ? FurnitureText.Byline(random) : null,
            continued is null && random.NextDouble() < (byline ? 0.6 : 0.3) ? FurnitureText.Opener(random, issue) : null,
            continued,
            jumpTo,
            Subheads: random.NextDouble() < 0.4);
        var cut = new StoryFlow(typesetter, text, random, size, style.Leading, grid.ColumnWidth).Flow(slots, body, page, builder);
        if (photo is not null)
        {
            builder.AddOrnament("photo", photo.Picture);
            builder.AddZone("caption", photo.Caption, typesetter);
            builder.AddGold(photo.Gold);
        }

        return cut;
    }

    private sealed record PhotoBlock(int Columns, float Top, Box Picture, IReadOnlyList<SetLine> Caption, string Gold);

    private PhotoBlock Photo(Grid grid, int first, int span, Box box, float size, Random random)
    {
        int columns = Math.Min(span - 1, random.Next(1, 3));
        float x = grid.X(first + span - columns), measure = grid.Span(columns), captionSize = MathF.Round(size * 0.85f);
        string sentence = text.TakeShortSentence((int)(measure / captionSize * 2) - 8);
        string caption = sentence + "　" + FurnitureText.Credit(random);
        float pictureHeight = MathF.Round(measure * (0.5f + (0.2f * (float)random.NextDouble())));
        var broken = typesetter.Break(caption, Face.SansRegular, captionSize, measure);
        float captionHeight = broken.Count * captionSize * 1.4f;
        float top = box.Bottom - pictureHeight - 12 - captionHeight;
        var lines = new List<SetLine>();
        for (int i = 0; i < broken.Count; i++)
        {
            float baseline = top + pictureHeight + 12 + (i * captionSize * 1.4f) + (captionSize * 0.88f);
            lines.Add(typesetter.Place(broken[i], Face.SansRegular, captionSize, x, measure, baseline, Align.Justify));
        }

        return new PhotoBlock(columns, top, new Box(x, top, measure, pictureHeight), lines, sentence);
    }

    /// <summary>Two or three bands down the body, the front page's first one the tallest.</summary>
    private static List<(float Top, float Bottom)> Bands(float top, float bottom, bool front, Random random)
    {
        float height = bottom - top;
        int count = height > 1900 && random.NextDouble() < 0.5 ? 3 : 2;
        var weights = Enumerable.Range(0, count).Select(i => 0.8 + (0.4 * random.NextDouble()) + (front && i == 0 ? 0.4 : 0)).ToArray();
        double total = weights.Sum();
        var bands = new List<(float, float)>();
        float y = top;
        for (int i = 0; i < count; i++)
        {
            float next = i == count - 1 ? bottom : y + (float)((height + BandGap) * weights[i] / total);
            bands.Add((y, next - (i == count - 1 ? 0 : BandGap)));
            y = next;
        }

        return bands;
    }

    /// <summary>The modules of a band, as column spans from left to right; the front page's first
    /// band gives the lead story the width and, where there is room, a column of teasers.</summary>
    private static List<int> Partition(int columns, Random random, bool leadBand)
    {
        if (leadBand)
        {
            return columns >= 3 && random.NextDouble() < 0.6 ? (random.Next(2) == 0 ? [1, columns - 1] : [columns - 1, 1]) : [columns];
        }

        int parts = Math.Min(columns, random.Next(1, 4));
        var cuts = Enumerable.Range(1, columns - 1).OrderBy(_ => random.Next()).Take(parts - 1).Order().ToList();
        var spans = new List<int>();
        int previous = 0;
        foreach (int cut in cuts.Append(columns))
        {
            spans.Add(cut - previous);
            previous = cut;
        }

        return spans;
    }
}
