using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Packs;
using Proofread.Rules;
using Proofread.Synth;
using Proofread.Tests.Measures;
using Proofread.Text;

namespace Proofread.Tests.Engine;

/// <summary>
/// A fixer's later passes look only where the text changed (<see cref="RuleContext.Focus"/>). That
/// is a speed-up, never a change of outcome: the incremental fixer must write exactly what a
/// fixer that analyses every pass in full writes.
/// </summary>
public class IncrementalFixTests
{
    private static readonly RuleEngine Everything = new([.. BuiltInRules.Rules, .. ShippedPacks.Packs.SelectMany(p => p.Rules)]);

    [Theory]
    [InlineData(Applicability.Safe)]
    [InlineData(Applicability.Review)]
    public void Incremental_passes_fix_synthetic_pages_exactly_as_full_passes_do(Applicability minimum)
    {
        foreach (int seed in MeasureFloors.Seeds)
        {
            var pages = SyntheticRuns.Pages(seed, DamageKinds.All, 50_000);
            AssertSameFixes(pages.Select(p => new SourceText(p.Name, p.Damaged)), SyntheticRuns.Statistics(pages), minimum);
        }
    }

    [Fact]
    public void Incremental_passes_fix_the_seed_pages_exactly_as_full_passes_do()
    {
        var seeds = Directory.GetFiles(TestPaths.Seeds).Order(StringComparer.Ordinal).Select(SourceText.Load).ToList();
        var run = Statistics(seeds.Select(s => s.Text));
        AssertSameFixes(seeds, run, Applicability.Safe);
        AssertSameFixes(seeds, run, Applicability.Review);
    }

    [Fact]
    public void A_later_pass_still_finds_what_an_earlier_fix_made_possible()
    {
        // Pass 1 removes the jump line; only then are the two halves of the sentence neighbours.
        string text = "衡阳市第十\n\n（下转第六版）\n\n二次党代会开幕。\n";
        var result = new Fixer(Everything).Fix(new SourceText("<page>", text));
        Assert.Equal("衡阳市第十二次党代会开幕。\n", result.Fixed.Text);
        Assert.True(result.Passes >= 2);
    }

    [Fact]
    public void Focus_covers_the_changed_blocks_and_their_neighbours_only()
    {
        var document = Document.FromText("甲\n\n乙\n\n丙\n\n丁\n\n戊\n");
        int c = document.Text.IndexOf('丙');
        var focus = TextRegions.AroundBlocks(document, [new TextSpan(c, c + 1)]);
        var span = Assert.Single(focus.Spans);
        Assert.Equal(document.Text.IndexOf('乙'), span.Start);
        Assert.Equal(document.Text.IndexOf('丁') + 1, span.End);

        var context = new RuleContext(document, RunStatistics.Empty, focus);
        Assert.Equal([2, 3, 4, 5, 6], context.LinesInFocus());
        Assert.False(context.InFocus(new TextSpan(0, 1)));
        Assert.True(context.InFocus(new TextSpan(document.Text.IndexOf('丁'), document.Text.IndexOf('丁') + 1)));
        Assert.False(context.InFocus(new TextSpan(document.Text.IndexOf('戊'), document.Text.IndexOf('戊') + 1)));
    }

    [Fact]
    public void Regions_merge_overlapping_and_touching_spans()
    {
        var regions = TextRegions.Of([new TextSpan(10, 12), new TextSpan(0, 3), new TextSpan(3, 5), new TextSpan(11, 20)]);
        Assert.Equal([new TextSpan(0, 5), new TextSpan(10, 20)], regions.Spans);
        Assert.True(regions.Touches(new TextSpan(5, 5)));
        Assert.False(regions.Touches(new TextSpan(6, 9)));
        Assert.True(regions.Touches(new TextSpan(8, 10)));
        Assert.False(TextRegions.Of([]).Touches(new TextSpan(0, 0)));
    }

    [Fact]
    public void Report_only_rules_never_propose_an_edit()
    {
        // The fixer skips rules whose applicability is none; that is right only if they never edit.
        foreach (var rule in BuiltInRules.Rules.Where(r => r.Descriptor.DefaultApplicability == Applicability.None))
        {
            var engine = new RuleEngine([rule]);
            foreach (var example in rule.Examples)
            {
                Assert.DoesNotContain(engine.Analyze(Document.FromText(example.Text)), f => f.HasEdits);
            }
        }
    }

    private static void AssertSameFixes(IEnumerable<SourceText> sources, RunStatistics run, Applicability minimum)
    {
        var incremental = new Fixer(Everything);
        var full = new Fixer(Everything, incremental: false);
        int changed = 0;
        foreach (var source in sources)
        {
            var a = incremental.Fix(source, run, minimum);
            var b = full.Fix(source, run, minimum);
            Assert.True(b.Fixed.Text == a.Fixed.Text, $"{source.Path}: the incremental fixer wrote something else");
            Assert.Equal(b.Applied.Select(f => (f.Pass, f.Finding.RuleId, f.Before, f.After)), a.Applied.Select(f => (f.Pass, f.Finding.RuleId, f.Before, f.After)));
            changed += a.Changed ? 1 : 0;
        }

        Assert.True(changed > 0, "no page changed: the comparison proved nothing");
    }

    private static RunStatistics Statistics(IEnumerable<string> pages) => RunStatistics.Of(pages.Select(page => Document.FromText(page)));
}
