using System.Text.RegularExpressions;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Rules;
using Proofread.Text;

namespace Proofread.Packs;

/// <summary>
/// <para><b>What it does:</b> replaces what a pack's pattern matches, anywhere in the page, with the
/// pack's replacement (<c>$1</c>, <c>${name}</c> refer to groups; an empty replacement deletes).</para>
/// <para><b>Why:</b> some furniture stands inside story text (an inline jump line "（下转第六版）"),
/// and some OCR damage is specific to a paper; a pack names it without code.</para>
/// <para><b>Example:</b> <c>数易其稿， （下转第六版）</c> becomes <c>数易其稿，</c>.</para>
/// <para><b>Fix safety:</b> what the pack declares; the message quotes the text replaced.</para>
/// </summary>
[NotBuiltIn]
public sealed class ReplacePackRule : IRule
{
    private readonly PackRuleDefinition _definition;

    public ReplacePackRule(PackRuleDefinition definition)
    {
        if (definition.Kind != PackRuleKind.Replace || definition.Replacement is null)
        {
            throw new ArgumentException("not a replace rule", nameof(definition));
        }

        _definition = definition;
        Descriptor = definition.Descriptor();
    }

    public RuleDescriptor Descriptor { get; }

    public IReadOnlyList<RuleExample> Examples => _definition.Examples;

    public IEnumerable<Finding> Analyze(RuleContext context)
    {
        var findings = new List<Finding>();
        foreach (Match m in _definition.Matches(context.Document.Text))
        {
            if (m.Length == 0)
            {
                continue;
            }

            string replacement = m.Result(_definition.Replacement!);
            if (replacement == m.Value)
            {
                continue;
            }

            var span = new TextSpan(m.Index, m.Index + m.Length);
            string message = replacement.Length == 0
                ? $"{_definition.Description}: removes “{m.Value.Trim()}”"
                : $"{_definition.Description}: “{m.Value}” → “{replacement}”";
            findings.Add(Finding.WithEdit(Descriptor.Id, span, message, _definition.Confidence, _definition.Applicability, new TextEdit(span, replacement)));
        }

        return findings;
    }
}
