namespace Proofread.OcrPages;

/// <summary>
/// Sets the boxed modules of a page, each inside a ruled border and read as one zone: a
/// public-service ad, a block of classified ads (both furniture), and the front page's teasers
/// (导读: heads and one-sentence summaries, which gold keeps, each with a see-also line, which it
/// does not).
/// </summary>
public sealed class BoxSetter(Typesetter typesetter, HeldOutText text, Random random, float bodySize)
{
    private const float Padding = 18;

    public void PublicServiceAd(PageBuilder builder, Box box, Paper paper)
    {
        var (x, measure) = Border(builder, box);
        var words = FurnitureText.PublicServiceAd(random, paper);
        float sloganSize = Math.Min(bodySize * 2.2f, measure / (words.Take(2).Max(w => Typesetter.Characters(w).Count) + 1));
        var lines = new List<SetLine>();
        float height = (2 * sloganSize * 1.5f) + (bodySize * 2);
        float y = box.Y + Math.Max(Padding, (box.Height - height) / 2);
        foreach (string slogan in words.Take(2))
        {
            lines.Add(typesetter.Display(slogan, Face.SansBold, sloganSize, x, measure, y + (sloganSize * 0.88f), Align.Center));
            y += sloganSize * 1.5f;
        }

        float signOffSize = Math.Min(bodySize, measure / (Typesetter.Characters(words[2]).Count + 1));
        lines.Add(typesetter.Display(words[2], Face.SerifRegular, signOffSize, x, measure, y + bodySize + (signOffSize * 0.88f), Align.Right));
        builder.AddZone("ad", lines, typesetter);
    }

    public void ClassifiedAds(PageBuilder builder, Box box, Paper paper)
    {
        var (x, measure) = Border(builder, box);
        var items = FurnitureText.ClassifiedAds(random, paper);
        float small = bodySize * 0.85f;
        var lines = new List<SetLine>();
        float y = box.Y + Padding;
        float bottom = box.Bottom - Padding;
        lines.Add(typesetter.Display(items[0], Face.SansBold, bodySize * 1.3f, x, measure, y + (bodySize * 1.3f * 0.88f), Align.Center));
        y += bodySize * 1.3f * 1.4f;
        foreach (string item in items.Skip(1))
        {
            bool hotline = item.StartsWith("广告热线", StringComparison.Ordinal);
            var (set, height) = typesetter.Block(item, hotline ? Face.SansRegular : Face.SerifRegular, small, x, measure, y, small * 1.45f,
                hotline ? Align.Right : Align.Justify, hotline ? 0 : 2 * small);
            if (y + height > bottom)
            {
                continue;
            }

            lines.AddRange(set);
            y += height + (small * 0.3f);
        }

        builder.AddZone("ad", lines, typesetter);
    }

    public void Teasers(PageBuilder builder, Box box, int pageCount)
    {
        var (x, measure) = Border(builder, box);
        var lines = new List<SetLine>();
        float y = box.Y + Padding;
        float bottom = box.Bottom - Padding;
        float headSize = bodySize * 1.05f, textSize = bodySize * 0.9f;
        lines.Add(typesetter.Display("今日导读", Face.SansBold, bodySize * 1.3f, x, measure, y + (bodySize * 1.3f * 0.88f), Align.Center));
        y += bodySize * 1.3f * 1.6f;
        while (true)
        {
            string head = text.TakeHead((int)(measure / headSize), random);
            string summary = text.TakeShortSentence((int)(measure / textSize) * 3);
            var (headLines, headHeight) = typesetter.Block(head, Face.SansBold, headSize, x, measure, y, headSize * 1.35f, Align.Left);
            var (textLines, textHeight) = typesetter.Block(summary, Face.SerifRegular, textSize, x, measure, y + headHeight, textSize * 1.45f, Align.Justify, 2 * textSize);
            string seeAlso = FurnitureText.SeeAlso(random.Next(2, pageCount + 1), random);
            float seeY = y + headHeight + textHeight;
            if (seeY + (textSize * 1.45f) > bottom)
            {
                break;
            }

            lines.AddRange(headLines);
            lines.AddRange(textLines);
            lines.Add(typesetter.Display(seeAlso, Face.SerifRegular, textSize, x, measure, seeY + (textSize * 0.88f), Align.Right));
            builder.AddGold([head, summary]);
            y = seeY + (textSize * 1.45f) + (textSize * 0.8f);
        }

        builder.AddZone("teaser", lines, typesetter);
    }

    /// <summary>Rules the box and returns the text measure inside it.</summary>
    private static (float X, float Measure) Border(PageBuilder builder, Box box)
    {
        builder.AddOrnament("border", box, 3);
        return (box.X + Padding, box.Width - (2 * Padding));
    }
}
