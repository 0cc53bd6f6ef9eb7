using Proofread.Corpus;
using Proofread.Findings;
using Proofread.Lexicon;
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

/// <summary>
/// What a rule sees: the document and the run's statistics; in a fixer's later pass also
/// <see cref="Focus"/>, the regions that changed since the last pass; and the
/// <see cref="Resources"/> (lexicon, models) it may read. A rule takes what it needs from here,
/// never from a singleton, so that a test can hand it a small lexicon.
/// </summary>
public sealed record RuleContext(Document Document, RunStatistics Run, TextRegions? Focus = null)
{
    /// <summary>The lexicon and models; the shared ones (loaded once, lazily) unless someone hands others.</summary>
    public RuleResources Resources { get; init; } = RuleResources.Shared;

    /// <summary>The lexicon of <see cref="Resources"/>.</summary>
    public ChineseLexicon Lexicon => Resources.Lexicon;

    public static RuleContext For(string text) => new(Document.FromText(text), RunStatistics.Empty);

    /// <summary>
    /// Whether a finding at <paramref name="span"/> may be new in this pass. Outside the focus the
    /// text and its neighbourhood are as the last pass saw them, which already reported there, so
    /// a rule may skip the work (it need not: findings outside the focus are harmless).
    /// </summary>
    public bool InFocus(TextSpan span) => Focus is null || Focus.Touches(span);

    /// <summary>The indices of the lines that touch the focus, in order (every line without a focus).</summary>
    public IEnumerable<int> LinesInFocus()
    {
        var lines = Document.Lines;
        if (Focus is null)
        {
            for (int i = 0; i < lines.Count; i++)
            {
                yield return i;
            }

            yield break;
        }

        int next = 0;
        foreach (var region in Focus.Spans)
        {
            for (int i = Math.Max(next, Document.LineAt(region.Start)); i < lines.Count && lines[i].Span.Start <= region.End; i++)
            {
                yield return i;
                next = i + 1;
            }
        }
    }
}

/// <summary>
/// A rule's identity and documentation. <see cref="Id"/> is kebab-case and stable: it appears in
/// reports, configs and the database. <see cref="Documentation"/> follows the fixed headings
/// What it does / Why / Example / Fix safety, and is what <c>proofread rules --explain</c> prints.
/// <see cref="DefaultApplicability"/> is the most its findings are: <c>None</c> marks a report-only
/// rule, which never proposes an edit (a fixer does not even run it).
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

    /// <summary>An example's text on one line, its line breaks shown (⏎, ␍), as messages and documentation quote it.</summary>
    public static string Visible(string text) => text.Replace("\r", "␍").Replace("\n", "⏎");
}
