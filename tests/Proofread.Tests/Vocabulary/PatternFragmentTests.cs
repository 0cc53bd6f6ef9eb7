using System.Text.RegularExpressions;
using Proofread.Engine;
using Proofread.Packs;
using Proofread.Text;
using Proofread.Vocabulary;

namespace Proofread.Tests.Vocabulary;

/// <summary>Packs name the vocabulary's definitions ({{date}}) instead of copying them.</summary>
public class PatternFragmentTests
{
    /// <summary>For every fragment, texts it must match whole; a fragment added without examples fails the first test.</summary>
    private static readonly Dictionary<string, string[]> Matches = new()
    {
        ["date"] = ["2021年9月28日", "2021 年 10 月 29 日"],
        ["weekday"] = ["星期二", "周二", "星期日", "周天"],
        ["page-number"] = ["3", "16", "六", "十二"],
        ["page-ref"] = ["第六版", "第 3 版", "A3版", "6版"],
        ["jump-onward"] = ["下转", "紧转"],
        ["jump-back"] = ["上接", "紧接"],
        ["jump-ref"] = ["下转第六版", "上接第一版", "转A3版", "续第2版"],
        ["byline-mark"] = ["■", "▲", "●", "◆", "□"],
        ["reporter"] = ["记者", "本报记者", "见习记者", "特约记者"],
        ["news-agency"] = ["新华社", "中新社", "人民网", "新华网", "央视网"],
        ["story-opening"] = ["本报讯", "本报北京10月18日电", "新华社北京10月18日电", "据新华社"],
    };

    public static TheoryData<string> Names() => new(PatternFragments.All.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_fragment_matches_its_examples_whole(string name)
    {
        Assert.True(Matches.ContainsKey(name), $"add examples for the fragment '{name}' to this test");
        Assert.True(PatternFragments.TryExpand($"^{{{{{name}}}}}$", out string pattern, out _));
        var regex = new Regex(pattern);
        Assert.All(Matches[name], text => Assert.Matches(regex, text));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_fragment_is_documented_for_pack_authors(string name)
    {
        string docs = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "rule-packs.md"));
        Assert.Contains($"`{{{{{name}}}}}`", docs);
    }

    [Fact]
    public void A_reference_becomes_a_group_so_a_quantifier_applies_to_all_of_it()
    {
        Assert.True(PatternFragments.TryExpand("{{weekday}}?X", out string pattern, out string? unknown));
        Assert.Null(unknown);
        Assert.Equal($"(?:{PageFurniture.Weekday})?X", pattern);
        Assert.Matches($"^{pattern}$", "X");
    }

    [Fact]
    public void A_pack_rule_written_with_fragments_removes_what_the_spelled_out_pattern_removes()
    {
        var pack = RulePackLoader.Parse("my.yaml", Pack("'{{date}}\\s*{{weekday}}'"));
        var fixer = new Fixer(new RuleEngine(pack.Rules));
        string page = "2021年9月28日 星期二\n\n会议强调，要坚持稳中求进。\n";
        Assert.Equal("会议强调，要坚持稳中求进。\n", fixer.Fix(new SourceText("<page>", page)).Fixed.Text);
    }

    [Fact]
    public void An_unknown_fragment_is_an_error_naming_file_line_and_name()
    {
        var e = Assert.Throws<ProofreadException>(() => RulePackLoader.Parse("my.yaml", Pack("'{{dates}}'")));
        Assert.Equal("my.yaml", e.Path);
        Assert.Contains("line 6", e.Message);
        Assert.Contains("{{dates}}", e.Message);
    }

    private static string Pack(string pattern) => $$"""
        pack: my-paper
        rules:
          - id: my-paper-date
            description: the date line
            kind: line-furniture
            pattern: {{pattern}}
            applicability: safe
            confidence: 0.9
            examples:
              - before: "2021年9月28日 星期二\n正文。"
                after: "正文。"
              - keep: 2021年9月28日星期二，市委召开会议。
        """;
}
