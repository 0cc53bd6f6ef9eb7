namespace Proofread.Evaluation;

/// <summary>Many pages against gold: distances summed over files, rule effects summed over files.</summary>
public sealed record EvalSummary(IReadOnlyList<FileEvaluation> Files, IReadOnlyList<RuleEffect> Rules, long DistanceBefore, long DistanceAfter)
{
    /// <summary>The share of the whole corpus's distance to gold the fixes removed.</summary>
    public double? Improvement => Evaluator.Improvement(DistanceBefore, DistanceAfter);

    /// <summary>The files' distances by damage class, added up.</summary>
    public IReadOnlyList<ClassFigure> Classes { get; } = ClassFigure.Sum(Files.Select(f => f.Classes));

    public static EvalSummary Of(IReadOnlyList<FileEvaluation> files)
    {
        var rules = files.SelectMany(f => f.Rules)
            .GroupBy(r => r.RuleId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RuleEffect(g.Key, g.Sum(r => r.Helpful), g.Sum(r => r.Harmful), g.Sum(r => r.Neutral)))
            .ToArray();
        return new EvalSummary(files, rules, files.Sum(f => (long)f.DistanceBefore), files.Sum(f => (long)f.DistanceAfter));
    }
}
