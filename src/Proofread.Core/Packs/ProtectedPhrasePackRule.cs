using System.Text.RegularExpressions;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Rules;
using Proofread.Text;

namespace Proofread.Packs;

/// <summary>
/// <para><b>What it does:</b> names phrases no rule may edit (a pack's <c>protect</c> rule); it
/// reports nothing itself.</para>
/// <para><b>Why:</b> names, slogans and set phrases sometimes look like damage ("南南人权论坛",
/// "“三三制”") and must survive every rule.</para>
/// <para><b>Example:</b> with <c>南南合作</c> protected, no duplicate rule may touch "南南".</para>
/// <para><b>Fix safety:</b> makes no edit.</para>
/// </summary>
[NotBuiltIn]
public sealed class ProtectedPhrasePackRule : IRule, IProtectedSpanSource
{
    private readonly PackRuleDefinition _definition;

    public ProtectedPhrasePackRule(PackRuleDefinition definition)
    {
        if (definition.Kind != PackRuleKind.Protect)
        {
            throw new ArgumentException("not a protect rule", nameof(definition));
        }

        _definition = definition;
        Descriptor = definition.Descriptor();
    }

    public RuleDescriptor Descriptor { get; }

    public IReadOnlyList<RuleExample> Examples => _definition.Examples;

    public IEnumerable<Finding> Analyze(RuleContext context) => [];

    public IEnumerable<TextSpan> ProtectedSpans(RuleContext context)
    {
        var spans = new List<TextSpan>();
        foreach (Match m in _definition.Matches(context.Document.Text))
        {
            if (m.Length > 0)
            {
                spans.Add(new TextSpan(m.Index, m.Index + m.Length));
            }
        }

        return spans;
    }
}
