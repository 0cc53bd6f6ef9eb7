namespace Proofread.OcrPages;

/// <summary>
/// Sets the furniture at the head and foot of a page: the front page's masthead block (the
/// paper's title in very large type, its Latin name and publisher, the date with weekday and lunar
/// date, issue number, edition count, serial number, a weather ear), an inner page's folio line,
/// editor lines and the front page's imprint at the foot. None of it is gold.
/// </summary>
public sealed class MastheadSetter(Typesetter typesetter, Random random)
{
    /// <summary>The front page's masthead from <paramref name="top"/>; returns where the body may start.</summary>
    public float Masthead(PageBuilder builder, Issue issue, float left, float width, float top)
    {
        var paper = issue.Paper;
        var style = paper.Style;
        float titleSize = 150 + random.Next(0, 50);
        float titleWidth = typesetter.Width(paper.Name, style.TitleFace, titleSize, style.TitleSpacing);
        var title = new List<SetLine>();
        var info = new List<SetLine>();
        float infoSize = 24;
        string serial = $"国内统一连续出版物号 CN {paper.Cn}";
        string numbers = $"第{issue.Number}号　今日{issue.PageCount}版";
        float bottom;
        if (style.TitleCentered)
        {
            title.Add(typesetter.Display(paper.Name, style.TitleFace, titleSize, left, width, top + (titleSize * 0.88f), Align.Center, style.TitleSpacing));
            float y = top + titleSize + 12;
            title.Add(typesetter.Display(paper.Latin, Face.SansRegular, 26, left, width, y + 23, Align.Center, 6));
            y += 26 + 22;
            builder.AddOrnament("rule", new Box(left, y, width, 2));
            builder.AddOrnament("rule", new Box(left, y + 6, width, 2));
            y += 20;
            string line = $"{issue.DateLine}　{issue.Weekday}　{issue.LunarLine}　{numbers}　{serial}";
            info.Add(typesetter.Display(line, Face.SansRegular, Math.Min(infoSize, width / (line.Length + 2)), left, width, y + 21, Align.Center));
            bottom = y + infoSize + 16;
        }
        else
        {
            title.Add(typesetter.Display(paper.Name, style.TitleFace, titleSize, left, titleWidth, top + (titleSize * 0.88f), Align.Left, style.TitleSpacing));
            float y = top + titleSize + 12;
            title.Add(typesetter.Display(paper.Latin, Face.SansRegular, 24, left, titleWidth, y + 21, Align.Left, 4));
            title.Add(typesetter.Display(paper.Publisher, Face.SerifRegular, 22, left, titleWidth, y + 24 + 14 + 19, Align.Left));
            string[] lines = random.NextDouble() < 0.5
                ? [$"{issue.DateLine}　{issue.Weekday}", issue.LunarLine, numbers, serial, FurnitureText.Weather(random, paper)]
                : [$"{issue.DateLine}　{issue.Weekday}", issue.LunarLine, numbers, serial];
            float infoTop = top + 8;
            foreach (string text in lines)
            {
                info.Add(typesetter.Display(text, Face.SansRegular, infoSize, left, width, infoTop + (infoSize * 0.88f), Align.Right));
                infoTop += infoSize * 1.55f;
            }

            bottom = Math.Max(y + 24 + 14 + 22, infoTop) + 16;
        }

        builder.AddZone("masthead", title, typesetter);
        builder.AddZone("masthead", info, typesetter);
        builder.AddOrnament("rule", new Box(left, bottom, width, 6));
        return bottom + 30;
    }

    /// <summary>An inner page's folio line (paper, section, date, page) over a rule, and now and then
    /// the editor line under it; returns where the body may start.</summary>
    public float Folio(PageBuilder builder, Issue issue, int page, float left, float width, float top, bool editorLine)
    {
        string section = FurnitureText.Sections[random.Next(FurnitureText.Sections.Count)];
        float size = 26;
        float baseline = top + (34 * 0.88f);
        var line = new List<SetLine>
        {
            typesetter.Display(issue.Paper.Name, Face.SansBold, size, left, width, baseline, Align.Left),
            typesetter.Display(section, Face.SansBold, 34, left, width, baseline, Align.Center, 8),
            typesetter.Display($"{issue.DateLine}　{issue.Weekday}　第{page}版", Face.SansRegular, size - 2, left, width, baseline, Align.Right),
        };
        builder.AddZone("folio", line, typesetter);
        float y = top + 34 + 14;
        builder.AddOrnament("rule", new Box(left, y, width, 3));
        y += 14;
        if (editorLine)
        {
            var editor = typesetter.Display(FurnitureText.EditorLine(random), Face.SansRegular, 20, left, width, y + 18, Align.Right);
            builder.AddZone("editor", [editor], typesetter);
            y += 20 + 16;
        }

        return y + 14;
    }

    /// <summary>Sets the foot of a page from the bottom up (editor line, the front page's imprint);
    /// returns where the body must end.</summary>
    public float Foot(PageBuilder builder, Issue issue, float left, float width, float bottom, bool front, bool editorLine)
    {
        float y = bottom;
        var lines = new List<(string Kind, SetLine Line)>();
        if (front)
        {
            string imprint = FurnitureText.Footer(random, issue.Paper);
            float size = Math.Min(19, width / (imprint.Length + 1));
            lines.Add(("imprint", typesetter.Display(imprint, Face.SerifRegular, size, left, width, y - (size * 0.12f), Align.Center)));
            y -= size + 10;
        }

        if (editorLine)
        {
            lines.Add(("editor", typesetter.Display(FurnitureText.EditorLine(random), Face.SansRegular, 20, left, width, y - 3, Align.Right)));
            y -= 20 + 10;
        }

        if (lines.Count == 0)
        {
            return bottom;
        }

        builder.AddOrnament("rule", new Box(left, y - 4, width, 2));
        foreach (var (kind, line) in Enumerable.Reverse(lines))
        {
            builder.AddZone(kind, [line], typesetter, foot: true);
        }

        return y - 24;
    }
}
