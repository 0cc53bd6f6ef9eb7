namespace Proofread.OcrPages;

/// <summary>The four CJK faces a page is set in: Song (serif) for text, Hei (sans) for heads and
/// captions, each in regular and bold.</summary>
public enum Face
{
    SerifRegular,
    SerifBold,
    SansRegular,
    SansBold,
}

/// <summary>One character placed on the page: its left edge and the baseline of its line.</summary>
public sealed record PlacedGlyph(string Text, float X);

/// <summary>A printed line: glyphs in one face and size on one baseline.</summary>
public sealed record SetLine(IReadOnlyList<PlacedGlyph> Glyphs, float Baseline, Face Face, float Size)
{
    public string Text => string.Concat(Glyphs.Select(g => g.Text));
}

/// <summary>A pixel rectangle on the page (left, top, width, height).</summary>
public readonly record struct Box(float X, float Y, float Width, float Height)
{
    public float Right => X + Width;

    public float Bottom => Y + Height;

    public bool Overlaps(Box other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}

/// <summary>
/// A layout zone: the rectangle a zoning OCR pipeline sends to the engine as one block, and the
/// lines printed in it. Its kind (masthead, folio, editor, headline, column, caption, teaser, ad,
/// imprint) says what the zone is, for anyone debugging a layout.
/// </summary>
public sealed record Zone(string Kind, Box Bounds, IReadOnlyList<SetLine> Lines);

/// <summary>Ink that is not text: column and band rules, ad borders, photographs.</summary>
public sealed record Ornament(string Kind, Box Bounds, float Stroke);

/// <summary>
/// A composed page: its zones in reading order, its ornaments, and its gold text (the stories
/// only, one block per line, as a careful proofreader would give them).
/// </summary>
public sealed record ComposedPage(
    string Name,
    int Width,
    int Height,
    IReadOnlyList<Zone> Zones,
    IReadOnlyList<Ornament> Ornaments,
    IReadOnlyList<string> Gold);
