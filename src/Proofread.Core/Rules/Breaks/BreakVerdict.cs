using Proofread.Findings;

namespace Proofread.Rules.Breaks;

/// <summary>
/// What the clues at a break add up to. A strong clue joins the pieces safely when the second is
/// running text, or the clue itself rules a headline out (a mark that cannot open text, a cut
/// word, a stranded fragment); weak clues join two pieces of running text safely; two or more
/// weak clues before running text go to review; anything less is no join.
/// </summary>
public sealed record BreakVerdict(Applicability Applicability, double Confidence, IReadOnlyList<BreakClue> Clues)
{
    public static BreakVerdict? Weigh(BreakSite site, PieceShapes shapes, IReadOnlyList<BreakClue> clues)
    {
        int strong = clues.Count(c => c.IsStrong);
        int weak = clues.Count - strong;
        bool cutsWord = clues.Any(c => c.Kind == BreakClueKind.WordCut && c.IsStrong);
        if (strong > 0 && (shapes.SecondIsProse || site.ClosesOnNext || cutsWord || shapes.SecondIsFragment))
        {
            return new BreakVerdict(Applicability.Safe, strong > 1 ? 0.97 : 0.93, clues);
        }

        if (shapes.FirstIsProse && shapes.SecondIsProse && weak > 0)
        {
            return new BreakVerdict(Applicability.Safe, 0.85, [.. clues, BreakClue.Weak(BreakClueKind.BothRunningText, "both blocks are running text")]);
        }

        return shapes.SecondIsProse && weak > 1 ? new BreakVerdict(Applicability.Review, 0.55, clues) : null;
    }

    /// <summary>The clues as the message names them: the strong ones, then the weak ones, each in the order found.</summary>
    public string Evidence => string.Join("; ", Clues.Where(c => c.IsStrong).Concat(Clues.Where(c => !c.IsStrong)).Select(c => c.Description));
}
