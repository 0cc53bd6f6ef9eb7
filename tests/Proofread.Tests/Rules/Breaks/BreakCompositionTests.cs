using Proofread.Engine;
using Proofread.Findings;
using Proofread.Rules;
using Proofread.Rules.Breaks;
using Proofread.Text;

namespace Proofread.Tests.Rules.Breaks;

/// <summary>
/// Page furniture between the two halves of a broken paragraph: once another rule removes it,
/// the halves are joined in the same fix run (the Fixer's later passes see the new text).
/// </summary>
public class BreakCompositionTests
{
    private const string Page =
        "朱健强调，要坚持“稳进高新”工作方针。\n\n" +
        "坚持一张蓝图绘到底、一棒接着一棒干，全面推动城市治理体系和治\n\n" +
        "（下转第六版）\n\n" +
        "理能力现代化。\n\n" +
        "朱健强调，要切实强化责任、使命\n\n" +
        "创建全国文明城市\n\n" +
        "“两个驱动”，唱响“我的衡阳、我的奋斗”的前进号角。\n";

    private const string Mended =
        "朱健强调，要坚持“稳进高新”工作方针。\n\n" +
        "坚持一张蓝图绘到底、一棒接着一棒干，全面推动城市治理体系和治理能力现代化。\n\n" +
        "朱健强调，要切实强化责任、使命“两个驱动”，唱响“我的衡阳、我的奋斗”的前进号角。\n";

    [Fact]
    public void Halves_are_joined_once_the_furniture_between_them_is_removed()
    {
        var engine = new RuleEngine([new ColumnBreakRule(), new FurnitureRemoval("（下转第六版）", "创建全国文明城市")]);
        var result = new Fixer(engine).Fix(new SourceText("<page>", Page));

        Assert.Equal(Mended, result.Fixed.Text);
        Assert.True(result.Converged);
        // The joins wait for the furniture: they are made in a later pass than its removal.
        int furniturePass = result.Applied.Where(a => a.Finding.RuleId == FurnitureRemoval.Id).Max(a => a.Pass);
        Assert.All(result.Applied.Where(a => a.Finding.RuleId == "column-break"), a => Assert.True(a.Pass > furniturePass));
    }

    [Fact]
    public void Nothing_is_joined_across_furniture_that_stays()
    {
        var engine = new RuleEngine([new ColumnBreakRule()]);
        var result = new Fixer(engine).Fix(new SourceText("<page>", Page));

        Assert.Equal(Page, result.Fixed.Text);
    }

    /// <summary>A stand-in for the furniture rules: deletes the named blocks and the blank lines after them.</summary>
    private sealed class FurnitureRemoval(params string[] lines) : IRule
    {
        public const string Id = "test-furniture";

        public RuleDescriptor Descriptor { get; } = new(Id, "removes named furniture blocks (test only)", Applicability.Safe, "Fix safety: test only");

        public IReadOnlyList<RuleExample> Examples { get; } = [];

        public IEnumerable<Finding> Analyze(RuleContext context)
        {
            var document = context.Document;
            var blocks = document.Blocks;
            for (int i = 0; i < blocks.Count; i++)
            {
                if (lines.Contains(document.BlockText(blocks[i]).Trim()))
                {
                    int end = i + 1 < blocks.Count ? blocks[i + 1].Span.Start : document.Text.Length;
                    var span = new TextSpan(blocks[i].Span.Start, end);
                    yield return Finding.WithEdit(Id, span, "furniture", 1, Applicability.Safe, TextEdit.Delete(span));
                }
            }
        }
    }
}
