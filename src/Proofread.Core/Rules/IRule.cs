using Proofread.Corpus;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Rules;

/// <summary>
/// A rule inspects one document (and what the run knows across its pages) and reports findings.
/// Rules are stateless and thread-safe: one instance serves every document of a run, in parallel.
/// </summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    /// <summary>Worked examples the test suite runs: fixed pairs, texts that must stay, texts that must be flagged.</summary>
    IReadOnlyList<RuleExample> Examples { get; }

    IEnumerable<Finding> Analyze(RuleContext context);
}

/// <summary>
/// A rule that names spans no rule may edit (protected phrases). The engine drops every finding
/// whose edits touch one.
/// </summary>
public interface IProtectedSpanSource
{
    IEnumerable<TextSpan> ProtectedSpans(RuleContext context);
}

/// <summary>What a rule sees: the document and the run's statistics.</summary>
public sealed record RuleContext(Document Document, RunStatistics Run)
{
    public static RuleContext For(string text) => new(Document.FromText(text), RunStatistics.Empty);
}

/// <summary>
/// A rule's identity and documentation. <see cref="Id"/> is kebab-case and stable: it appears in
/// reports, configs and the database. <see cref="Documentation"/> follows the fixed headings
/// What it does / Why / Example / Fix safety, and is what <c>proofread rules --explain</c> prints.
/// </summary>
public sealed record RuleDescriptor(
    string Id,
    string Summary,
    Applicability DefaultApplicability,
    string Documentation = "",
    string Source = "built-in");

public enum RuleExampleKind
{
    /// <summary>Applying the rule's edits (any applicability) turns <see cref="RuleExample.Text"/> into <see cref="RuleExample.Expected"/>.</summary>
    Fix,

    /// <summary>The rule reports nothing on the text.</summary>
    Keep,

    /// <summary>The rule reports at least one finding on the text, with no edit applied by a safe batch.</summary>
    Flag,
}

public sealed record RuleExample(RuleExampleKind Kind, string Text, string? Expected = null)
{
    public static RuleExample Fix(string before, string after) => new(RuleExampleKind.Fix, before, after);

    public static RuleExample Keep(string text) => new(RuleExampleKind.Keep, text);

    public static RuleExample Flag(string text) => new(RuleExampleKind.Flag, text);

    public override string ToString() => Kind == RuleExampleKind.Fix ? $"{Kind}: {Text} → {Expected}" : $"{Kind}: {Text}";
}
