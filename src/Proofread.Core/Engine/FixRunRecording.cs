using System.Collections.Concurrent;
using Proofread.Corpus;
using Proofread.Findings;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Engine;

/// <summary>What a batch run recorded in its run log: the run's id and what it counted.</summary>
/// <param name="SkippedAsRejected">Findings (one per document and fingerprint, whatever the passes) left out because they were rejected before.</param>
public sealed record RecordedRun(long RunId, int AutoApplied, int Proposed, int SkippedAsRejected);

/// <summary>
/// A batch run as its <see cref="IRunLog"/> sees it: findings rejected before are left out of the
/// fixing, every fix applied is recorded as an auto-applied decision, and the fixes still waiting
/// for a person (review-only, or left over) are recorded as proposed. Files are fixed in parallel;
/// the log serializes the writes.
/// </summary>
internal sealed class FixRunRecording
{
    private readonly IRunLog _log;
    private readonly RuleEngine _engine;
    private readonly TimeProvider _clock;
    private readonly string _reviewer;
    private readonly IReadOnlySet<string> _rejected;
    private readonly long _runId;
    private readonly ConcurrentDictionary<(string Path, string Fingerprint), bool> _skipped = new();
    private int _autoApplied;
    private int _proposed;

    public FixRunRecording(IRunLog log, RunInfo run, RuleEngine engine, TimeProvider clock)
    {
        _log = log;
        _engine = engine;
        _clock = clock;
        _reviewer = run.Reviewer;

        // One snapshot for the whole run, so every file is fixed against the same exceptions.
        _rejected = log.LoadExceptions();
        _runId = log.BeginRun(run);
    }

    /// <summary>Fixes a document as <see cref="Fixer.Fix"/> does, leaving out findings rejected before; returns the fingerprint of every finding it let through.</summary>
    public (FixResult Result, IReadOnlyDictionary<Finding, string> Fingerprints) Fix(Fixer fixer, SourceText source, RunStatistics run, Applicability minimum)
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
        return (result, fingerprints);
    }

    /// <summary>
    /// Records what <see cref="Fix"/> did to the document: call it once the corrected file is
    /// written (a dry run records nothing), so the log never claims a fix that is not on disk.
    /// </summary>
    public void Record(FixResult result, IReadOnlyDictionary<Finding, string> fingerprints, RunStatistics run)
    {
        long documentId = _log.OpenDocument(result.Original);
        var changes = new List<RecordedChange>(result.Applied.Count);
        foreach (var fix in result.Applied)
        {
            var decision = new Decision(fingerprints[fix.Finding], fix.Finding.RuleId, DecisionKind.AutoApplied, fix.Before, fix.After, _reviewer, _clock.GetUtcNow());
            changes.Add(new RecordedChange(fix.Finding, decision, fix.ContextBefore, fix.ContextAfter));
        }

        _log.RecordChanges(documentId, changes);
        Interlocked.Add(ref _autoApplied, changes.Count);

        var fixedDocument = new Document(result.Fixed);
        var waiting = new List<Finding>();
        foreach (var finding in _engine.Analyze(fixedDocument, run))
        {
            if (finding.HasEdits && !_rejected.Contains(FindingFingerprint.Compute(fixedDocument, finding)))
            {
                waiting.Add(finding);
            }
        }

        _log.Propose(documentId, fixedDocument, waiting);
        Interlocked.Add(ref _proposed, waiting.Count);
    }

    /// <summary>Marks the run finished and says what it recorded.</summary>
    public RecordedRun Finish()
    {
        _log.FinishRun();
        return new RecordedRun(_runId, _autoApplied, _proposed, _skipped.Count);
    }
}
