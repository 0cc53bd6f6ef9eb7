using Proofread.Engine;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Rules;

/// <summary>
/// Runs one worked example of a rule, with LanguageTool's checks: a before/after example is
/// flagged, fixing it (every edit, review ones included) gives exactly the after text, and the
/// after text triggers no further edit; a keep text gets no finding at all; a flag text gets a
/// finding and no safe edit. Used by the test suite and by <c>proofread rules --test</c>.
/// </summary>
public static class RuleExampleCheck
{
    /// <summary>Null when the example holds, else what went wrong.</summary>
    public static string? Failure(IRule rule, RuleExample example)
    {
        var engine = new RuleEngine([rule]);
        var findings = engine.Analyze(Document.FromText(example.Text));
        switch (example.Kind)
        {
            case RuleExampleKind.Keep:
                return findings.Count == 0 ? null : $"must leave «{RuleExample.Visible(example.Text)}» alone, but reported: {string.Join("; ", findings.Select(f => f.Message))}";
            case RuleExampleKind.Flag:
                if (findings.Count == 0)
                {
                    return $"must flag «{RuleExample.Visible(example.Text)}»";
                }

                return findings.Any(f => f.HasEdits && f.Applicability == Applicability.Safe) ? $"«{RuleExample.Visible(example.Text)}» is to be flagged for a person, not fixed safely" : null;
            default:
                if (findings.Count == 0)
                {
                    return $"must flag «{RuleExample.Visible(example.Text)}»";
                }

                string fixedText = new Fixer(engine).Fix(new SourceText("<example>", example.Text), minimum: Applicability.Review).Fixed.Text;
                if (fixedText != example.Expected)
                {
                    return $"«{RuleExample.Visible(example.Text)}» became «{RuleExample.Visible(fixedText)}», expected «{RuleExample.Visible(example.Expected!)}»";
                }

                var again = engine.Analyze(Document.FromText(fixedText)).Where(f => f.HasEdits).ToList();
                return again.Count == 0 ? null : $"the fixed text «{RuleExample.Visible(fixedText)}» still triggers: {again[0].Message}";
        }
    }
}
