using Microsoft.Data.Sqlite;
using Proofread.Findings;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Store;

/// <summary>The store's decisions and the exceptions they make: what a person decided about each finding, undo, and what is never proposed again.</summary>
public sealed partial class SqliteDecisionStore
{
    /// <summary>
    /// The current decision for each fingerprint of the document and of earlier versions of the same
    /// file (fingerprints do not depend on offsets, so they carry over): the latest one not retracted.
    /// </summary>
    public IReadOnlyDictionary<string, Decision> LoadDecisions(long documentId)
    {
        lock (_gate)
        {
            return Read(() =>
            {
                using var command = Command(
                    null,
                    """
                    SELECT d.fingerprint, d.rule_id, d.kind, d.before_text, d.final_text, d.reviewer, d.decided_at
                    FROM decisions d JOIN documents doc ON doc.id = d.document_id
                    WHERE doc.path = (SELECT path FROM documents WHERE id = $document) AND d.retracted_at IS NULL
                    ORDER BY d.id
                    """,
                    ("$document", documentId));
                var decisions = new Dictionary<string, Decision>(StringComparer.Ordinal);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var decision = new Decision(
                        reader.GetString(0),
                        reader.GetString(1),
                        DecisionKindNames.ParseDecisionKind(reader.GetString(2)),
                        reader.GetString(3),
                        reader.IsDBNull(4) ? null : reader.GetString(4),
                        reader.GetString(5),
                        DateTimeOffset.Parse(reader.GetString(6), System.Globalization.CultureInfo.InvariantCulture));
                    decisions[decision.Fingerprint] = decision;
                }

                return decisions;
            });
        }
    }

    public void Record(long documentId, Finding finding, Decision decision)
    {
        lock (_gate)
        {
            var (before, after) = _texts.TryGetValue(documentId, out string? text) ? SurroundingText.Of(text, finding.Extent) : (string.Empty, string.Empty);
            RecordChange(documentId, finding, decision, before, after);
        }
    }

    /// <summary>
    /// Records a decision with the text either side of the change, for a caller that knows it better
    /// than the document registered (a fix applied in a later pass, over text already changed).
    /// </summary>
    public void RecordChange(long documentId, Finding finding, Decision decision, string contextBefore, string contextAfter) =>
        RecordChanges(documentId, [new RecordedChange(finding, decision, contextBefore, contextAfter)]);

    public void Retract(long documentId, string fingerprint)
    {
        lock (_gate)
        {
            Write(transaction =>
            {
                using var command = Command(
                    transaction,
                    """
                    UPDATE decisions SET retracted_at = $at
                    WHERE id = (
                        SELECT MAX(d.id) FROM decisions d JOIN documents doc ON doc.id = d.document_id
                        WHERE d.fingerprint = $fingerprint AND d.retracted_at IS NULL
                          AND doc.path = (SELECT path FROM documents WHERE id = $document))
                    """,
                    ("$at", Now()),
                    ("$fingerprint", fingerprint),
                    ("$document", documentId));
                command.ExecuteNonQuery();
                UpdateException(transaction, fingerprint);
                return 0;
            });
        }
    }

    public bool IsRejected(string fingerprint)
    {
        lock (_gate)
        {
            return Read(() =>
            {
                using var command = Command(null, "SELECT 1 FROM exceptions WHERE fingerprint = $fingerprint", ("$fingerprint", fingerprint));
                return command.ExecuteScalar() is not null;
            });
        }
    }

    /// <summary>Every fingerprint rejected so far, read once: a batch run checks its findings against this snapshot.</summary>
    public IReadOnlySet<string> LoadExceptions()
    {
        lock (_gate)
        {
            return Read(() =>
            {
                using var command = Command(null, "SELECT fingerprint FROM exceptions");
                var set = new HashSet<string>(StringComparer.Ordinal);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    set.Add(reader.GetString(0));
                }

                return set;
            });
        }
    }

    private void InsertDecision(SqliteTransaction transaction, long runId, long documentId, RecordedChange change, string? text)
    {
        var (finding, decision) = (change.Finding, change.Decision);
        string? replacement = decision.Kind is DecisionKind.Rejected
            ? (text is not null && finding.Extent.End <= text.Length ? finding.Replacement(text) : null)
            : decision.FinalText;

        // Each auto-applied fix is a proposal of its own (the same text can be fixed in two passes);
        // a person's decision answers the finding the run proposed, once.
        if (decision.Kind is DecisionKind.AutoApplied || !FindingProposed(transaction, runId, documentId, decision.Fingerprint))
        {
            InsertFinding(transaction, runId, documentId, decision.Fingerprint, finding, decision.Before, replacement, change.ContextBefore, change.ContextAfter);
        }

        using (var insert = Command(
            transaction,
            """
            INSERT INTO decisions (run_id, document_id, fingerprint, rule_id, kind, before_text, final_text, context_before, context_after, reviewer, decided_at)
            VALUES ($run, $document, $fingerprint, $rule, $kind, $before, $final, $contextBefore, $contextAfter, $reviewer, $at)
            """,
            ("$run", runId),
            ("$document", documentId),
            ("$fingerprint", decision.Fingerprint),
            ("$rule", decision.RuleId),
            ("$kind", decision.Kind.Name()),
            ("$before", decision.Before),
            ("$final", decision.FinalText),
            ("$contextBefore", change.ContextBefore),
            ("$contextAfter", change.ContextAfter),
            ("$reviewer", decision.Reviewer),
            ("$at", decision.At.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture))))
        {
            insert.ExecuteNonQuery();
        }

        UpdateException(transaction, decision.Fingerprint);
    }

    /// <summary>An exception stands while the latest decision on its fingerprint, anywhere, is a rejection.</summary>
    private void UpdateException(SqliteTransaction transaction, string fingerprint)
    {
        using (var delete = Command(transaction, "DELETE FROM exceptions WHERE fingerprint = $fingerprint", ("$fingerprint", fingerprint)))
        {
            delete.ExecuteNonQuery();
        }

        using var insert = Command(
            transaction,
            """
            INSERT INTO exceptions (fingerprint, rule_id, before_text, reviewer, created_at, decision_id)
            SELECT fingerprint, rule_id, before_text, reviewer, decided_at, id FROM decisions
            WHERE id = (SELECT MAX(id) FROM decisions WHERE fingerprint = $fingerprint AND retracted_at IS NULL) AND kind = 'rejected'
            """,
            ("$fingerprint", fingerprint));
        insert.ExecuteNonQuery();
    }
}
