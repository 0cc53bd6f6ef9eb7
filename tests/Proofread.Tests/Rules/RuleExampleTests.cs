using Proofread.Engine;
using Proofread.Findings;
using Proofread.Rules;
using Proofread.Text;

namespace Proofread.Tests.Rules;

/// <summary>Runs every example of every built-in rule, and checks the rule catalogue itself.</summary>
public class RuleExampleTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var rule in BuiltInRules.Rules)
        {
            for (int i = 0; i < rule.Examples.Count; i++)
            {
                data.Add(rule.Descriptor.Id, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_holds(string ruleId, int index)
    {
        var rule = BuiltInRules.Rules.Single(r => r.Descriptor.Id == ruleId);
        var example = rule.Examples[index];
        RuleExampleRunner.AssertHolds(rule, example);
    }

    [Fact]
    public void Rule_ids_are_unique_and_kebab_case()
    {
        var ids = BuiltInRules.Rules.Select(r => r.Descriptor.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", id));
    }

    [Fact]
    public void Every_rule_has_positive_and_negative_examples_and_documentation()
    {
        Assert.NotEmpty(BuiltInRules.Rules);
        Assert.All(BuiltInRules.Rules, rule =>
        {
            Assert.Contains(rule.Examples, e => e.Kind is RuleExampleKind.Fix or RuleExampleKind.Flag);
            Assert.Contains(rule.Examples, e => e.Kind == RuleExampleKind.Keep);
            Assert.False(string.IsNullOrWhiteSpace(rule.Descriptor.Summary));
            Assert.Contains("Fix safety", rule.Descriptor.Documentation);
        });
    }
}

/// <summary>The four checks for a worked example (after LanguageTool's PatternRuleTest).</summary>
public static class RuleExampleRunner
{
    public static void AssertHolds(IRule rule, RuleExample example)
    {
        var engine = new RuleEngine([rule]);
        var findings = engine.Analyze(Document.FromText(example.Text));
        switch (example.Kind)
        {
            case RuleExampleKind.Keep:
                Assert.True(findings.Count == 0, $"{rule.Descriptor.Id} must leave «{example.Text}» alone, but reported: {string.Join("; ", findings.Select(f => f.Message))}");
                break;
            case RuleExampleKind.Flag:
                Assert.True(findings.Count > 0, $"{rule.Descriptor.Id} must flag «{example.Text}»");
                Assert.DoesNotContain(findings, f => f.HasEdits && f.Applicability == Applicability.Safe);
                break;
            case RuleExampleKind.Fix:
                Assert.True(findings.Count > 0, $"{rule.Descriptor.Id} must flag «{example.Text}»");
                var fixedText = new Fixer(engine).Fix(new SourceText("<example>", example.Text), minimum: Applicability.Review).Fixed.Text;
                Assert.Equal(example.Expected, fixedText);
                // The corrected text no longer triggers an edit.
                Assert.DoesNotContain(engine.Analyze(Document.FromText(fixedText)), f => f.HasEdits);
                break;
        }
    }
}
