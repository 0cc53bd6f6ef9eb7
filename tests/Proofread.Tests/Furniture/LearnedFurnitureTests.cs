using Proofread.Cli;
using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Packs;
using Proofread.Rules;
using Proofread.Rules.Furniture;
using Proofread.Text;

namespace Proofread.Tests.Furniture;

public class LearnedFurnitureTests
{
    [Fact]
    public void Fix_removes_the_masthead_of_an_unknown_paper_through_the_learned_mechanism()
    {
        string input = TestPaths.NewTempFolder(), output = TestPaths.NewTempFolder();
        var pages = SyntheticPaper.Pages(8);
        for (int i = 0; i < pages.Count; i++)
        {
            File.WriteAllText(Path.Combine(input, $"page{i}.txt"), pages[i]);
        }

        var (code, _, error) = Run("fix", input, "--out", output);
        Assert.True(code == CliApp.ExitOk, error);
        Assert.Contains("learned-furniture", error);
        for (int i = 0; i < pages.Count; i++)
        {
            var lines = File.ReadAllLines(Path.Combine(output, $"page{i}.txt")).Select(l => l.Trim()).ToList();
            Assert.DoesNotContain(SyntheticPaper.Title, lines);
            Assert.DoesNotContain(SyntheticPaper.EnglishTitle, lines);
            Assert.DoesNotContain(SyntheticPaper.Publisher, lines);
            Assert.DoesNotContain(SyntheticPaper.MisreadPublisher, lines);
            Assert.DoesNotContain(SyntheticPaper.IssueLine(i), lines);
            Assert.DoesNotContain(lines, l => l.StartsWith("订阅电话", StringComparison.Ordinal));
            // Content stays: the page's own headline, the byline that recurs on every page, the
            // headline that recurs on some pages inside the story text, and the prose.
            Assert.Contains(SyntheticPaper.Headline(i), lines);
            Assert.Contains(SyntheticPaper.Byline, lines);
            Assert.Equal(i % 3 == 0, lines.Contains(SyntheticPaper.RecurringHeadline));
            Assert.Equal(pages[i].Split('\n').Count(l => l.Length > 48), lines.Count(l => l.Length > 48));
        }
    }

    [Fact]
    public void The_learned_rule_alone_does_it_and_the_mastheads_go_without_blank_lines_piling_up()
    {
        var pages = SyntheticPaper.Pages(6);
        var run = Statistics(pages);
        var fixer = new Fixer(new RuleEngine([new LearnedFurnitureRule()]));
        var result = fixer.Fix(new SourceText("page0.txt", pages[0]), run);
        Assert.StartsWith(SyntheticPaper.Headline(0) + "\n\n", result.Fixed.Text);
        var applied = Assert.Single(result.Applied);
        Assert.Contains(SyntheticPaper.EnglishTitle, applied.Finding.Message);
        Assert.Equal(Applicability.Safe, applied.Finding.Applicability);
    }

    [Fact]
    public void OCR_variants_count_as_one_line()
    {
        var run = Statistics(SyntheticPaper.Pages(6));
        Assert.Equal(6, run.DocumentsWithSimilarLine(SyntheticPaper.IssueLine(99)));
        Assert.Equal(6, run.DocumentsWithSimilarLine("订阅电话：0838-1234567"));
        Assert.Equal(6, run.DocumentsWithSimilarLine(SyntheticPaper.MisreadPublisher));
        Assert.Equal(2, RunStatistics.OfPages("官方网站:衡阳全搜索网\f官方网站：衡阳全搜索网").DocumentCount);
        Assert.Equal(2, RunStatistics.OfPages("官方网站:衡阳全搜索网\f官方网站：衡阳全搜索网").DocumentsWithSimilarLine("官方网站：衡阳全搜索网"));
        Assert.Equal(2, RunStatistics.OfPages("第17980号\f第18021号").DocumentsWithSimilarLine("第17980号"));
        Assert.Equal(0, run.DocumentsWithSimilarLine("完全不同的一行字"));
    }

    [Fact]
    public void A_masthead_on_few_pages_of_a_large_run_is_for_review_only()
    {
        // Front pages are one page in eight: the evidence is too thin for an unattended removal.
        var pages = SyntheticPaper.Pages(3).Concat(Enumerable.Range(0, 7).Select(i => "普通版面" + i + "\n\n" + new string('文', 60) + i + "。\n")).ToList();
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
        var sentences = File.ReadAllLines(TestPaths.CleanCorpus);
        var pages = sentences.Chunk(50).Select(chunk => string.Join("\n", chunk) + "\n").ToList();
        var run = Statistics(pages);
        IRule[] furniture = [new LearnedFurnitureRule(), .. ShippedPacks.Packs.SelectMany(p => p.Rules)];
        var engine = new RuleEngine(furniture);
        var found = pages.SelectMany(p => engine.Analyze(Document.FromText(p), run)).ToList();
        Assert.True(found.Count == 0, "furniture findings in clean text: " + string.Join("; ", found.Take(5).Select(f => f.RuleId + ": " + f.Message)));
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
