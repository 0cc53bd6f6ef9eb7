using Proofread.Engine;
using Proofread.Findings;
using Proofread.Rules;
using Proofread.Text;

namespace Proofread.Tests.Engine;

public class FixerTests
{
    /// <summary>Deletes every "X"; and a rule that joins "A" and "B" once nothing stands between them.</summary>
    private sealed class DeleteX : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("delete-x", "test", Applicability.Safe, "Fix safety: test");

        public IReadOnlyList<RuleExample> Examples => [];

        public IEnumerable<Finding> Analyze(RuleContext context)
        {
            string t = context.Document.Text;
            for (int i = t.IndexOf('X'); i >= 0; i = t.IndexOf('X', i + 1))
            {
                yield return Finding.WithEdit("delete-x", new TextSpan(i, i + 1), "x", 1, Applicability.Safe, TextEdit.Delete(new TextSpan(i, i + 1)));
            }
        }
    }

    private sealed class JoinAB : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("join-ab", "test", Applicability.Safe, "Fix safety: test");

        public IReadOnlyList<RuleExample> Examples => [];

        public IEnumerable<Finding> Analyze(RuleContext context)
        {
            int i = context.Document.Text.IndexOf("A|B", StringComparison.Ordinal);
            if (i >= 0)
            {
                yield return Finding.WithEdit("join-ab", new TextSpan(i + 1, i + 2), "join", 1, Applicability.Safe, TextEdit.Delete(new TextSpan(i + 1, i + 2)));
            }
        }
    }

    /// <summary>Flips "p" and "q" forever: a circular fix.</summary>
    private sealed class Flip : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("flip", "test", Applicability.Safe, "Fix safety: test");

        public IReadOnlyList<RuleExample> Examples => [];

        public IEnumerable<Finding> Analyze(RuleContext context)
        {
            string t = context.Document.Text;
            yield return Finding.WithEdit("flip", new TextSpan(0, 1), "flip", 1, Applicability.Safe, new TextEdit(new TextSpan(0, 1), t[0] == 'p' ? "q" : "p"));
        }
    }

    [Fact]
    public void Later_passes_see_what_earlier_passes_did()
    {
        var fixer = new Fixer(new RuleEngine([new DeleteX(), new JoinAB()]));
        var result = fixer.Fix(new SourceText("t", "A|XB"));
        // Pass 1 can only delete X; "A|B" then appears and is joined in pass 2.
        Assert.Equal("AB", result.Fixed.Text);
        Assert.True(result.Converged);
        Assert.Equal([1, 2], result.Applied.Select(a => a.Pass).ToArray());
    }

    [Fact]
    public void Each_pass_that_changes_the_text_is_observed_with_the_text_it_started_from()
    {
        var passes = new List<FixPass>();
        var source = new SourceText("t", "A|XB X");
        var result = new Fixer(new RuleEngine([new DeleteX(), new JoinAB()])).Fix(source, observe: passes.Add);

        Assert.Equal([1, 2], passes.Select(p => p.Number));
        Assert.Same(source, passes[0].Before);
        Assert.Equal("A|B ", passes[1].Before.Text);
        Assert.Equal(result.Applied, passes.SelectMany(p => p.Applied));
        Assert.All(passes, p => Assert.All(p.Applied, a => Assert.Equal(p.Number, a.Pass)));
    }

    [Fact]
    public void A_circular_fix_stops_and_says_so()
    {
        var result = new Fixer(new RuleEngine([new Flip()])).Fix(new SourceText("t", "p"));
        Assert.False(result.Converged);
        Assert.True(result.Passes <= 2);
    }

    [Fact]
    public void Review_findings_wait_for_apply_all()
    {
        var rule = new HalfWidthLikeReviewRule();
        var engine = new RuleEngine([rule]);
        Assert.Equal("a,b", new Fixer(engine).Fix(new SourceText("t", "a,b")).Fixed.Text);
        Assert.Equal("a，b", new Fixer(engine).Fix(new SourceText("t", "a,b"), minimum: Applicability.Review).Fixed.Text);
    }

    [Fact]
    public void Settings_can_demote_a_rule_to_review_or_disable_it()
    {
        var rules = new IRule[] { new DeleteX() };
        var demoted = new RuleEngine(rules, new Dictionary<string, RuleSettings> { ["delete-x"] = new(Applicability: Applicability.Review) });
        Assert.Equal("aXb", new Fixer(demoted).Fix(new SourceText("t", "aXb")).Fixed.Text);
        var disabled = new RuleEngine(rules, new Dictionary<string, RuleSettings> { ["delete-x"] = new(Enabled: false) });
        Assert.Empty(disabled.Rules);
    }

    [Fact]
    public void No_rules_give_the_input_back_unchanged()
    {
        var source = new SourceText("t", "\uFEFF混合\r\n文本,\n\n");
        var result = new Fixer(RuleEngine.Empty).Fix(source);
        Assert.Same(source, result.Fixed);
        Assert.False(result.Changed);
    }

    private sealed class HalfWidthLikeReviewRule : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("comma-review", "test", Applicability.Review, "Fix safety: test");

        public IReadOnlyList<RuleExample> Examples => [];

        public IEnumerable<Finding> Analyze(RuleContext context)
        {
            int i = context.Document.Text.IndexOf(',');
            if (i >= 0)
            {
                yield return Finding.WithEdit("comma-review", new TextSpan(i, i + 1), "comma", 0.5, Applicability.Review, new TextEdit(new TextSpan(i, i + 1), "，"));
            }
        }
    }
}
