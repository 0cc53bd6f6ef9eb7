using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Rules.Punctuation;

/// <summary>
/// The <c>unbalanced-quotation</c> rule. Its documentation (what it does, why, an example, fix safety) has one
/// source, <see cref="Descriptor"/>: <c>proofread rules --explain unbalanced-quotation</c> prints it and
/// docs/rules/unbalanced-quotation.md is generated from it.
/// </summary>
public sealed class UnbalancedQuotationRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "unbalanced-quotation",
        "A closing quotation mark without an opening one in its paragraph is reported",
        Applicability.None,
        """
        What it does
          Reports a closing ” with no opening “ before it in its paragraph.
        Why
          The opening “ was lost in the scan, or the paragraph lost its beginning.
        Example
          立足历史文化资源禀赋，打造历史文化名街。”“高标准建设人行天桥。”  (the first ” is reported)
        Fix safety
          None: where the quotation began cannot be guessed; a person decides. A quotation still open
          at the end of its paragraph is not reported: Chinese quotations that run over several
          paragraphs, and paragraphs cut by a column break, leave one open.
        """);

    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        RuleExample.Flag("立足历史文化资源禀赋，统筹做好街区规划，打造历史文化名街。”“高标准建设人行天桥和地下通道。”"),
        RuleExample.Keep("“我的衡阳是每个人的衡阳，我的奋斗是每个衡阳人的责任。”秦国文指出。"),
        RuleExample.Keep("“乡村振兴就是要让百姓更有幸福感。\n\n“我相信，省第十二次党代会将带领广大农民群众迈向更加美好的未来。”"),
        RuleExample.Keep("强力推进“港洽\n\n周”等招商签约项目落地"),
    ];

    public IEnumerable<Finding> Analyze(RuleContext context)
    {
        var document = context.Document;
        var blocks = document.Blocks;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            int depth = 0;
            for (int i = block.Span.Start; i < block.Span.End; i++)
            {
                char c = document.Text[i];
                if (c == '“')
                {
                    depth++;
                }
                else if (c == '”')
                {
                    if (depth > 0)
                    {
                        depth--;
                    }
                    else if (!PreviousBlockRunsOn(document, b))
                    {
                        yield return Finding.ReportOnly(
                            Descriptor.Id,
                            new TextSpan(i, i + 1),
                            "closing quotation mark with no opening one in its paragraph: the opening mark or the start of the paragraph is missing",
                            0.8);
                    }
                }
            }
        }
    }

    /// <summary>A quotation opened in the previous block may close here when that block was cut mid-sentence.</summary>
    private static bool PreviousBlockRunsOn(Document document, int b)
    {
        if (b == 0)
        {
            return false;
        }

        var previous = document[document.Blocks[b - 1].Span].TrimEnd();
        return previous.Length > 0 && previous.LastIndexOf('“') > previous.LastIndexOf('”');
    }
}
