using Proofread.Packs;

namespace Proofread.Tests.Packs;

/// <summary>A broken pack is refused while loading, with the file and the line of the problem.</summary>
public class RulePackLoaderTests
{
    private const string Valid = """
        pack: my-paper
        rules:
          - id: my-paper-title
            description: the title line
            kind: line-furniture
            pattern: '青川晚报'
            applicability: safe
            confidence: 0.9
            examples:
              - before: "青川晚报\n正文。"
                after: "正文。"
              - keep: 青川晚报报道了这件事。
        """;

    [Fact]
    public void A_valid_pack_loads_with_its_rule_and_examples()
    {
        var pack = RulePackLoader.Parse("my.yaml", Valid);
        Assert.Equal("my-paper", pack.Name);
        var rule = Assert.Single(pack.Rules);
        Assert.Equal("my-paper-title", rule.Descriptor.Id);
        Assert.Equal(2, rule.Examples.Count);
        Assert.Equal("my.yaml:3", ((FurniturePackRule)rule).Definition.Location);
    }

    [Theory]
    [InlineData("pattern: '青川晚报'", "pattern: '青川(晚报'", "line 6", "invalid pattern")]
    [InlineData("kind: line-furniture", "kind: line-furnture", "line 5", "unknown kind 'line-furnture'")]
    [InlineData("confidence: 0.9", "confidence: 0.9\n    colour: red", "line 9", "unknown key 'colour'")]
    [InlineData("    applicability: safe\n", "", "line 3", "has no 'applicability'")]
    [InlineData("confidence: 0.9", "confidence: 1.5", "line 8", "confidence must be a number from 0 to 1")]
    [InlineData("pattern: '青川晚报'", "pattern: '.*'", "line 6", "matches empty text")]
    [InlineData("  - id: my-paper-title", "  - id: My Title", "line 3", "kebab-case")]
    [InlineData("      - keep: 青川晚报报道了这件事。", "", "line 10", "needs at least one before/after (or flag) example and one keep example")]
    [InlineData("description: the title line", "description: [unclosed", "line", "not valid YAML")]
    public void A_broken_pack_names_file_and_line(string find, string replace, string line, string problem)
    {
        string text = Valid.Replace(find, replace);
        Assert.NotEqual(Valid, text);
        var e = Assert.Throws<ProofreadException>(() => RulePackLoader.Parse("my.yaml", text));
        Assert.Equal("my.yaml", e.Path);
        Assert.Contains(line, e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void A_pack_without_rules_is_refused()
    {
        var e = Assert.Throws<ProofreadException>(() => RulePackLoader.Parse("p.yaml", "pack: p\n"));
        Assert.Contains("has no 'rules'", e.Message);
    }

    [Fact]
    public void Replace_rules_need_a_replacement_and_others_must_not_have_one()
    {
        var e = Assert.Throws<ProofreadException>(() => RulePackLoader.Parse("my.yaml", Valid.Replace("kind: line-furniture", "kind: replace")));
        Assert.Contains("no 'replacement'", e.Message);
        e = Assert.Throws<ProofreadException>(() => RulePackLoader.Parse("my.yaml", Valid.Replace("confidence: 0.9", "confidence: 0.9\n    replacement: x")));
        Assert.Contains("only replace rules", e.Message);
    }

    [Fact]
    public void A_protect_rule_keeps_other_rules_off_its_phrase()
    {
        var pack = RulePackLoader.Parse("p.yaml", """
            pack: protect-test
            rules:
              - id: protect-title
                description: the paper's title is never edited
                kind: protect
                pattern: '青川晚报'
            """);
        var title = RulePackLoader.Parse("my.yaml", Valid).Rules[0];
        var engine = new Proofread.Engine.RuleEngine([title, .. pack.Rules]);
        Assert.Empty(engine.Analyze(Proofread.Text.Document.FromText("青川晚报\n正文。")));
        Assert.Single(new Proofread.Engine.RuleEngine([title]).Analyze(Proofread.Text.Document.FromText("青川晚报\n正文。")));
    }
}

public class PackPatternTimeoutTests
{
    [Fact]
    public void A_runaway_pattern_stops_with_an_error_naming_the_rule_instead_of_hanging()
    {
        var pack = RulePackLoader.Parse("slow.yaml", """
            pack: slow
            rules:
              - id: slow-rule
                description: catastrophic backtracking
                kind: replace
                pattern: '(a+)+$'
                replacement: ''
                applicability: review
                confidence: 0.5
                examples:
                  - before: a
                    after: ''
                  - keep: b
            """);
        var engine = new Proofread.Engine.RuleEngine(pack.Rules);
        var e = Assert.Throws<ProofreadException>(() => engine.Analyze(Proofread.Text.Document.FromText(new string('a', 40) + "!")));
        Assert.Contains("slow-rule", e.Message);
        Assert.Equal("slow.yaml:3", e.Path);
    }
}
