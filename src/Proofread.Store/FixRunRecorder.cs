using System.Collections.Concurrent;
using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Store;

/// <summary>
/// A batch run (<c>fix</c>) as the store sees it: findings a reviewer rejected before are left out
/// of the fixing, every fix applied is recorded as an auto-applied decision, and the fixes still
/// waiting for a person (review-only, or left over) are recorded as proposed. Files are fixed in
/// parallel; the store serializes the writes.
/// </summary>
public sealed class FixRunRecorder
{
    private readonly SqliteDecisionStore _store;
    private readonly RuleEngine _engine;
    private readonly IReadOnlySet<string> _rejected;
    private readonly string _reviewer;
    private readonly ConcurrentDictionary<FixResult, IReadOnlyDictionary<Finding, string>> _fingerprints = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(string Path, string Fingerprint), bool> _skipped = new();
    private int _recordedFixes;
    private int _proposed;

    public FixRunRecorder(SqliteDecisionStore store, RuleEngine engine, RunInfo run)
    {
        _store = store;
        _engine = engine;
        _reviewer = run.Reviewer;

        // One snapshot for the whole run, so every file is fixed against the same exceptions.
        _rejected = store.LoadExceptions();
        store.BeginRun(run);
    }

    /// <summary>How many findings (one per document and fingerprint, whatever the passes) the exceptions kept out of this run so far.</summary>
    public int SkippedAsRejected => _skipped.Count;

    /// <summary>Fixes a document as <see cref="Fixer.Fix"/> does, leaving out findings rejected before.</summary>
    public FixResult Fix(Fixer fixer, SourceText source, RunStatistics? run, Applicability minimum)
    {
        var fingerprints = new Dictionary<Finding, string>(ReferenceEqualityComparer.Instance);
        var result = fixer.Fix(source, run, minimum, (document, finding) =>
        {
            string fingerprint = FindingFingerprint.Compute(document, finding);
            if (_rejected.Contains(fingerprint))
            {
                _skipped.TryAdd((source.Path, fingerprint), true);
                return false;
            }

            fingerprints[finding] = fingerprint;
            return true;
        });
        _fingerprints[result] = fingerprints;
        return result;
    }

    /// <summary>
    /// Records what <see cref="Fix"/> did to the document: call it once the corrected file is
    /// written (a dry run records nothing), so the store never claims a fix that is not on disk.
    /// </summary>
    public void Record(FixResult result, RunStatistics? run)
    {
        if (!_fingerprints.TryRemove(result, out var fingerprints))
        {
            throw new InvalidOperationException("the result was not produced by this recorder");
        }

        long documentId = _store.OpenDocument(result.Original);
        var changes = new List<RecordedChange>(result.Applied.Count);
        foreach (var fix in result.Applied)
        {
            var decision = new Decision(fingerprints[fix.Finding], fix.Finding.RuleId, DecisionKind.AutoApplied, fix.Before, fix.After, _reviewer, DateTimeOffset.UtcNow);
            changes.Add(new RecordedChange(fix.Finding, decision, fix.ContextBefore, fix.ContextAfter));
        }

        _store.RecordChanges(documentId, changes);
        Interlocked.Add(ref _recordedFixes, changes.Count);

        var fixedDocument = new Document(result.Fixed);
        var waiting = new List<Finding>();
        foreach (var finding in _engine.Analyze(fixedDocument, run))
        {
            if (finding.HasEdits && !_rejected.Contains(FindingFingerprint.Compute(fixedDocument, finding)))
            {
                waiting.Add(finding);
            }
        }

        _store.Propose(documentId, fixedDocument, waiting);
        Interlocked.Add(ref _proposed, waiting.Count);
    }

    /// <summary>One line for the run's summary: what was recorded where.</summary>
    public string Describe(bool dryRun)
    {
        string skipped = SkippedAsRejected > 0 ? $"; {SkippedAsRejected} finding(s) left out as rejected before" : string.Empty;
        return dryRun
            ? $"Review store {_store.Path}: nothing recorded (dry run){skipped}."
            : $"Review store {_store.Path}: run {_store.CurrentRunId} recorded with {_recordedFixes} auto-applied fix(es) and {_proposed} finding(s) waiting for review{skipped}.";
    }

    /// <summary>Forgets a result that will not be recorded (a dry run).</summary>
    public void Discard(FixResult result) => _fingerprints.TryRemove(result, out _);
}
