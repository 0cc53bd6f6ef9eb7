using System.Text;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Rules.Breaks;
using Proofread.Text;

namespace Proofread.Tests.Rules.Breaks;

public class HardWrappedLineRuleTests
{
    private static readonly RuleEngine Engine = new([new HardWrappedLineRule()]);

    [Fact]
    public void Corpus_paragraphs_wrapped_like_a_printed_column_come_back_whole()
    {
        var sentences = File.ReadAllLines(TestPaths.HeldOutCorpus).Where(l => l.Trim().Length > 0).ToArray();
        var paragraphs = new List<string>();
        for (int i = 0; i + 3 <= 120; i += 3)
        {
            paragraphs.Add(sentences[i] + sentences[i + 1] + sentences[i + 2]);
        }

        string clean = string.Join("\n\n", paragraphs) + "\n";
        string wrapped = string.Join("\n\n", paragraphs.Select(p => Wrap(p, 44))) + "\n";
        Assert.NotEqual(clean, wrapped);

        var result = new Fixer(Engine).Fix(new SourceText("<wrapped>", wrapped), minimum: Applicability.Review);
        Assert.Equal(clean, result.Fixed.Text);

        // Unattended, every join but those at a full line that also ends a sentence is made.
        var safe = new Fixer(Engine).Fix(new SourceText("<wrapped>", wrapped));
        Assert.All(safe.Applied, a => Assert.Equal(Applicability.Safe, a.Finding.Applicability));
        Assert.True(safe.Applied.Count > 100);
    }

    [Fact]
    public void Paragraphs_without_blank_lines_between_them_end_at_their_short_last_line()
    {
        string wrapped =
            "会议强调，即将召开的市两会是在全市上下深入学\n习贯彻党的十九届六中全会精神的重要时刻召开的\n一次重要会议。\n" +
            "要加强统筹协调，扎实做好疫情防控、会务、安全\n等各项工作，全力为会议提供高效、优质服务，确\n保市两会圆满成功。\n";
        string expected =
            "会议强调，即将召开的市两会是在全市上下深入学习贯彻党的十九届六中全会精神的重要时刻召开的一次重要会议。\n" +
            "要加强统筹协调，扎实做好疫情防控、会务、安全等各项工作，全力为会议提供高效、优质服务，确保市两会圆满成功。\n";
        Assert.Equal(expected, new Fixer(Engine).Fix(new SourceText("<wrapped>", wrapped)).Fixed.Text);
    }

    [Fact]
    public void Indented_lines_open_new_paragraphs()
    {
        string wrapped =
            "　　会议强调，即将召开的市两会是在全市上下深入\n学习贯彻党的十九届六中全会精神的重要时刻召开\n的一次重要会议，全市上下要高度重视并认真落实\n" +
            "　　要加强统筹协调，扎实做好疫情防控、会务、安\n全等各项工作，全力为会议提供高效、优质服务确\n保市两会圆满成功，以优异成绩迎接新的一年到来\n";
        var findings = Engine.Analyze(Document.FromText(wrapped));
        Assert.Equal(4, findings.Count);
        Assert.DoesNotContain(findings, f => wrapped[f.Span.End] == '　');
    }

    [Theory]
    [InlineData("exam-", "ple", "example")]
    [InlineData("well-", "known", "well-known")]
    [InlineData("self-", "evident", "self-evident")]
    [InlineData("CN 4-", "0004", "CN 4-0004")]
    public void Hyphens_at_the_line_end(string end, string start, string joined)
    {
        string text =
            "The committee met on Monday to discuss the plans\n" +
            "for the new bridge across the river and the costs\n" +
            "of the work, which the council will publish soon,\n" +
            "and one member said the new design was a good " + end + "\n" +
            start + " of the kind of work the city should do more of.\n";
        string result = new Fixer(Engine).Fix(new SourceText("<latin>", text)).Fixed.Text;
        Assert.Contains(joined + " of the kind", result);
        Assert.DoesNotContain("\n", result.TrimEnd('\n'));
    }

    [Fact]
    public void A_headline_over_a_subhead_and_short_lines_are_not_a_hard_wrapped_page()
    {
        string page = "**推进“三强一化” 建设现代化新衡阳**  \n——全面贯彻市第十二次党代会精神\n\n百年路 启航新征程\n巩固拓展脱贫攻坚成果\n\n" +
            "中共衡阳市委员会主管\n中共衡阳市委员会主办\n\n近日，衡阳县举行文艺演出。\n■通讯员 王勤 摄\n";
        Assert.Empty(Engine.Analyze(Document.FromText(page)));
    }

    /// <summary>Breaks a paragraph into lines of at most <paramref name="columns"/> display columns (Chinese characters take two).</summary>
    private static string Wrap(string paragraph, int columns)
    {
        var sb = new StringBuilder();
        int width = 0;
        foreach (char c in paragraph)
        {
            int w = CharClass.IsCjk(c) ? 2 : 1;
            if (width + w > columns)
            {
                sb.Append('\n');
                width = 0;
            }

            sb.Append(c);
            width += w;
        }

        return sb.ToString();
    }
}
