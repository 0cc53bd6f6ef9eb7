using DiffPlex;
using DiffPlex.Chunkers;
using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Evaluation;

/// <summary>What one rule's applied fixes did to the distance from gold, fix by fix.</summary>
public sealed record RuleEffect(string RuleId, int Helpful, int Harmful, int Neutral)
{
    public int Applied => Helpful + Harmful + Neutral;
}

/// <summary>
/// One page against its gold twin: the edit distances (code points, after
/// <see cref="GoldText.Normalize"/>) before and after the fix, and each rule's effect.
/// </summary>
public sealed record FileEvaluation(string Path, int DistanceBefore, int DistanceAfter, IReadOnlyList<RuleEffect> Rules)
{
    /// <summary>The share of the distance to gold the fix removed; null when the input was already gold.</summary>
    public double? Improvement => Evaluator.Improvement(DistanceBefore, DistanceAfter);

    /// <summary>The same distances split by damage class (<see cref="DamageClassifier"/>), one figure per class.</summary>
    public IReadOnlyList<ClassFigure> Classes { get; init; } = [];
}

/// <summary>
/// Measures a rule set against gold, as the ICDAR post-OCR correction competitions do:
/// (d(input, gold) − d(output, gold)) / d(input, gold), 1 perfect, 0 no help, negative harm.
/// Each applied fix is also judged on its own: the text around it (<see cref="Window"/> code
/// units either side) is compared with the gold text aligned to it, before and after the fix;
/// closer is helpful, further is harmful.
/// </summary>
public sealed class Evaluator
{
    /// <summary>How much text either side of a fix its judgement looks at.</summary>
    public const int Window = 24;

    private readonly Fixer _fixer;
    private readonly Applicability _minimum;

    public Evaluator(RuleEngine engine, Applicability minimum = Applicability.Safe)
    {
        _fixer = new Fixer(engine);
        _minimum = minimum;
    }

    public static double? Improvement(long before, long after) => before == 0 ? null : (double)(before - after) / before;

    /// <summary>Fixes the input as <c>fix</c> does, judging each pass's fixes in the text they were applied to.</summary>
    public FileEvaluation Evaluate(SourceText input, string gold, RunStatistics? run = null)
    {
        var effects = new Dictionary<string, int[]>(StringComparer.Ordinal);
        void JudgePass(FixPass pass)
        {
            string text = pass.Before.Text;
            var toGold = AlignToGold(text, gold);
            foreach (var applied in pass.Applied)
            {
                int verdict = Judge(text, gold, toGold, applied.Finding);
                if (!effects.TryGetValue(applied.Finding.RuleId, out var counts))
                {
                    effects[applied.Finding.RuleId] = counts = new int[3];
                }

                counts[verdict < 0 ? 0 : verdict > 0 ? 1 : 2]++;
            }
        }

        var current = _fixer.Fix(input, run, _minimum, observe: JudgePass).Fixed;
        string normalizedGold = GoldText.Normalize(gold);
        int before = EditDistance.Levenshtein(GoldText.Normalize(input.Text), normalizedGold);
        int after = ReferenceEquals(current, input) ? before : EditDistance.Levenshtein(GoldText.Normalize(current.Text), normalizedGold);
        var rules = effects.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new RuleEffect(e.Key, e.Value[0], e.Value[1], e.Value[2])).ToArray();
        return new FileEvaluation(input.Path, before, after, rules) 
        {
            Classes = ClassFigure.Compare(GoldText.Normalize(input.Text), GoldText.Normalize(current.Text), normalizedGold),
        };
    }

    /// <summary>
    /// For every position of <paramref name="text"/>, the position of gold aligned to it by a
    /// character diff; characters gold lacks map to where the gap is.
    /// </summary>
    private static int[] AlignToGold(string text, string gold)
    {
        var diff = Differ.Instance.CreateDiffs(text, gold, false, false, CharacterChunker.Instance);
        var map = new int[text.Length + 1];
        int a = 0, b = 0;
        foreach (var block in diff.DiffBlocks)
        {
            while (a < block.DeleteStartA)
            {
                map[a++] = b++;
            }

            b = block.InsertStartB;
            for (int k = 0; k < block.DeleteCountA; k++)
            {
                map[a++] = b;
            }

            b += block.InsertCountB;
        }

        while (a < text.Length)
        {
            map[a++] = Math.Min(b++, gold.Length);
        }

        map[text.Length] = gold.Length;
        return map;
    }

    /// <summary>Negative when the fix brings the text around it closer to gold, positive when it takes it further away.</summary>
    private static int Judge(string text, string gold, int[] toGold, Finding finding)
    {
        var extent = finding.Extent;
        var (from, to) = SurroundingText.Around(text, extent, Window);
        string window = text[from..to];
        string changed = string.Concat(text.AsSpan(from, extent.Start - from), finding.Replacement(text), text.AsSpan(extent.End, to - extent.End));
        int goldFrom = toGold[from], goldTo = Math.Max(goldFrom, toGold[to]);
        string goldWindow = GoldText.Normalize(gold[goldFrom..goldTo]);
        return EditDistance.Levenshtein(GoldText.Normalize(changed), goldWindow) - EditDistance.Levenshtein(GoldText.Normalize(window), goldWindow);
    }
}
