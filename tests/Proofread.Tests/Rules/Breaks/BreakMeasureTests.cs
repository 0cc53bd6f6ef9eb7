using Proofread.Engine;
using Proofread.Rules.Breaks;
using Proofread.Synth;
using Proofread.Tests.Measures;
using Proofread.Text;
using Xunit.Abstractions;

namespace Proofread.Tests.Rules.Breaks;

/// <summary>
/// The measures of the break rules on synthetic pages of held-out prose, on each of the measure
/// seeds (<see cref="MeasureFloors"/>): joins proposed on clean pages; on pages with a break cut
/// into every paragraph, the share a default <c>fix</c> mends, and the headings (headlines,
/// sub-heads, bylines, captions) and clean paragraphs it runs into their neighbours.
/// </summary>
public class BreakMeasureTests(ITestOutputHelper output)
{
    private static readonly DamageRates EveryParagraph = DamageRates.Default with { Breaks = 1.0 };

    [Fact]
    public void Clean_pages_get_no_more_joins_than_the_floor()
    {
        var engine = new RuleEngine([new ColumnBreakRule(), new HardWrappedLineRule()]);
        var proposed = new List<string>();
        int blocks = 0;
        foreach (int seed in MeasureFloors.Seeds)
        {
            foreach (var page in SyntheticRuns.Pages(seed, DamageKinds.None, MeasureFloors.BytesPerSeed))
            {
                var document = Document.FromText(page.Gold);
                blocks += document.Blocks.Count;
                proposed.AddRange(engine.Analyze(document).Select(f => $"{f.RuleId}: {Around(page.Gold, f.Extent.Start)}"));
            }
        }

        output.WriteLine($"{blocks} blocks of clean pages: {proposed.Count} joins proposed");
        output.WriteLine(string.Join("\n", proposed.Take(40)));
        Assert.True(blocks > 900, "the clean pages should give about a thousand blocks");
        Assert.True(proposed.Count <= MeasureFloors.CleanPageJoins, $"{proposed.Count} joins on clean pages, floor {MeasureFloors.CleanPageJoins}:\n{string.Join("\n", proposed.Take(20))}");
    }

    [Fact]
    public void Injected_breaks_are_mended_by_a_default_fix_without_joining_headings_or_paragraphs()
    {
        var fixer = new Fixer(RuleEngine.Default);
        int breaks = 0, mended = 0, paragraphsJoined = 0;
        var headingsJoined = new List<Heading>();
        var missed = new List<string>();
        foreach (int seed in MeasureFloors.Seeds)
        {
            foreach (var page in SyntheticRuns.Pages(seed, DamageKinds.Breaks, MeasureFloors.BytesPerSeed, EveryParagraph))
            {
                string fixedText = fixer.Fix(new SourceText(page.Name, page.Damaged)).Fixed.Text;
                foreach (var injected in page.Breaks)
                {
                    breaks++;
                    if (Occurrences(fixedText, injected.Mended) >= Occurrences(page.Gold, injected.Mended))
                    {
                        mended++;
                    }
                    else if (missed.Count < 60)
                    {
                        missed.Add($"{injected.Before}|{injected.After}");
                    }
                }

                var lines = fixedText.Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
                headingsJoined.AddRange(page.Headings.Where(h => !lines.Contains(h.Text)));
                paragraphsJoined += JoinedCleanBlocks(page.Gold, fixedText);
            }
        }

        double rate = (double)mended / breaks;
        output.WriteLine($"{breaks} breaks injected, {mended} mended ({rate:P2}); {headingsJoined.Count} headings joined; {paragraphsJoined} clean blocks joined to the next");
        output.WriteLine("headings joined: " + string.Join("  ", headingsJoined.Take(30).Select(h => $"{h.Kind}: {h.Text}")));
        output.WriteLine("missed: " + string.Join("  ", missed));
        Assert.True(breaks > 600, "the synthetic pages should carry hundreds of breaks");
        Assert.True(rate >= MeasureFloors.BreaksMended, $"{rate:P2} of the injected breaks were mended, floor {MeasureFloors.BreaksMended:P2}; missed: {string.Join("  ", missed)}");
        Assert.True(headingsJoined.Count <= MeasureFloors.HeadingsJoined, $"{headingsJoined.Count} headings joined, floor {MeasureFloors.HeadingsJoined}");
        Assert.True(paragraphsJoined <= MeasureFloors.CleanBlocksJoined, $"{paragraphsJoined} clean blocks joined, floor {MeasureFloors.CleanBlocksJoined}");
    }

    private static string Around(string text, int at) => text[Math.Max(0, at - 12)..Math.Min(text.Length, at + 12)].Replace("\n", "⏎");

    /// <summary>How many neighbouring blocks of the clean page run together in the output.</summary>
    private static int JoinedCleanBlocks(string clean, string output)
    {
        var blocks = Document.FromText(clean).Blocks;
        int joined = 0;
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            string tail = clean.Substring(Math.Max(blocks[i].Span.Start, blocks[i].Span.End - 4), Math.Min(4, blocks[i].Span.Length));
            string head = clean.Substring(blocks[i + 1].Span.Start, Math.Min(4, blocks[i + 1].Span.Length));
            if (Occurrences(output, tail + head) > Occurrences(clean, tail + head))
            {
                joined++;
            }
        }

        return joined;
    }

    private static int Occurrences(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
