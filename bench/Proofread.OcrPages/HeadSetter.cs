namespace Proofread.OcrPages;

/// <summary>
/// Sets a story's head as one zone: now and then a kicker above (引题), the headline in display
/// type (one or two lines, shrunk to fit), now and then a subhead below it (副题, after a dash).
/// Gold gets each of them as a line of its own.
/// </summary>
public sealed class HeadSetter(Typesetter typesetter, HeldOutText text, Random random)
{
    /// <summary>Sets the head at <paramref name="top"/>; returns the height it takes, gap below included.</summary>
    public float Set(PageBuilder builder, Face face, float size, float bodySize, float x, float measure, float top)
    {
        var lines = new List<SetLine>();
        var gold = new List<string>();
        float y = top;
        float smallSize = Math.Max(bodySize, size * 0.55f);
        if (random.NextDouble() < 0.25)
        {
            string kicker = text.TakeHead((int)(measure / smallSize) - 1, random);
            y += Stack(kicker, Face.SansRegular, smallSize, x, measure, y, lines);
            gold.Add(kicker);
            y += smallSize * 0.3f;
        }

        string headline = text.TakeHead(Math.Max(6, Math.Min(24, (int)(2 * measure / size) - 2)), random);
        float fitted = size;
        while (typesetter.Break(headline, face, fitted, measure).Count > 2 && fitted > bodySize * 1.1f)
        {
            fitted *= 0.9f;
        }

        y += Stack(headline, face, fitted, x, measure, y, lines);
        gold.Add(headline);
        if (random.NextDouble() < 0.3)
        {
            y += smallSize * 0.3f;
            string subhead = "——" + text.TakeHead((int)(measure / smallSize) - 3, random);
            y += Stack(subhead, Face.SerifRegular, smallSize, x, measure, y, lines);
            gold.Add(subhead);
        }

        builder.AddZone("headline", lines, typesetter);
        builder.AddGold(gold);
        return y - top + (bodySize * 0.8f);
    }

    private float Stack(string content, Face face, float size, float x, float measure, float top, List<SetLine> lines)
    {
        var broken = typesetter.Break(content, face, size, measure);
        float leading = size * 1.25f;
        for (int i = 0; i < broken.Count; i++)
        {
            var line = broken[i] with { LastOfParagraph = true };
            lines.Add(typesetter.Place(line, face, size, x, measure, top + (i * leading) + (size * 0.88f), Align.Center));
        }

        return broken.Count * leading;
    }
}
