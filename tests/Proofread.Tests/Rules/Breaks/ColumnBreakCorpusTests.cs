using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Rules;
using Proofread.Rules.Breaks;
using Proofread.Tests.Synthetic;
using Proofread.Text;
using Xunit.Abstractions;

namespace Proofread.Tests.Rules.Breaks;

/// <summary>The measures of the column-break rule on clean and synthetically broken pages.</summary>
public class ColumnBreakCorpusTests(ITestOutputHelper output)
{
    private static readonly RuleEngine Engine = new([new ColumnBreakRule()]);

    [Fact]
    public void Proposes_no_join_at_all_on_clean_pages()
    {
        var joins = new List<string>();
        foreach (var page in CleanCorpus.Pages(seed: 1, count: 120))
        {
            var doc = Document.FromText(page.Text);
            joins.AddRange(Engine.Analyze(doc).Select(f => FindingText(doc, f)));
        }

        Assert.True(joins.Count == 0, string.Join("\n", joins.Take(10)));
    }

    [Fact]
    public void Mends_at_least_95_percent_of_injected_breaks_and_never_joins_a_headline()
    {
        var random = new Random(7);
        int injected = 0, mended = 0;
        var fixer = new Fixer(Engine);
        var misses = new List<string>();
        foreach (var page in CleanCorpus.Pages(seed: 2, count: 80))
        {
            var (broken, breaks) = InjectBreaks(page, random);
            string fixedText = fixer.Fix(new SourceText("page", broken)).Fixed.Text;
            foreach (var (before, after) in breaks)
            {
                injected++;
                if (fixedText.Contains(before + after, StringComparison.Ordinal))
                {
                    mended++;
                }
                else
                {
                    misses.Add($"{before}|{after}");
                    int at = broken.IndexOf(before + "\n\n" + after, StringComparison.Ordinal);
                    if (misses.Count <= 12 && at >= 0)
                    {
                        output.WriteLine("MISS " + broken[Math.Max(0, at - 60)..Math.Min(broken.Length, at + 40)].Replace("\n", "⏎"));
                    }
                }
            }

            var lines = fixedText.Split('\n');
            foreach (var story in page.Stories)
            {
                Assert.Contains(story.Headline, lines);
                Assert.Contains(story.Byline, lines);
            }
        }

        double rate = (double)mended / injected;
        output.WriteLine($"mended {mended} of {injected} injected breaks ({rate:P1})");
        Assert.True(rate >= 0.95, $"mended {mended}/{injected} = {rate:P1}; misses: {string.Join("  ", misses.Take(15))}");
    }

    [Fact]
    public void Halves_are_joined_once_furniture_between_them_is_removed_in_the_same_run()
    {
        const string page = "会议强调，要切实强化责任、落\n\n（下转第六版）\n\n实到位。要健全保障措施。\n";
        var engine = new RuleEngine([new ColumnBreakRule(), new DeleteJumpLine()]);
        var result = new Fixer(engine).Fix(new SourceText("page", page));
        Assert.Equal("会议强调，要切实强化责任、落实到位。要健全保障措施。\n", result.Fixed.Text);
        Assert.Contains(result.Applied, a => a.Finding.RuleId == "column-break" && a.Pass == 2);
    }

    /// <summary>Cuts each paragraph once or twice at random positions, as a column end would.</summary>
    internal static (string Text, List<(string Before, string After)> Breaks) InjectBreaks(CleanCorpus.Page page, Random random)
    {
        var breaks = new List<(string, string)>();
        var stories = new List<string>();
        foreach (var story in page.Stories)
        {
            var paragraphs = new List<string>();
            foreach (string paragraph in story.Paragraphs)
            {
                if (paragraph.Length < 20 || random.NextDouble() < 0.3)
                {
                    paragraphs.Add(paragraph);
                    continue;
                }

                int at = random.Next(4, paragraph.Length - 2);
                string before = paragraph[..at], after = paragraph[at..];
                breaks.Add((before[^Math.Min(6, before.Length)..], after[..Math.Min(6, after.Length)]));
                paragraphs.Add(before + "\n\n" + after);
            }

            stories.Add(string.Join("\n\n", new[] { story.Headline, story.Byline }.Concat(paragraphs)));
        }

        return (string.Join("\n\n", stories) + "\n", breaks);
    }

    private static string FindingText(Document doc, Finding f)
    {
        var e = f.Extent;
        return doc.Text[Math.Max(0, e.Start - 15)..Math.Min(doc.Text.Length, e.End + 15)].Replace("\n", "⏎");
    }

    /// <summary>Stands in for the furniture rules: removes a jump line and the blank lines after it.</summary>
    private sealed class DeleteJumpLine : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("test-jump-line", "test", Applicability.Safe, "Fix safety: test");

        public IReadOnlyList<RuleExample> Examples => [];

        public IEnumerable<Finding> Analyze(RuleContext context)
        {
            string t = context.Document.Text;
            int i = t.IndexOf("（下转第六版）\n\n", StringComparison.Ordinal);
            if (i >= 0)
            {
                var span = new TextSpan(i, i + "（下转第六版）\n\n".Length);
                yield return Finding.WithEdit("test-jump-line", span, "jump line", 1, Applicability.Safe, TextEdit.Delete(span));
            }
        }
    }
}
