using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Evaluation;
using Proofread.Text;

namespace Proofread.Tests.Evaluation;

/// <summary>The evaluator judges the fixes of the fixer's own passes: what it counts is what <c>fix</c> applies.</summary>
public class EvaluatorPassTests
{
    [Theory]
    [InlineData("000_c149e859df62b34b.txt")]
    [InlineData("002_0d7d69333001dc5b.txt")]
    public void Every_fix_the_fixer_applies_is_judged_once(string seed)
    {
        var source = SourceText.Load(Path.Combine(TestPaths.Seeds, seed));
        var run = RunStatistics.Of([new Document(source)]);

        var applied = new Fixer(RuleEngine.Default).Fix(source, run).CountsByRule();
        var judged = new Evaluator(RuleEngine.Default).Evaluate(source, source.Text, run).Rules.ToDictionary(r => r.RuleId, r => r.Applied);

        Assert.NotEmpty(applied);
        Assert.Equal(applied.OrderBy(kv => kv.Key), judged.OrderBy(kv => kv.Key));
    }
}
