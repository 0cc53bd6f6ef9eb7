using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Lexicon;
using Proofread.Rules;
using Proofread.Rules.Duplicates;
using Proofread.Text;

namespace Proofread.Tests.Rules.Duplicates;

/// <summary>
/// duplicated-word reads its lexicon from its context, so a test can hand it a small one; and
/// its verdict is a table from the kind of repetition to how far the fix may be trusted.
/// </summary>
public class RepetitionTests
{
    /// <summary>A noun the shared lexicon does not know: only a lexicon that has it makes 桌猫桌猫 a slip.</summary>
    private static readonly ChineseLexicon Small = ChineseLexicon.FromLines(["桌猫 100 n", "这 5000 r", "只 3000 q", "很 9000 d", "可爱 800 a"]);

    private const string Text = "这只桌猫桌猫很可爱";

    [Fact]
    public void The_rule_uses_the_lexicon_its_context_hands_it()
    {
        var document = Document.FromText(Text);
        var rule = new DuplicatedWordRule();

        Assert.Empty(rule.Analyze(new RuleContext(document, RunStatistics.Empty)));
        var finding = Assert.Single(rule.Analyze(new RuleContext(document, RunStatistics.Empty) { Resources = new RuleResources(Small) }));
        Assert.Equal(Applicability.Safe, finding.Applicability);
        Assert.Contains("'桌猫' (n) does not reduplicate", finding.Message);
    }

    [Fact]
    public void An_engine_hands_its_rules_the_resources_it_was_given()
    {
        var engine = new RuleEngine([new DuplicatedWordRule()]) { Resources = new RuleResources(Small) };
        var fixedText = new Fixer(engine).Fix(new SourceText("<text>", Text)).Fixed.Text;
        Assert.Equal("这只桌猫很可爱", fixedText);
        Assert.Equal(Text, new Fixer(new RuleEngine([new DuplicatedWordRule()])).Fix(new SourceText("<text>", Text)).Fixed.Text);
    }

    [Fact]
    public void Every_kind_of_repetition_has_a_verdict_and_only_the_doubtful_ones_go_to_review()
    {
        RepetitionKind[] doubtful = [RepetitionKind.ReduplicatedWordSaidTwice, RepetitionKind.PossibleTentativeVerb];
        foreach (var kind in Enum.GetValues<RepetitionKind>())
        {
            var verdict = DuplicationVerdict.Weigh(new Repetition(kind, "研究", "要"));
            Assert.Equal(doubtful.Contains(kind) ? Applicability.Review : Applicability.Safe, verdict.Applicability);
            Assert.StartsWith("'研究' is printed twice", verdict.Message);
            Assert.InRange(verdict.Confidence, 0.5, 1);
        }
    }
}
