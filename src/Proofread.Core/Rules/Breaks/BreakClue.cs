namespace Proofread.Rules.Breaks;

/// <summary>What one piece of evidence at a break says: which part found it.</summary>
public enum BreakClueKind
{
    NoSentenceEnd,
    NumberCut,
    DependentOpening,
    LoneCharacterClause,
    StrandedVerb,
    UnfinishedConjunction,
    StrandedFirstPiece,
    StrandedSecondPiece,
    OpeningMarkAtEnd,
    MarkCannotOpen,
    CommaAtEnd,
    ParticleOpening,
    OpenWordAtEnd,
    WordCut,
    Quotation,
    BothRunningText,
}

/// <summary>
/// How much a clue weighs: a strong clue alone may join the pieces (when the second is running
/// text); weak clues join only together, or between two pieces of running text.
/// </summary>
public enum ClueWeight
{
    Weak,
    Strong,
}

/// <summary>One piece of evidence that the text runs on across a break, named in the finding's message by <see cref="Description"/>.</summary>
public sealed record BreakClue(BreakClueKind Kind, ClueWeight Weight, string Description)
{
    public static BreakClue Strong(BreakClueKind kind, string description) => new(kind, ClueWeight.Strong, description);

    public static BreakClue Weak(BreakClueKind kind, string description) => new(kind, ClueWeight.Weak, description);

    public bool IsStrong => Weight == ClueWeight.Strong;
}
