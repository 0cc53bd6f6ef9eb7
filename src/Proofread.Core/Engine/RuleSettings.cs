using Proofread.Findings;

namespace Proofread.Engine;

/// <summary>
/// What a configuration says of one rule: whether it runs, an applicability that replaces the
/// rule's own for findings that carry edits, and a confidence below which its findings are dropped.
/// </summary>
public sealed record RuleSettings(bool Enabled = true, Applicability? Applicability = null, double MinConfidence = 0)
{
    public static RuleSettings Default { get; } = new();
}
