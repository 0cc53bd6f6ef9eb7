using Proofread.Rules;

namespace Proofread.Packs;

/// <summary>A loaded, validated rule pack: its name (from the file), where it came from, and its rules.</summary>
public sealed record RulePack(string Name, string Path, string Description, IReadOnlyList<IRule> Rules, bool Shipped);
