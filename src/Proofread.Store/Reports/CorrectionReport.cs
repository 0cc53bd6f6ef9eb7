using Proofread.Text;

namespace Proofread.Store.Reports;

/// <summary>What a report holds: the runs of a review store, each with its documents, rules and changes.</summary>
public sealed record CorrectionReport(string Database, IReadOnlyList<RunReport> Runs);

/// <summary>One run (<c>fix</c> or <c>review</c>): who, when, with which rules, and what came of it.</summary>
public sealed record RunReport(
    long Id,
    string Command,
    string StartedAt,
    string? FinishedAt,
    string ToolVersion,
    string Reviewer,
    IReadOnlyList<string> RulePacks,
    IReadOnlyDictionary<string, string> Options,
    ReportCounts Totals,
    IReadOnlyList<RuleCounts> Rules,
    IReadOnlyList<DocumentReport> Documents);

/// <summary>The counts of one rule.</summary>
public sealed record RuleCounts(string Rule, ReportCounts Counts);

/// <summary>One document of a run: its counts, per rule, and every change made to it.</summary>
public sealed record DocumentReport(
    string Path,
    string ContentHash,
    string Encoding,
    ReportCounts Totals,
    IReadOnlyList<RuleCounts> Rules,
    IReadOnlyList<ReportChange> Changes);

/// <summary>
/// A change made to a document (auto-applied, accepted or edited): the text it replaced and the
/// text that replaced it, with the text either side, and the character diff between the two.
/// </summary>
public sealed record ReportChange(
    string Rule,
    string Kind,
    string Reviewer,
    string At,
    string Before,
    string After,
    string ContextBefore,
    string ContextAfter,
    IReadOnlyList<DiffPiece> Diff);
