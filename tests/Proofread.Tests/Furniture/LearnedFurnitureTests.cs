using Proofread.Cli;
using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Packs;
using Proofread.Rules;
using Proofread.Rules.Furniture;
using Proofread.Synth;
using Proofread.Tests.Measures;
using Proofread.Text;

namespace Proofread.Tests.Furniture;

public class LearnedFurnitureTests
{
    /// <summary>Seed 1 makes pages of 青川晚报, whose masthead has an OCR-misread publisher line on one page and a colon of either width.</summary>
    private const int EveningNewsSeed = 1;

    [Fact]
    public void Fix_removes_the_masthead_of_an_unknown_paper_and_keeps_every_line_of_the_stories()
    {
        foreach (int seed in MeasureFloors.Seeds)
        {
            string input = TestPaths.NewTempFolder(), output = TestPaths.NewTempFolder();
            var pages = SyntheticRuns.Pages(seed, DamageKinds.Furniture, 90_000);
            foreach (var page in pages)
            {
                File.WriteAllText(Path.Combine(input, page.Name), page.Damaged);
            }

            var (code, _, error) = Run("fix", input, "--out", output);
            Assert.True(code == CliApp.ExitOk, error);
            Assert.Contains("learned-furniture", error);
            var paper = pages[0].Paper;
            foreach (var page in pages)
            {
                var lines = File.ReadAllLines(Path.Combine(output, page.Name)).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
                Assert.DoesNotContain(paper.Title, lines);
                Assert.DoesNotContain(paper.EnglishTitle, lines);
                Assert.DoesNotContain(paper.Publisher, lines);
                Assert.DoesNotContain(paper.MisreadPublisher, lines);
                Assert.DoesNotContain(paper.Subscription, lines);
                // Content stays: headlines, the bylines and column titles that recur from page to page, the
                // prose (the break rules may run an unrecognised heading into its paragraph: a break measure).
                string fixedText = File.ReadAllText(Path.Combine(output, page.Name));
                var lost = page.Gold.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !fixedText.Contains(l, StringComparison.Ordinal)).ToList();
                Assert.True(lost.Count == 0, $"{paper.Title} {page.Name}: lost {string.Join(" | ", lost)}");
            }
        }
    }

    [Fact]
    public void The_learned_rule_alone_does_it_and_the_mastheads_go_without_blank_lines_piling_up()
    {
        var pages = SyntheticRuns.Pages(EveningNewsSeed, DamageKinds.Furniture, 70_000);
        var fixer = new Fixer(new RuleEngine([new LearnedFurnitureRule()]));
        var result = fixer.Fix(new SourceText(pages[0].Name, pages[0].Damaged), SyntheticRuns.Statistics(pages));
        Assert.StartsWith(pages[0].Gold[..(pages[0].Gold.IndexOf("\n\n", StringComparison.Ordinal) + 2)], result.Fixed.Text);
        Assert.Contains(result.Applied, a => a.Finding.Message.Contains(pages[0].Paper.EnglishTitle, StringComparison.Ordinal));
        Assert.All(result.Applied, a => Assert.Equal(Applicability.Safe, a.Finding.Applicability));
    }

    [Fact]
    public void OCR_variants_count_as_one_line()
    {
        var pages = SyntheticRuns.Pages(EveningNewsSeed, DamageKinds.Furniture, 70_000);
        var paper = pages[0].Paper;
        var run = SyntheticRuns.Statistics(pages);
        Assert.Equal(pages.Count, run.DocumentsWithSimilarLine(paper.IssueLine(99)));
        Assert.Equal(pages.Count, run.DocumentsWithSimilarLine(paper.Subscription.Replace(':', '：')));
        Assert.Equal(pages.Count, run.DocumentsWithSimilarLine(paper.MisreadPublisher));
        Assert.Equal(2, RunStatistics.OfPages("官方网站:衡阳全搜索网\f官方网站：衡阳全搜索网").DocumentCount);
        Assert.Equal(2, RunStatistics.OfPages("官方网站:衡阳全搜索网\f官方网站：衡阳全搜索网").DocumentsWithSimilarLine("官方网站：衡阳全搜索网"));
        Assert.Equal(2, RunStatistics.OfPages("第17980号\f第18021号").DocumentsWithSimilarLine("第17980号"));
        Assert.Equal(0, run.DocumentsWithSimilarLine("完全不同的一行字"));
    }

    [Fact]
    public void A_masthead_on_few_pages_of_a_large_run_is_for_review_only()
    {
        // Front pages are one page in eight: the evidence is too thin for an unattended removal.
        var front = SyntheticRuns.Pages(EveningNewsSeed, DamageKinds.Furniture, 30_000).Take(3).Select(p => p.Damaged);
        var pages = front.Concat(Enumerable.Range(0, 7).Select(i => "普通版面" + i + "\n\n" + new string('文', 60) + i + "。\n")).ToList();
        var run = Statistics(pages);
        var findings = new RuleEngine([new LearnedFurnitureRule()]).Analyze(Document.FromText(pages[0]), run);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(Applicability.Review, f.Applicability));
    }

    [Fact]
    public void Seed_pages_keep_their_headlines_and_bylines()
    {
        var seeds = Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var run = Statistics(seeds);
        var engine = new RuleEngine([new LearnedFurnitureRule()]);
        foreach (string seed in seeds)
        {
            Assert.DoesNotContain(engine.Analyze(Document.FromText(seed), run), f => f.Applicability == Applicability.Safe);
        }
    }

    [Fact]
    public void Clean_newspaper_text_gets_no_furniture_finding()
    {
        var sentences = File.ReadAllLines(TestPaths.HeldOutCorpus);
        var pages = sentences.Chunk(50).Select(chunk => string.Join("\n", chunk) + "\n").ToList();
        var run = Statistics(pages);
        IRule[] furniture = [new LearnedFurnitureRule(), .. ShippedPacks.Packs.SelectMany(p => p.Rules)];
        var engine = new RuleEngine(furniture);
        var found = pages.SelectMany(p => engine.Analyze(Document.FromText(p), run)).ToList();
        Assert.True(found.Count <= MeasureFloors.FurnitureFindingsOnCleanText, $"{found.Count} furniture findings in clean text, floor {MeasureFloors.FurnitureFindingsOnCleanText}: " + string.Join("; ", found.Take(5).Select(f => f.RuleId + ": " + f.Message)));
    }

    private static RunStatistics Statistics(IEnumerable<string> pages) => RunStatistics.Of(pages.Select(page => Document.FromText(page)));

    internal static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, new CliConsole(output, error, false));
        return (code, output.ToString(), error.ToString());
    }
}
