namespace Proofread.OcrPages;

/// <summary>How a line sits in its measure.</summary>
public enum Align
{
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>A line cut from a paragraph, before it is placed: its characters and its indent.</summary>
public sealed record BrokenLine(IReadOnlyList<string> Characters, float Indent, bool LastOfParagraph)
{
    public string Text => string.Concat(Characters);
}

/// <summary>
/// Breaks text into lines of a measure and places the characters, the way Chinese newspapers
/// set text: every character on the grid, full lines justified, closing marks never starting a
/// line (the line before takes one and is squeezed to fit) and opening marks never ending one.
/// </summary>
public sealed class Typesetter(FontSet fonts)
{
    private const string NoLineStart = "，。、；：？！）》」』”’…—·%％";
    private const string NoLineEnd = "（《「『“‘";

    public FontSet Fonts => fonts;

    public static IReadOnlyList<string> Characters(string text) =>
        [.. text.EnumerateRunes().Select(r => r.ToString())];

    public float Width(string text, Face face, float size, float letterSpacing = 0) =>
        Characters(text).Sum(c => fonts.Advance(face, size, c) + letterSpacing);

    /// <summary>Cuts a paragraph into lines no wider than <paramref name="measure"/>, the first
    /// indented by <paramref name="indent"/> pixels.</summary>
    public IReadOnlyList<BrokenLine> Break(string text, Face face, float size, float measure, float indent = 0)
    {
        var characters = Characters(text);
        var lines = new List<BrokenLine>();
        var current = new List<string>();
        float used = indent, lineIndent = indent;
        for (int i = 0; i < characters.Count; i++)
        {
            string c = characters[i];
            float advance = fonts.Advance(face, size, c);
            bool closing = NoLineStart.Contains(c, StringComparison.Ordinal);
            bool hangs = closing && current.Count > 0 && used <= measure + 0.5f;
            if (used + advance > measure + 0.5f && current.Count > 0 && !hangs)
            {
                // A line may take one closing mark past its measure (it is squeezed), but only one: a run of them (———, 。”）)
                // takes the character before it down to the next line instead.
                var carried = new List<string>();
                int keep = current.Count;
                if (closing)
                {
                    while (keep > 1 && NoLineStart.Contains(current[keep - 1], StringComparison.Ordinal))
                    {
                        keep--;
                    }

                    keep = Math.Max(1, keep - 1);
                }

                while (keep > 1 && NoLineEnd.Contains(current[keep - 1], StringComparison.Ordinal))
                {
                    keep--;
                }

                carried.AddRange(current.Skip(keep));
                current.RemoveRange(keep, current.Count - keep);

                lines.Add(new BrokenLine(current, lineIndent, false));
                current = carried;
                lineIndent = 0;
                used = carried.Sum(x => fonts.Advance(face, size, x));
            }

            current.Add(c);
            used += advance;
        }

        if (current.Count > 0)
        {
            lines.Add(new BrokenLine(current, lineIndent, true));
        }

        return lines;
    }

    /// <summary>Places a broken line: justified lines spread their slack over the gaps between
    /// characters, the last line of a paragraph keeps its natural spacing.</summary>
    public SetLine Place(BrokenLine line, Face face, float size, float x, float measure, float baseline, Align align)
    {
        var advances = line.Characters.Select(c => fonts.Advance(face, size, c)).ToArray();
        float natural = advances.Sum() + line.Indent;
        float gap = 0, start = x + line.Indent;
        switch (align)
        {
            case var _ when natural > measure && advances.Length > 1:
                // A closing mark kept at the end of a full line: the line is squeezed to the measure.
                gap = (measure - natural) / (advances.Length - 1);
                break;
            case Align.Justify when !line.LastOfParagraph && advances.Length > 1 && natural < measure:
                gap = (measure - natural) / (advances.Length - 1);
                break;
            case Align.Center:
                start = x + ((measure - natural) / 2);
                break;
            case Align.Right:
                start = x + measure - natural;
                break;
        }

        var glyphs = new List<PlacedGlyph>(advances.Length);
        float pen = start;
        for (int i = 0; i < advances.Length; i++)
        {
            glyphs.Add(new PlacedGlyph(line.Characters[i], pen));
            pen += advances[i] + gap;
        }

        return new SetLine(glyphs, baseline, face, size);
    }

    /// <summary>One line of display type (a title, a slogan) with extra space between characters.</summary>
    public SetLine Display(string text, Face face, float size, float x, float measure, float baseline, Align align, float letterSpacing = 0)
    {
        var characters = Characters(text);
        float natural = Width(text, face, size, letterSpacing) - letterSpacing;
        float pen = align switch
        {
            Align.Center => x + ((measure - natural) / 2),
            Align.Right => x + measure - natural,
            _ => x,
        };
        var glyphs = new List<PlacedGlyph>(characters.Count);
        foreach (string c in characters)
        {
            glyphs.Add(new PlacedGlyph(c, pen));
            pen += fonts.Advance(face, size, c) + letterSpacing;
        }

        return new SetLine(glyphs, baseline, face, size);
    }

    /// <summary>A block of lines set one under another from <paramref name="top"/>; returns the lines and the height used.</summary>
    public (IReadOnlyList<SetLine> Lines, float Height) Block(
        string text, Face face, float size, float x, float measure, float top, float leading, Align align, float indent = 0)
    {
        var broken = Break(text, face, size, measure, indent);
        var lines = new List<SetLine>(broken.Count);
        for (int i = 0; i < broken.Count; i++)
        {
            lines.Add(Place(broken[i], face, size, x, measure, top + (i * leading) + (size * 0.88f), align));
        }

        return (lines, broken.Count * leading);
    }
}
