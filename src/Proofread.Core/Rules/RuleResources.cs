using Proofread.Lexicon;

namespace Proofread.Rules;

/// <summary>
/// What rules read besides the document and the run: the lexicon (and, as they come, other
/// models). Heavy resources load once, lazily, when a rule first asks, and are shared read-only
/// by every rule and thread; <see cref="Shared"/> is what an engine hands out unless it is given
/// others (a test hands a rule a small lexicon this way).
/// </summary>
public sealed class RuleResources
{
    private readonly Lazy<ChineseLexicon> _lexicon;

    public RuleResources(ChineseLexicon lexicon) => _lexicon = new Lazy<ChineseLexicon>(lexicon);

    private RuleResources(Func<ChineseLexicon> lexicon) => _lexicon = new Lazy<ChineseLexicon>(lexicon, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded lexicon, loaded on first use.</summary>
    public static RuleResources Shared { get; } = new(() => ChineseLexicon.Shared);

    public ChineseLexicon Lexicon => _lexicon.Value;
}
