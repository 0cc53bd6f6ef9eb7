namespace Proofread.Review;

/// <summary>
/// What a run is recorded with: the command (<c>fix</c>, <c>review</c>), who ran it, the rules and
/// packs it used and its options, so that a report can say what produced each change.
/// </summary>
public sealed record RunInfo(
    string Command,
    string Reviewer,
    IReadOnlyList<string> RulePacks,
    IReadOnlyDictionary<string, string> Options)
{
    /// <summary>The program's version, as recorded with every run.</summary>
    public static string ToolVersion { get; } =
        typeof(RunInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The reviewer a run is recorded for: the given name, or the user's login name.</summary>
    public static string ReviewerOrUser(string? reviewer) =>
        string.IsNullOrWhiteSpace(reviewer) ? Environment.UserName : reviewer.Trim();
}
