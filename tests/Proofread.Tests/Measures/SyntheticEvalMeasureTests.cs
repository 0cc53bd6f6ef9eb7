using Proofread.Config;
using Proofread.Evaluation;
using Proofread.Findings;
using Proofread.Synth;
using Proofread.Text;
using Xunit.Abstractions;

namespace Proofread.Tests.Measures;

/// <summary>
/// What <c>eval</c> measures on synthetic pages of held-out prose with every kind of damage, pooled
/// over the measure seeds (three papers): the share of the distance to gold the default rules
/// remove, overall and class by class, for <c>--apply safe</c> and <c>--apply all</c>. Each figure
/// is a floor (<see cref="MeasureFloors.EvalImprovement"/>); a class the input lacks must stay
/// within <see cref="MeasureFloors.EvalDamageMadeFromNothing"/>.
/// </summary>
public class SyntheticEvalMeasureTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(Applicability.Safe)]
    [InlineData(Applicability.Review)]
    public void Every_class_improves_at_least_as_much_as_its_floor(Applicability apply)
    {
        var evaluator = new Evaluator(RuleCatalog.Create().CreateEngine([]), apply);
        var files = new List<FileEvaluation>();
        foreach (int seed in MeasureFloors.Seeds)
        {
            var pages = SyntheticRuns.Pages(seed, DamageKinds.All, MeasureFloors.BytesPerSeed);
            var run = SyntheticRuns.Statistics(pages);
            files.AddRange(pages.Select(p => evaluator.Evaluate(new SourceText(p.Name, p.Damaged), p.Gold, run)));
        }

        var summary = EvalSummary.Of(files);
        var failures = new List<string>();
        Check("overall", summary.DistanceBefore, summary.DistanceAfter, summary.Improvement);
        foreach (var figure in summary.Classes)
        {
            Check(figure.Class.Name(), figure.DistanceBefore, figure.DistanceAfter, figure.Improvement);
        }

        Assert.Equal(summary.DistanceBefore, summary.Classes.Sum(c => c.DistanceBefore));
        Assert.Equal(summary.DistanceAfter, summary.Classes.Sum(c => c.DistanceAfter));
        Assert.True(failures.Count == 0, string.Join("; ", failures));

        void Check(string name, long before, long after, double? improvement)
        {
            output.WriteLine($"{apply} {name,-12} {before,7} {after,7}  {improvement:0.0000}");
            if (improvement is { } figure && MeasureFloors.EvalImprovement[apply].TryGetValue(name, out double floor) && figure < floor)
            {
                failures.Add($"{name}: improvement {figure:0.0000}, floor {floor:0.0000}");
            }
            else if (before == 0 && after > MeasureFloors.EvalDamageMadeFromNothing)
            {
                failures.Add($"{name}: {after} made where the input had none, floor {MeasureFloors.EvalDamageMadeFromNothing}");
            }
            else if (before > 0 && !MeasureFloors.EvalImprovement[apply].ContainsKey(name))
            {
                failures.Add($"{name}: no floor");
            }
        }
    }
}
