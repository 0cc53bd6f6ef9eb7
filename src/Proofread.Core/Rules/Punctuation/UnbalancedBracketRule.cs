using Proofread.Findings;
using Proofread.Text;
using Proofread.Vocabulary;

namespace Proofread.Rules.Punctuation;

/// <summary>
/// The <c>unbalanced-bracket</c> rule. Its documentation (what it does, why, an example, fix safety) has one
/// source, <see cref="Descriptor"/>: <c>proofread rules --explain unbalanced-bracket</c> prints it and
/// docs/rules/unbalanced-bracket.md is generated from it.
/// </summary>
public sealed class UnbalancedBracketRule : IRule
{
    // 「」 and 『』 are quotation marks, which may span paragraphs; they are left to quotation rules.
    private const string Openers = "（《【〔〈";
    private const string Closers = "）》】〕〉";

    public RuleDescriptor Descriptor { get; } = new(
        "unbalanced-bracket",
        "A bracket or title mark without its partner in its paragraph is reported",
        Applicability.None,
        """
        What it does
          Reports （ 《 【 〔 〈 left open, and ） 》 】 〕 〉 closing nothing, within a paragraph.
        Why
          OCR drops and misreads these marks; a paragraph cut by the layout may lose one half.
        Example
          均制定出台了《实施方案，并于近日印发  (the 《 is reported)
        Fix safety
          None: where the missing half belongs cannot be guessed; a person decides. A mark whose
          partner stands in the neighbouring paragraph (a paragraph cut by the layout) is not reported,
          nor is a list label such as 1） or 一） at the start of a paragraph. 「」 and 『』 are quotation
          marks, which may span paragraphs, and are left alone.
        """);

    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        RuleExample.Flag("我市市县两级均制定出台了《实施方案，并于近日印发。"),
        RuleExample.Flag("本报讯记者 许珂）12月8日，记者从市乡村振兴局获悉。"),
        RuleExample.Keep("本报讯（记者 许珂）12月8日，记者从市乡村振兴局获悉。"),
        RuleExample.Keep("数易其稿，（下转第六版）"),
        RuleExample.Keep("1）坚持党的领导；\n\n2）坚持以人民为中心。"),
        RuleExample.Keep("一）总体要求"),
        RuleExample.Keep("报告指出：『有中国特色社会主义。\n\n这是我们的道路。』"),
        RuleExample.Keep("均制定出台了《实施\n\n方案》等文件"),
        RuleExample.Keep("习近平在《求是》杂志发表重要文章《坚持人民至上》。"),
    ];

    public IEnumerable<Finding> Analyze(RuleContext context)
    {
        var document = context.Document;
        var blocks = document.Blocks;
        var open = new Stack<int>();
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            for (int k = 0; k < Openers.Length; k++)
            {
                char opener = Openers[k], closer = Closers[k];
                open.Clear();
                for (int i = block.Span.Start; i < block.Span.End; i++)
                {
                    char c = document.Text[i];
                    if (c == opener)
                    {
                        open.Push(i);
                    }
                    else if (c == closer)
                    {
                        if (open.Count > 0)
                        {
                            open.Pop();
                        }
                        else if (!IsListLabel(document.Text, block.Span.Start, i) && !OpensInPrevious(document, b, opener, closer))
                        {
                            yield return Finding.ReportOnly(Descriptor.Id, new TextSpan(i, i + 1), $"'{closer}' closes nothing in its paragraph: its '{opener}' is missing", 0.75);
                        }
                    }
                }

                // Report the outermost unclosed mark only: one missing half explains the rest.
                if (open.Count > 0 && !ClosesInNext(document, b, opener, closer))
                {
                    int at = open.ToArray()[^1];
                    yield return Finding.ReportOnly(Descriptor.Id, new TextSpan(at, at + 1), $"'{opener}' is not closed in its paragraph: its '{closer}' is missing", 0.75);
                }
            }
        }
    }

    /// <summary>A list label at the start of a paragraph: 1）, 一）, a）, ①）.</summary>
    private static bool IsListLabel(string text, int blockStart, int closerAt)
    {
        int start = blockStart;
        while (start < closerAt && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int length = closerAt - start;
        if (length is < 1 or > 3)
        {
            return false;
        }

        for (int i = start; i < closerAt; i++)
        {
            char c = text[i];
            if (!(char.IsAsciiLetterOrDigit(c) || Numbers.IsOneToTen(c) || Numbers.IsCircled(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The previous paragraph ends with this kind of mark open: the layout cut it (《实施⏎⏎方案》).</summary>
    private static bool OpensInPrevious(Document document, int b, char opener, char closer)
    {
        if (b == 0)
        {
            return false;
        }

        var previous = document[document.Blocks[b - 1].Span];
        return previous.LastIndexOf(opener) > previous.LastIndexOf(closer);
    }

    /// <summary>The next paragraph closes this kind of mark before it opens one.</summary>
    private static bool ClosesInNext(Document document, int b, char opener, char closer)
    {
        if (b + 1 >= document.Blocks.Count)
        {
            return false;
        }

        var next = document[document.Blocks[b + 1].Span];
        int close = next.IndexOf(closer);
        int reopen = next.IndexOf(opener);
        return close >= 0 && (reopen < 0 || close < reopen);
    }
}
