using System.Text.RegularExpressions;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Rules.Duplicates;

/// <summary>
/// The <c>echo-phrase</c> rule. Its documentation (what it does, why, an example, fix safety) has one
/// source, <see cref="Descriptor"/>: <c>proofread rules --explain echo-phrase</c> prints it and
/// docs/rules/echo-phrase.md is generated from it.
/// </summary>
public sealed partial class EchoPhraseRule : IRule
{
    [GeneratedRegex(@"(?:从|由)([“‘]?)(\p{IsCJKUnifiedIdeographs}{2,8})([”’]?)(?:向|到|变为|变成|转为)\1\2\3|变([“‘]?)(\p{IsCJKUnifiedIdeographs}{2,8})([”’]?)为\4\5\6", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ContrastFrame();

    public RuleDescriptor Descriptor { get; } = new(
        "echo-phrase",
        "The same phrase on both sides of a contrast frame (从A向A) is reported",
        Applicability.None,
        """
        What it does
          Reports the same phrase on both sides of a contrast frame: 从A向A, 从A到A, 由A变为A, 变A为A.
        Why
          A contrast between a thing and itself is almost always damage: 从“我要做”向“我要做”转变 was
          从“要我做”向“我要做”转变.
        Example
          从“我要做”向“我要做”转变  (reported, not changed)
        Fix safety
          None: the lost phrase cannot be known, so a person writes it.
        """);

    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        RuleExample.Flag("唱响前进号角，从“我要做”向“我要做”转变，坚持一张蓝图绘到底"),
        RuleExample.Flag("实现由管理变为管理的转变"),
        RuleExample.Keep("从“要我做”向“我要做”转变"),
        RuleExample.Keep("从村务公开到环境卫生整治"),
        RuleExample.Keep("从“站起来”到“富起来”再到“强起来”"),
    ];

    public IEnumerable<Finding> Analyze(RuleContext context)
    {
        foreach (Match m in ContrastFrame().Matches(context.Document.Text))
        {
            string phrase = m.Groups[2].Success && m.Groups[2].Length > 0 ? m.Groups[2].Value : m.Groups[5].Value;
            yield return Finding.ReportOnly(
                Descriptor.Id,
                new TextSpan(m.Index, m.Index + m.Length),
                $"'{phrase}' stands on both sides of a contrast: one side was probably damaged",
                0.9);
        }
    }
}
