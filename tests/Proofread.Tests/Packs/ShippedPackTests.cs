using Proofread.Packs;
using Proofread.Rules;

namespace Proofread.Tests.Packs;

/// <summary>Every example of every shipped pack holds, and the packs themselves are sound.</summary>
public class ShippedPackTests
{
    public static TheoryData<string, string, int> Examples()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var pack in ShippedPacks.Packs)
        {
            foreach (var rule in pack.Rules)
            {
                for (int i = 0; i < rule.Examples.Count; i++)
                {
                    data.Add(pack.Name, rule.Descriptor.Id, i);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_holds(string pack, string ruleId, int index)
    {
        var rule = ShippedPacks.Packs.Single(p => p.Name == pack).Rules.Single(r => r.Descriptor.Id == ruleId);
        string? failure = RuleExampleCheck.Failure(rule, rule.Examples[index]);
        Assert.True(failure is null, $"{ruleId}: {failure}");
    }

    [Fact]
    public void Both_shipped_packs_are_found_and_loaded()
    {
        Assert.NotNull(ShippedPacks.Folder);
        Assert.Equal(["hengyang-daily", "zh-newspaper"], ShippedPacks.Packs.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(ShippedPacks.Packs, p => Assert.NotEmpty(p.Rules));
    }

    [Fact]
    public void Every_pack_rule_has_examples_both_ways_and_documentation()
    {
        foreach (var rule in ShippedPacks.Packs.SelectMany(p => p.Rules))
        {
            Assert.Contains(rule.Examples, e => e.Kind is RuleExampleKind.Fix or RuleExampleKind.Flag);
            Assert.Contains(rule.Examples, e => e.Kind == RuleExampleKind.Keep);
            Assert.Contains("Fix safety", rule.Descriptor.Documentation);
            Assert.StartsWith("pack ", rule.Descriptor.Source);
        }
    }
}
