using Proofread.Engine;
using Proofread.Rules;

namespace Proofread.Tests.Rules;

/// <summary>Runs every worked example of every built-in rule through the product's own checker (the one `proofread rules --test` uses).</summary>
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
        string? failure = RuleExampleCheck.Failure(rule, rule.Examples[index]);
        Assert.True(failure is null, $"{ruleId}: {failure}");
    }

    [Fact]
    public void The_checker_catches_an_example_that_does_not_hold()
    {
        var rule = BuiltInRules.Rules.Single(r => r.Descriptor.Id == "duplicated-word");
        Assert.Contains("must leave", RuleExampleCheck.Failure(rule, RuleExample.Keep("研究市人大政协两会有有关事宜")));
        Assert.Contains("must flag", RuleExampleCheck.Failure(rule, RuleExample.Fix("江涌紧紧围绕党的十九届六中全会", "江涌紧围绕党的十九届六中全会")));
        Assert.Contains("expected", RuleExampleCheck.Failure(rule, RuleExample.Fix("研究市人大政协两会有有关事宜", "研究市人大政协两会事宜")));
        Assert.Contains("not fixed safely", RuleExampleCheck.Failure(rule, RuleExample.Flag("研究市人大政协两会有有关事宜")));
    }
}
