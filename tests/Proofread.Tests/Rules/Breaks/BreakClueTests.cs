using Proofread.Findings;
using Proofread.Lexicon;
using Proofread.Rules.Breaks;
using Proofread.Text;

namespace Proofread.Tests.Rules.Breaks;

/// <summary>The evidence parts of column-break, one break at a time: which typed clues each finds, and what the verdict makes of them.</summary>
public class BreakClueTests
{
    private static (BreakSite Site, PieceShapes Shapes, List<BreakClue> Clues) At(string text)
    {
        var document = Document.FromText(text);
        var site = BreakSite.Between(document, document.Blocks[0], document.Blocks[1])!;
        var shapes = site.Shapes(firstOpensStory: false);
        return (site, shapes, new BreakClues(site, shapes, ChineseLexicon.Shared).Gather());
    }

    [Theory]
    [InlineData("陈友良等村民代表，聚焦贯彻落实市第十\n\n二次党代会精神，围绕乡村振兴。", BreakClueKind.NumberCut)]
    [InlineData("当前，衡阳正全面贯彻习近平总书记考\n\n察湖南重要讲话精神。", BreakClueKind.WordCut)]
    [InlineData("两名渔鼓演员用传统渔鼓唱词拉开了此次屋场恳谈会\n\n的序幕。随后，村民们踊跃发言。", BreakClueKind.ParticleOpening)]
    [InlineData("主动作为、攻坚克难、奋力赶超，\n\n全力以赴扩大有效投资。", BreakClueKind.CommaAtEnd)]
    public void A_break_inside_a_sentence_gives_a_strong_clue_and_a_safe_join(string text, BreakClueKind kind)
    {
        var (site, shapes, clues) = At(text);
        Assert.Contains(clues, c => c.Kind == kind && c.IsStrong);
        var verdict = BreakVerdict.Weigh(site, shapes, clues);
        Assert.NotNull(verdict);
        Assert.Equal(Applicability.Safe, verdict.Applicability);
    }

    [Fact]
    public void An_open_quotation_alone_is_weak_and_goes_to_review()
    {
        var (site, shapes, clues) = At("他说“发展经济\n\n全市上下“撸起袖子加油干”。");
        Assert.Contains(clues, c => c.Kind == BreakClueKind.Quotation && !c.IsStrong);
        Assert.DoesNotContain(clues, c => c.IsStrong);
        Assert.Equal(Applicability.Review, BreakVerdict.Weigh(site, shapes, clues)?.Applicability);
    }

    [Fact]
    public void A_strong_clue_is_named_before_a_weak_one_whatever_the_order_found()
    {
        var verdict = new BreakVerdict(Applicability.Safe, 0.93,
        [
            BreakClue.Weak(BreakClueKind.NoSentenceEnd, "weak one"),
            BreakClue.Strong(BreakClueKind.WordCut, "strong one"),
        ]);
        Assert.Equal("strong one; weak one", verdict.Evidence);
    }

    [Theory]
    [InlineData("全年增长3.\n\n5个百分点，超过预期。", "the break cuts a number")]
    [InlineData("时间为2020—\n\n2021年，共两年。", "the break cuts a range of numbers")]
    [InlineData("气温最高36\n\n℃，注意防暑。", "the break cuts a number")]
    public void Digits_cut_by_the_break_are_decisive(string text, string reason)
    {
        var document = Document.FromText(text);
        var site = BreakSite.Between(document, document.Blocks[0], document.Blocks[1])!;
        Assert.Equal(reason, NumberCut.Decisive(site));
    }

    [Fact]
    public void A_decimal_point_opening_the_next_piece_is_a_strong_clue_not_a_decisive_one()
    {
        var (site, _, clues) = At("全年增长3\n\n．5个百分点，超过预期。");
        Assert.Null(NumberCut.Decisive(site));
        Assert.Contains(clues, c => c.Kind == BreakClueKind.NumberCut && c.IsStrong && c.Description == "the break cuts a decimal number");
    }
}
