namespace Proofread.Findings;

/// <summary>
/// How far a proposed fix may be trusted, ordered so that "at least review" is a comparison:
/// <c>None &lt; Review &lt; Safe</c>.
/// </summary>
public enum Applicability
{
    /// <summary>Report only: there is no edit, or the edit must never be applied without a person writing it.</summary>
    None = 0,

    /// <summary>A person decides: review applies it on acceptance, <c>fix --apply all</c> applies it too.</summary>
    Review = 1,

    /// <summary>A batch run may apply it unattended.</summary>
    Safe = 2,
}

public static class ApplicabilityNames
{
    public static string Name(this Applicability a) => a switch
    {
        Applicability.Safe => "safe",
        Applicability.Review => "review",
        _ => "none",
    };

    public static Applicability Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "safe" => Applicability.Safe,
        "review" => Applicability.Review,
        "none" => Applicability.None,
        _ => throw new ProofreadException($"unknown applicability '{name}' (expected safe, review or none)"),
    };
}
