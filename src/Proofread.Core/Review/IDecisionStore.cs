using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Review;

/// <summary>What a person (or a batch run) decided about a finding.</summary>
public enum DecisionKind
{
    Accepted,
    Rejected,
    Edited,
    AutoApplied,
}

/// <summary>
/// A decision, keyed by the finding's fingerprint (<see cref="FindingFingerprint"/>), not by
/// offsets, so it survives re-runs. <see cref="FinalText"/> is the text that replaced the
/// finding's extent (null for a rejection).
/// </summary>
public sealed record Decision(
    string Fingerprint,
    string RuleId,
    DecisionKind Kind,
    string Before,
    string? FinalText,
    string Reviewer,
    DateTimeOffset At);

/// <summary>
/// Where decisions are kept. Core's review session saves through it; the SQLite store implements
/// it. Every call is durable when it returns: a crash after it loses nothing.
/// </summary>
public interface IDecisionStore
{
    /// <summary>Registers a document (path, content hash, encoding) or finds it again; returns its id.</summary>
    long OpenDocument(SourceText source);

    /// <summary>The current decision for each fingerprint of the document (the latest one, retracted ones left out).</summary>
    IReadOnlyDictionary<string, Decision> LoadDecisions(long documentId);

    /// <summary>Records a decision on a finding of the document.</summary>
    void Record(long documentId, Finding finding, Decision decision);

    /// <summary>Takes back the latest decision on a fingerprint (undo).</summary>
    void Retract(long documentId, string fingerprint);

    /// <summary>True when a finding with this fingerprint was rejected before: it is not proposed again.</summary>
    bool IsRejected(string fingerprint);

    /// <summary>
    /// Notes the findings a run puts before a person (those with edits still undecided), so that
    /// reports can count what was proposed and what is still pending. A store may ignore it.
    /// </summary>
    void Propose(long documentId, Document document, IReadOnlyList<Finding> findings)
    {
    }
}
