namespace Proofread.OcrPages;

/// <summary>A column's share of a story: a measure-wide strip from <see cref="Top"/> to <see cref="Bottom"/>.</summary>
public sealed record Slot(float X, float Top, float Bottom);

/// <summary>The rest of a story cut by a jump line, to be printed on a later page of the issue.</summary>
public sealed record Continuation(int ToPage, int FromPage, string Remainder);

/// <summary>What a story's body starts with and how it ends.</summary>
public sealed record StoryBody(string? Byline, string? Opener, Continuation? ContinuedFrom, int? JumpTo, bool Subheads);

/// <summary>
/// Flows a story's body through its column slots, as print does: byline, paragraphs indented by two
/// full-width spaces, now and then a subhead; the text runs from the foot of one column to the head
/// of the next, so paragraphs are cut wherever a column ends. A story that jumps fills its slots
/// to the last line, is cut there (mid-sentence if so it falls) and ends with a jump line; the cut
/// text goes on on a later page. One zone per slot, in reading order; gold gets the story text.
/// </summary>
public sealed class StoryFlow(Typesetter typesetter, HeldOutText text, Random random, float size, float leading, float measure)
{
    private sealed record FlowLine(BrokenLine Line, Face Face, Align Align);

    private float LineHeight => size * leading;

    public Continuation? Flow(IReadOnlyList<Slot> slots, StoryBody body, int page, PageBuilder builder)
    {
        int capacity = slots.Sum(Capacity);
        var lines = new List<FlowLine>();
        var gold = new List<string>();
        Continuation? cut = null;
        if (body.ContinuedFrom is { } from)
        {
            lines.AddRange(Set(FurnitureText.JumpIn(from.FromPage), Face.SerifRegular, Align.Left, 0));
            if (from.Remainder.Length > 0)
            {
                lines.AddRange(Set(from.Remainder, Face.SerifRegular, Align.Justify, 0));
                gold.Add(from.Remainder);
            }
        }

        if (body.Byline is { } byline)
        {
            lines.AddRange(Set(byline, Face.SansRegular, Align.Left, 0));
            gold.Add(byline);
        }

        int reserve = body.JumpTo is null ? 0 : 1;
        for (int paragraph = 0; lines.Count < capacity - reserve; paragraph++)
        {
            if (body.Subheads && paragraph >= 2 && random.NextDouble() < 0.2 && capacity - reserve - lines.Count > 4)
            {
                string subhead = text.TakeHead((int)(measure / size) - 1, random);
                lines.AddRange(Set(subhead, Face.SansBold, Align.Center, 0));
                gold.Add(subhead);
            }

            string opening = paragraph == 0 && body.Opener is { } opener ? opener : "";
            int wanted = random.Next(1, 5);
            string accepted = opening;
            int sentences = 0;
            IReadOnlyList<BrokenLine> broken = [];
            bool full = false;
            while (sentences < wanted)
            {
                string candidate = accepted + text.PeekSentence();
                var candidateLines = typesetter.Break(candidate, Face.SerifRegular, size, measure, 2 * size);
                if (lines.Count + candidateLines.Count > capacity - reserve && body.JumpTo is null
                    && text.TakeFirst(s => lines.Count + Lines(accepted + s) <= capacity) is { } shorter)
                {
                    accepted += shorter;
                    broken = typesetter.Break(accepted, Face.SerifRegular, size, measure, 2 * size);
                    sentences++;
                    continue;
                }

                if (lines.Count + candidateLines.Count > capacity - reserve)
                {
                    full = true;
                    if (body.JumpTo is { } to && capacity - reserve - lines.Count > 0)
                    {
                        text.TakeSentence();
                        var kept = candidateLines.Take(capacity - reserve - lines.Count).ToList();
                        string printed = string.Concat(kept.Select(l => l.Text));
                        kept[^1] = kept[^1] with { LastOfParagraph = false };
                        broken = kept;
                        accepted = printed;
                        cut = new Continuation(to, page, candidate[printed.Length..]);
                    }

                    break;
                }

                text.TakeSentence();
                accepted = candidate;
                broken = candidateLines;
                sentences++;
            }

            if (broken.Count > 0 && (sentences > 0 || cut is not null))
            {
                lines.AddRange(broken.Select(l => new FlowLine(l, Face.SerifRegular, Align.Justify)));
                gold.Add(accepted);
            }

            if (full)
            {
                break;
            }
        }

        if (cut is not null)
        {
            lines.AddRange(Set(FurnitureText.JumpOut(cut.ToPage, random), Face.SerifRegular, Align.Right, 0));
        }

        Place(lines, slots, builder);
        builder.AddGold(gold);
        return cut;
    }

    private int Lines(string paragraph) => typesetter.Break(paragraph, Face.SerifRegular, size, measure, 2 * size).Count;

    private int Capacity(Slot slot) => Math.Max(0, (int)((slot.Bottom - slot.Top) / LineHeight));

    private IEnumerable<FlowLine> Set(string content, Face face, Align align, float indent) =>
        typesetter.Break(content, face, size, measure, indent).Select(l => new FlowLine(l, face, align));

    /// <summary>Deals the lines out to the slots, top to bottom, and makes each slot a zone.</summary>
    private void Place(List<FlowLine> lines, IReadOnlyList<Slot> slots, PageBuilder builder)
    {
        int next = 0;
        foreach (var slot in slots)
        {
            var placed = new List<SetLine>();
            float baseline = slot.Top + ((LineHeight - size) / 2) + (size * 0.88f);
            for (int count = 0; next < lines.Count && count < Capacity(slot); next++, count++, baseline += LineHeight)
            {
                var line = lines[next];
                placed.Add(typesetter.Place(line.Line, line.Face, size, slot.X, measure, baseline, line.Align));
            }

            builder.AddZone("column", placed, typesetter);
        }

        if (next < lines.Count)
        {
            throw new InvalidOperationException($"story overflows its slots by {lines.Count - next} lines");
        }
    }
}
