using System.Reflection;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Rules;
using Proofread.Rules.Breaks;
using Proofread.Text;

namespace Proofread.Tests.Rules;

/// <summary>The rule catalogue itself: discovery, naming, documentation, examples (after StyleCop's meta-tests).</summary>
public class RuleCatalogueTests
{
    private static readonly Assembly Core = typeof(IRule).Assembly;

    [Fact]
    public void Every_rule_class_is_discovered()
    {
        var discovered = BuiltInRules.Rules.Select(r => r.GetType()).ToHashSet();
        var classes = Core.GetTypes().Where(t => typeof(IRule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }
            && t.GetCustomAttribute<NotBuiltInAttribute>() is null).ToList();
        Assert.NotEmpty(classes);
        Assert.All(classes, t => Assert.Contains(t, discovered));
    }

    [Fact]
    public void Every_class_name_spells_its_rule_id()
    {
        Assert.All(BuiltInRules.Rules, rule =>
        {
            string pascal = string.Concat(rule.Descriptor.Id.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
            Assert.Equal(pascal + "Rule", rule.GetType().Name);
        });
    }

    [Fact]
    public void Rule_ids_are_unique_and_kebab_case()
    {
        var ids = BuiltInRules.Rules.Select(r => r.Descriptor.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", id));
    }

    [Fact]
    public void Every_rule_documents_the_four_headings_in_order()
    {
        Assert.All(BuiltInRules.Rules, rule =>
        {
            var sections = RuleDocumentation.Sections(rule.Descriptor.Documentation);
            Assert.Equal(RuleDocumentation.Headings, sections.Select(s => s.Heading));
            Assert.All(sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Body), $"{rule.Descriptor.Id}: '{s.Heading}' is empty"));
            Assert.False(string.IsNullOrWhiteSpace(rule.Descriptor.Summary));
        });
    }

    [Fact]
    public void Every_rule_has_positive_and_negative_examples()
    {
        Assert.All(BuiltInRules.Rules, rule =>
        {
            Assert.Contains(rule.Examples, e => e.Kind is RuleExampleKind.Fix or RuleExampleKind.Flag);
            Assert.Contains(rule.Examples, e => e.Kind == RuleExampleKind.Keep);
        });
    }

    [Fact]
    public void No_example_gets_a_finding_beyond_its_rules_default_applicability()
    {
        Assert.All(BuiltInRules.Rules, rule =>
        {
            var engine = new RuleEngine([rule]);
            foreach (var example in rule.Examples)
            {
                foreach (var finding in engine.Analyze(Document.FromText(example.Text)))
                {
                    Assert.True(
                        finding.Applicability <= rule.Descriptor.DefaultApplicability,
                        $"{rule.Descriptor.Id} declares {rule.Descriptor.DefaultApplicability.Name()} but proposes {finding.Applicability.Name()}: {finding.Message}");
                }
            }
        });
    }

    [Fact]
    public void Discovery_refuses_a_rule_class_it_cannot_build()
    {
        var e = Assert.Throws<InvalidOperationException>(() => BuiltInRules.Build([typeof(ColumnBreakRule), typeof(NeedsAWordListRule)]));
        Assert.Contains(nameof(NeedsAWordListRule), e.Message);
        Assert.Contains("parameterless constructor", e.Message);
    }

    [Fact]
    public void Discovery_finds_the_rule_classes_of_an_assembly_and_leaves_pack_rules_out()
    {
        var types = BuiltInRules.RuleTypes(typeof(RuleCatalogueTests).Assembly).ToList();
        Assert.Contains(typeof(NeedsAWordListRule), types);
        Assert.DoesNotContain(typeof(BuiltFromData), types);
    }

    /// <summary>A rule that wants its word list through its constructor: discovery cannot build it.</summary>
    private sealed class NeedsAWordListRule(string[] words) : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("needs-a-word-list", "test only", Applicability.None);

        public IReadOnlyList<RuleExample> Examples { get; } = [];

        public IEnumerable<Finding> Analyze(RuleContext context) => words.Length == 0 ? [] : [];
    }

    [NotBuiltIn]
    private sealed class BuiltFromData(string pattern) : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("built-from-data", pattern, Applicability.None);

        public IReadOnlyList<RuleExample> Examples { get; } = [];

        public IEnumerable<Finding> Analyze(RuleContext context) => [];
    }
}
