using System.Buffers;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Rules.Punctuation;

/// <summary>
/// The <c>doubled-punctuation</c> rule. Its documentation (what it does, why, an example, fix safety) has one
/// source, <see cref="Descriptor"/>: <c>proofread rules --explain doubled-punctuation</c> prints it and
/// docs/rules/doubled-punctuation.md is generated from it.
/// </summary>
public sealed class DoubledPunctuationRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "doubled-punctuation",
        "A Chinese full stop, comma, 、, semicolon or colon printed twice becomes one",
        Applicability.Safe,
        """
        What it does
          Replaces a Chinese full stop, comma, enumeration comma, semicolon or colon printed twice
          (。。 ，， 、、 ；； ：：) with a single mark.
        Why
          Specks and bleed-through make OCR read a second mark, and joined lines bring two marks together.
        Example
          会议强调，，要坚持  ->  会议强调，要坚持
        Fix safety
          Safe for two marks, which Chinese never doubles. Three or more may be a damaged ellipsis:
          review. …… and —— are single marks of two characters and stay; ！！ and ？？ are emphasis and stay.
        """);

    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        RuleExample.Fix("会议强调，，要坚持以人民为中心。", "会议强调，要坚持以人民为中心。"),
        RuleExample.Fix("全面推进乡村振兴。。", "全面推进乡村振兴。"),
        RuleExample.Fix("工业、、农业、服务业", "工业、农业、服务业"),
        RuleExample.Fix("他说：：“好。”", "他说：“好。”"),
        RuleExample.Flag("他沉默了。。。然后离开"),
        RuleExample.Keep("他沉默了……然后离开"),
        RuleExample.Keep("推进“三强一化”建设现代化新衡阳 ——全面贯彻市第十二次党代会精神"),
        RuleExample.Keep("这怎么可能？！真是太好了！！"),
        RuleExample.Keep("1.。2"),
    ];

    public IEnumerable<Finding> Analyze(RuleContext context)
    {
        string text = context.Document.Text;
        int i = 0;
        while (i < text.Length)
        {
            // Vectorized search for the next mark; most are not doubled.
            int found = text.AsSpan(i).IndexOfAny(Marks);
            if (found < 0)
            {
                yield break;
            }

            i += found;
            char c = text[i];
            if (i + 1 == text.Length || text[i + 1] != c)
            {
                i++;
                continue;
            }

            int end = i + 2;
            while (end < text.Length && text[end] == c)
            {
                end++;
            }

            int count = end - i;
            var span = new TextSpan(i, end);
            var edit = new TextEdit(new TextSpan(i + 1, end), string.Empty);
            yield return count == 2
                ? Finding.WithEdit(Descriptor.Id, span, $"'{c}' is printed twice", 0.97, Applicability.Safe, edit)
                : Finding.WithEdit(Descriptor.Id, span, $"'{c}' is printed {count} times; it may be a damaged ellipsis (……)", 0.6, Applicability.Review, edit);
            i = end;
        }
    }

    /// <summary>The marks that are never printed twice in a row.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("。，、；：");
}
