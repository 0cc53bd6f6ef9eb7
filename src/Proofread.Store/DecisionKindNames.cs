using Proofread.Review;

namespace Proofread.Store;

/// <summary>The names decisions are stored and reported by.</summary>
public static class DecisionKindNames
{
    public static string Name(this DecisionKind kind) => kind switch
    {
        DecisionKind.Accepted => "accepted",
        DecisionKind.Rejected => "rejected",
        DecisionKind.Edited => "edited",
        DecisionKind.AutoApplied => "auto-applied",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static DecisionKind ParseDecisionKind(string name) => name switch
    {
        "accepted" => DecisionKind.Accepted,
        "rejected" => DecisionKind.Rejected,
        "edited" => DecisionKind.Edited,
        "auto-applied" => DecisionKind.AutoApplied,
        _ => throw new ProofreadException($"unknown decision kind '{name}' in the database"),
    };
}
