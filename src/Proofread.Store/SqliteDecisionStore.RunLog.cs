using System.Text.Json;
using Microsoft.Data.Sqlite;
using Proofread.Findings;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Store;

/// <summary>
/// The store as a run log (<see cref="IRunLog"/>): runs, the findings each run proposed, and the
/// changes a batch run made. A review's decisions are recorded under its run too; a decision made
/// before any run began starts one for the reviewer.
/// </summary>
public sealed partial class SqliteDecisionStore
{
    private long? _runId;
    private bool _runFinished;

    /// <summary>The run decisions are recorded under, once one has begun.</summary>
    public long? CurrentRunId
    {
        get
        {
            lock (_gate)
            {
                return _runId;
            }
        }
    }

    /// <summary>Starts a run: every decision and proposal from now on is recorded under it.</summary>
    public long BeginRun(RunInfo run)
    {
        lock (_gate)
        {
            return Write(transaction =>
            {
                _runId = InsertRun(transaction, run);
                _runFinished = false;
                return _runId.Value;
            });
        }
    }

    /// <summary>
    /// Marks the current run finished (a run never finished was interrupted). Only the first call
    /// counts, so the run's own finish and the one <see cref="Dispose"/> makes record one time.
    /// </summary>
    public void FinishRun()
    {
        lock (_gate)
        {
            if (_runId is not long runId || _runFinished)
            {
                return;
            }

            Write(transaction =>
            {
                using var command = Command(transaction, "UPDATE runs SET finished_at = $at WHERE id = $run", ("$at", Now()), ("$run", runId));
                return command.ExecuteNonQuery();
            });
            _runFinished = true;
        }
    }

    /// <summary>Records several decisions on one document in one transaction (all of a batch run's fixes to a file).</summary>
    public void RecordChanges(long documentId, IReadOnlyList<RecordedChange> changes)
    {
        lock (_gate)
        {
            _texts.TryGetValue(documentId, out string? text);
            Write(transaction =>
            {
                long runId = EnsureRun(transaction);
                foreach (var change in changes)
                {
                    InsertDecision(transaction, runId, documentId, change, text);
                }

                return 0;
            });
        }
    }

    public void Propose(long documentId, Document document, IReadOnlyList<Finding> findings)
    {
        lock (_gate)
        {
            Write(transaction =>
            {
                long runId = EnsureRun(transaction);
                foreach (var finding in findings)
                {
                    if (!finding.HasEdits)
                    {
                        continue;
                    }

                    string fingerprint = FindingFingerprint.Compute(document, finding);
                    if (FindingProposed(transaction, runId, documentId, fingerprint))
                    {
                        continue;
                    }

                    var extent = finding.Extent;
                    var (before, after) = SurroundingText.Of(document.Text, extent);
                    InsertFinding(transaction, runId, documentId, fingerprint, finding, document.Slice(extent), finding.Replacement(document.Text), before, after);
                }

                return 0;
            });
        }
    }

    private long EnsureRun(SqliteTransaction transaction)
    {
        _runId ??= InsertRun(transaction, new RunInfo("review", _reviewer, [], new Dictionary<string, string>()));
        return _runId.Value;
    }

    private long InsertRun(SqliteTransaction transaction, RunInfo run)
    {
        using var command = Command(
            transaction,
            """
            INSERT INTO runs (command, started_at, tool_version, reviewer, rule_packs, options)
            VALUES ($command, $at, $version, $reviewer, $packs, $options)
            RETURNING id
            """,
            ("$command", run.Command),
            ("$at", Now()),
            ("$version", RunInfo.ToolVersion),
            ("$reviewer", run.Reviewer),
            ("$packs", JsonSerializer.Serialize(run.RulePacks)),
            ("$options", JsonSerializer.Serialize(new SortedDictionary<string, string>(run.Options.ToDictionary(), StringComparer.Ordinal))));
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private bool FindingProposed(SqliteTransaction transaction, long runId, long documentId, string fingerprint)
    {
        using var command = Command(
            transaction,
            "SELECT 1 FROM findings WHERE run_id = $run AND document_id = $document AND fingerprint = $fingerprint LIMIT 1",
            ("$run", runId),
            ("$document", documentId),
            ("$fingerprint", fingerprint));
        return command.ExecuteScalar() is not null;
    }

    private void InsertFinding(SqliteTransaction transaction, long runId, long documentId, string fingerprint, Finding finding, string before, string? replacement, string contextBefore, string contextAfter)
    {
        var extent = finding.Extent;
        using var command = Command(
            transaction,
            """
            INSERT INTO findings (run_id, document_id, fingerprint, rule_id, span_start, span_end, message, confidence, applicability, before_text, replacement, context_before, context_after)
            VALUES ($run, $document, $fingerprint, $rule, $start, $end, $message, $confidence, $applicability, $before, $replacement, $contextBefore, $contextAfter)
            """,
            ("$run", runId),
            ("$document", documentId),
            ("$fingerprint", fingerprint),
            ("$rule", finding.RuleId),
            ("$start", extent.Start),
            ("$end", extent.End),
            ("$message", finding.Message),
            ("$confidence", finding.Confidence),
            ("$applicability", finding.Applicability.Name()),
            ("$before", before),
            ("$replacement", replacement),
            ("$contextBefore", contextBefore),
            ("$contextAfter", contextAfter));
        command.ExecuteNonQuery();
    }
}
