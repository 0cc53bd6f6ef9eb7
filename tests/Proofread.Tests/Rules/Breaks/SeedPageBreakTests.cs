using Proofread.Engine;
using Proofread.Rules.Breaks;
using Proofread.Rules.Punctuation;
using Proofread.Text;

namespace Proofread.Tests.Rules.Breaks;

/// <summary>
/// The break rules on the five seed pages, one file at a time (no run statistics to recognise
/// furniture by): the column breaks are mended, the headlines, kickers, sub-heads and bylines stay
/// on lines of their own, and the hard-wrap rule finds nothing (the pages are not hard-wrapped).
/// </summary>
public class SeedPageBreakTests
{
    private static readonly RuleEngine BreaksAndPunctuation = new([new ColumnBreakRule(), new HardWrappedLineRule(), new HalfWidthPunctuationRule()]);

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Hard_wrap_rule_finds_nothing_on_a_seed_page(string seed)
    {
        var document = new Document(SourceText.Load(Path.Combine(TestPaths.Seeds, seed)));
        Assert.Empty(new RuleEngine([new HardWrappedLineRule()]).Analyze(document));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Joins_delete_only_white_space(string seed)
    {
        var source = SourceText.Load(Path.Combine(TestPaths.Seeds, seed));
        var result = new Fixer(new RuleEngine([new ColumnBreakRule(), new HardWrappedLineRule()])).Fix(source, minimum: Findings.Applicability.Review);
        Assert.Equal(WithoutWhiteSpace(source.Text), WithoutWhiteSpace(result.Fixed.Text));
        Assert.True(result.Applied.Count > 0);
    }

    [Theory]
    [InlineData("001_788e42c87815a943.txt", "朱健强调，要切实强化责任、使命“两个驱动”，唱响“我的衡阳、我的奋斗”的前进号角，从“我要做”向“我要做”转变，坚持一张蓝图绘到底、一棒接着一棒干，全面推动城市治理体系和治理能力现代化。")]
    [InlineData("000_c149e859df62b34b.txt", "“现在农村和城里的差距越来越小了")]
    [InlineData("003_60f7c720d28d95ab.txt", "秦国文指出，各位代表是各领域、各行业的先进分子")]
    [InlineData("004_e013056689ef1cc3.txt", "树立“一盔一带”，“安全常在”的意识")]
    public void Stranded_pieces_end_up_on_one_line(string seed, string expected)
    {
        var lines = FixedLines(seed);
        Assert.Contains(lines, l => l.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("002_0d7d69333001dc5b.txt", "巩固拓展脱贫攻坚成果，消除风险4086户10320人，确保退出一户稳定一户")]
    [InlineData("002_0d7d69333001dc5b.txt", "我市多措并举巩固拓展脱贫攻坚成果")]
    [InlineData("002_0d7d69333001dc5b.txt", "就中冰建交50周年")]
    [InlineData("002_0d7d69333001dc5b.txt", "官方网站：衡阳全搜索网")]
    [InlineData("002_0d7d69333001dc5b.txt", "■通讯员 王勤 摄")]
    [InlineData("001_788e42c87815a943.txt", "创建全国文明城市")]
    [InlineData("001_788e42c87815a943.txt", "蒸湘区中平村：")]
    [InlineData("001_788e42c87815a943.txt", "一以贯之坚持全面从严治党")]
    [InlineData("001_788e42c87815a943.txt", "精准发力绘就乡村振兴美好图景")]
    [InlineData("000_c149e859df62b34b.txt", "秦国文深入衡南县白水村与乡亲聊家常、话发展")]
    [InlineData("000_c149e859df62b34b.txt", "第二届湖南省中小学青年教师教学竞赛在衡落幕")]
    [InlineData("000_c149e859df62b34b.txt", "——全面贯彻市第十二次党代会精神")]
    [InlineData("003_60f7c720d28d95ab.txt", "秦国文参加常宁市、祁东县代表团讨论时强调")]
    [InlineData("003_60f7c720d28d95ab.txt", "秦国文率十一届市委常委亲切看望出席市第十二次党代会的党代表，希望与会代表——")]
    [InlineData("004_e013056689ef1cc3.txt", "秦国文在我市创建全国文明城市工作推进会上强调——")]
    [InlineData("004_e013056689ef1cc3.txt", "确保新一轮全国文明城市创建工作取得“开门红”")]
    [InlineData("004_e013056689ef1cc3.txt", "免费发放安全头盔 1500 个")]
    [InlineData("004_e013056689ef1cc3.txt", "会议还传达学习了上级有关文件精神；听取了有关工作汇报 秦国文主持")]
    public void Headlines_and_bylines_stay_on_their_own_line(string seed, string line)
    {
        Assert.Contains(line, FixedLines(seed));
    }

    private static IReadOnlyList<string> FixedLines(string seed)
    {
        var source = SourceText.Load(Path.Combine(TestPaths.Seeds, seed));
        string text = new Fixer(BreaksAndPunctuation).Fix(source).Fixed.Text;
        return text.Split('\n').Select(l => l.Trim()).ToArray();
    }

    private static string WithoutWhiteSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
