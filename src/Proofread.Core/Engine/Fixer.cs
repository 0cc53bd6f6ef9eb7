using Proofread.Corpus;
using Proofread.Findings;
using Proofread.Rules;
using Proofread.Text;

namespace Proofread.Engine;

/// <summary>A fix applied by <see cref="Fixer"/>: in which pass, and the text it replaced there.</summary>
public sealed record AppliedFix(int Pass, Finding Finding, string Before, string After, string ContextBefore, string ContextAfter);

/// <summary>One pass of <see cref="Fixer"/> that changed the text: the text it started from and the fixes it applied to it.</summary>
public sealed record FixPass(int Number, SourceText Before, IReadOnlyList<AppliedFix> Applied);

/// <summary>The outcome of fixing one document.</summary>
public sealed record FixResult(SourceText Original, SourceText Fixed, IReadOnlyList<AppliedFix> Applied, int Passes, bool Converged)
{
    public bool Changed => !ReferenceEquals(Original, Fixed) && Original.Text != Fixed.Text;

    /// <summary>How many fixes each rule applied, for summaries and reports.</summary>
    public IReadOnlyDictionary<string, int> CountsByRule() =>
        Applied.GroupBy(a => a.Finding.RuleId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}

/// <summary>
/// Analyses, applies the fixes that pass the filter, and analyses the new text again, until a pass
/// changes nothing, the text comes back to an earlier state (a circular fix), or the pass limit
/// is reached. Later passes see what earlier ones did: once furniture between two halves of a
/// broken paragraph is gone, the halves can be joined.
/// </summary>
public sealed class Fixer
{
    public const int DefaultMaxPasses = 10;

    private readonly RuleEngine _engine;
    private readonly int _maxPasses;
    private readonly bool _incremental;

    /// <param name="incremental">
    /// Passes after the first tell the rules where the text changed (<see cref="RuleContext.Focus"/>),
    /// so they look again only there. False: every pass analyses the whole text (the reference the
    /// tests compare the incremental fixer with).
    /// </param>
    public Fixer(RuleEngine engine, int maxPasses = DefaultMaxPasses, bool incremental = true)
    {
        _engine = engine;
        _maxPasses = maxPasses;
        _incremental = incremental;
    }

    /// <param name="minimum">The lowest applicability applied: Safe for a batch run, Review for <c>--apply all</c>.</param>
    /// <param name="accept">An optional further filter, e.g. to leave out findings a reviewer rejected before.</param>
    /// <param name="observe">Called after each pass that changed the text, e.g. to judge each fix against gold in the text it was applied to.</param>
    public FixResult Fix(
        SourceText source,
        RunStatistics? run = null,
        Applicability minimum = Applicability.Safe,
        Func<Document, Finding, bool>? accept = null,
        Action<FixPass>? observe = null)
    {
        if (minimum == Applicability.None)
        {
            throw new ArgumentException("report-only findings are never applied", nameof(minimum));
        }

        var current = source;
        var applied = new List<AppliedFix>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { source.Text };
        IReadOnlyList<TextSpan>? changed = null;
        for (int pass = 1; pass <= _maxPasses; pass++)
        {
            var document = new Document(current);
            var focus = changed is null || !_incremental ? null : TextRegions.AroundBlocks(document, changed);
            var candidates = _engine.Analyze(document, run, focus, editsOnly: true)
                .Where(f => f.HasEdits && f.Applicability >= minimum && (accept is null || accept(document, f)));
            var result = FixApplier.Apply(current.Text, candidates);
            if (result.Applied.Count == 0)
            {
                return new FixResult(source, current, applied, pass - 1, Converged: true);
            }

            var thisPass = new List<AppliedFix>(result.Applied.Count);
            foreach (var f in result.Applied)
            {
                var (before, after) = SurroundingText.Of(current.Text, f.Extent);
                thisPass.Add(new AppliedFix(pass, f, document.Slice(f.Extent), f.Replacement(current.Text)!, before, after));
            }

            applied.AddRange(thisPass);
            observe?.Invoke(new FixPass(pass, current, thisPass));
            current = current.WithText(result.Text);
            changed = result.Changed;
            if (!seen.Add(current.Text))
            {
                return new FixResult(source, current, applied, pass, Converged: false);
            }
        }

        return new FixResult(source, current, applied, _maxPasses, Converged: false);
    }
}
