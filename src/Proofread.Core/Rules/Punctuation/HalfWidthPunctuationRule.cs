using System.Text.RegularExpressions;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Rules.Punctuation;

/// <summary>
/// The <c>half-width-punctuation</c> rule. Its documentation (what it does, why, an example, fix safety) has one
/// source, <see cref="Descriptor"/>: <c>proofread rules --explain half-width-punctuation</c> prints it and
/// docs/rules/half-width-punctuation.md is generated from it.
/// </summary>
public sealed class HalfWidthPunctuationRule : IRule
{
    // ASCII classes only: \w also matches Chinese, and an e-mail alternative built on it would
    // rescan every run of Chinese characters from each of its positions.
    private static readonly Regex Untouchable = new(
        @"(?:https?|ftp)://\S+|www\.\S+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+|`[^`\r\n]*`|\]\([^)\r\n]*\)|!\[",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public RuleDescriptor Descriptor { get; } = new(
        "half-width-punctuation",
        "ASCII , : ; ( ) ! ? in Chinese text become full-width",
        Applicability.Safe,
        """
        What it does
          Finds ASCII , : ; ( ) ! ? standing in Chinese text and proposes the full-width mark
          (，：；（）！？).
        Why
          OCR engines trained on Latin text read the full-width marks of Chinese typesetting as
          half-width ones.
        Example
          10月18日,市委书记秦国文  ->  10月18日，市委书记秦国文
          各县(市)区              ->  各县（市）区
        Fix safety
          Safe. A mark changes only with a Chinese character beside it and no Latin letter or digit on
          the other side; parentheses change as a pair, and only when they enclose or touch Chinese
          text. Times (10:30), numbers (3,000), codes (CN 43-0004), URLs, e-mail addresses, inline code
          and Markdown link and image syntax stay as they are.
        """);

    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        RuleExample.Fix("10月18日,市委书记秦国文", "10月18日，市委书记秦国文"),
        RuleExample.Fix("官方网站:衡阳全搜索网", "官方网站：衡阳全搜索网"),
        RuleExample.Fix("各县(市)区要承担起", "各县（市）区要承担起"),
        RuleExample.Fix("有令必行,有禁必止!要加强", "有令必行，有禁必止！要加强"),
        RuleExample.Fix("“两个驱动”,唱响", "“两个驱动”，唱响"),
        RuleExample.Fix("本报讯 (记者 彭斌) 立足", "本报讯 （记者 彭斌） 立足"),
        RuleExample.Fix("数易其稿, 经过", "数易其稿，经过"),
        RuleExample.Fix("是这样吗?是的;不是", "是这样吗？是的；不是"),
        RuleExample.Keep("会议于10:30开始"),
        RuleExample.Keep("增长3.5%，达到3,000万元"),
        RuleExample.Keep("国内统一连续出版物号 CN 43-0004"),
        RuleExample.Keep("市长朱健主持召开市政府2021年第20次常务会议"),
        RuleExample.Keep("见 https://example.com/a?b=1,2 网站"),
        RuleExample.Keep("Hello, world! How are you?"),
        RuleExample.Keep("参见[衡阳日报](http://www.hyrb.cn)和![图片](a.png)"),
        RuleExample.Keep("HENGYANG DAILY (English edition)"),
        RuleExample.Keep("第一是(1)要求"),
    ];

    public IEnumerable<Finding> Analyze(RuleContext context)
    {
        string text = context.Document.Text;
        if (text.AsSpan().IndexOfAny(",:;()!?") < 0)
        {
            return [];
        }

        var blocked = BlockedPositions(text);
        var findings = new List<Finding>();
        var convertedParens = new HashSet<int>();
        foreach (var line in context.Document.Lines)
        {
            if (!line.IsBlank)
            {
                FindParentheses(text, line.Span, blocked, convertedParens, findings);
            }
        }

        foreach (var line in context.Document.Lines)
        {
            for (int i = line.Span.Start; i < line.Span.End; i++)
            {
                char c = text[i];
                if (c is not (',' or ':' or ';' or '!' or '?') || blocked.Contains(i))
                {
                    continue;
                }

                if (IsChineseContext(text, line.Span, i, convertedParens))
                {
                    int end = i + 1;
                    // Full-width punctuation carries its own spacing: absorb the spaces after it.
                    while (end < line.Span.End && text[end] == ' ')
                    {
                        end++;
                    }

                    if (end < line.Span.End && CharClass.IsAsciiAlnum(text[end]))
                    {
                        end = i + 1;
                    }

                    string wide = ((char)(c + 0xFEE0)).ToString();
                    findings.Add(Finding.WithEdit(
                        Descriptor.Id,
                        new TextSpan(i, end),
                        $"half-width '{c}' in Chinese text: use '{wide}'",
                        0.97,
                        Applicability.Safe,
                        new TextEdit(new TextSpan(i, end), wide)));
                }
            }
        }

        return findings;
    }

    private static HashSet<int> BlockedPositions(string text)
    {
        var blocked = new HashSet<int>();
        foreach (Match m in Untouchable.Matches(text))
        {
            for (int i = m.Index; i < m.Index + m.Length; i++)
            {
                blocked.Add(i);
            }
        }

        return blocked;
    }

    /// <summary>A mark is in Chinese context when a CJK character stands on one side and no ASCII letter or digit on the other.</summary>
    private static bool IsChineseContext(string text, TextSpan line, int i, HashSet<int> convertedParens)
    {
        char prev = i > line.Start ? text[i - 1] : '\0';
        int n = i + 1;
        while (n < line.End && text[n] == ' ')
        {
            n++;
        }

        char next = n < line.End ? text[n] : '\0';
        bool prevCjk = CharClass.IsCjk(prev) || convertedParens.Contains(i - 1);
        bool nextCjk = CharClass.IsCjk(next) || convertedParens.Contains(n);
        if (prevCjk)
        {
            // "第20次,2021" is still Chinese; but "CN,43" never reaches here.
            return true;
        }

        return nextCjk && !CharClass.IsAsciiAlnum(prev) && prev != '\0' && !char.IsAsciiLetter(prev);
    }

    private void FindParentheses(string text, TextSpan line, HashSet<int> blocked, HashSet<int> converted, List<Finding> findings)
    {
        var open = new Stack<int>();
        for (int i = line.Start; i < line.End; i++)
        {
            if (text[i] == '(' && !blocked.Contains(i))
            {
                open.Push(i);
            }
            else if (text[i] == ')' && !blocked.Contains(i) && open.Count > 0)
            {
                int o = open.Pop();
                if (open.Count == 0 && EnclosesChinese(text, o, i))
                {
                    converted.Add(o);
                    converted.Add(i);
                    findings.Add(new Finding(
                        Descriptor.Id,
                        new TextSpan(o, i + 1),
                        "half-width parentheses around Chinese text: use '（' and '）'",
                        0.97,
                        Applicability.Safe,
                        [new TextEdit(new TextSpan(o, o + 1), "（"), new TextEdit(new TextSpan(i, i + 1), "）")]));
                }
            }
        }
    }

    private static bool EnclosesChinese(string text, int open, int close)
    {
        for (int i = open + 1; i < close; i++)
        {
            if (CharClass.IsHan(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
