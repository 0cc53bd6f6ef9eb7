using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Proofread.Findings;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Store;

/// <summary>
/// Keeps documents, runs, proposed findings, decisions and exceptions in one SQLite file, shared
/// safely by several processes (a review while a batch runs, two reviewers): WAL journal, a busy
/// timeout plus retries, one immediate transaction per write, <c>synchronous = FULL</c> so every
/// write is on disk when the call returns. A file that is not a Proofread database, is damaged, or
/// was written by a newer Proofread is refused with a <see cref="ProofreadException"/> and left as it is.
/// </summary>
public sealed class SqliteDecisionStore : IDecisionStore, IRunLog, IDisposable
{
    /// <summary>Where the database lives under the working folder unless <c>--db</c> says otherwise.</summary>
    public const string DefaultRelativePath = ".proofread/proofread.db";

    private const int BusyTimeoutMilliseconds = 5000;
    private const int BusyRetries = 5;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, string> _texts = [];
    private readonly string _reviewer;
    private readonly TimeProvider _clock;
    private long? _runId;
    private bool _disposed;

    private SqliteDecisionStore(string path, SqliteConnection connection, string reviewer, TimeProvider clock)
    {
        Path = path;
        _connection = connection;
        _reviewer = reviewer;
        _clock = clock;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

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

    public static string DefaultPath(string workingFolder) =>
        System.IO.Path.Combine(workingFolder, ".proofread", "proofread.db");

    /// <summary>
    /// Opens the database at <paramref name="path"/>, creating it (and its folder) when missing
    /// unless <paramref name="mustExist"/>, and upgrading an older schema.
    /// </summary>
    /// <param name="reviewer">Who a run started implicitly (by a first decision) is recorded for; default: the user name.</param>
    /// <param name="clock">What the times of runs, documents and retractions are read from; default: the system clock.</param>
    public static SqliteDecisionStore Open(string path, bool mustExist = false, string? reviewer = null, TimeProvider? clock = null)
    {
        string full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full))
        {
            RefuseIfNotSqlite(full, path);
        }
        else if (mustExist)
        {
            throw new ProofreadException("no such database (run `proofread fix --db FILE` or `proofread review` first)", path);
        }
        else
        {
            try
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ProofreadException($"cannot create the database folder: {e.Message}", path, e);
            }
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}");
            CheckSchema(connection, path);
            WithRetry(path, () => Execute(connection, "PRAGMA journal_mode = WAL"));
            Execute(connection, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");
            WithRetry(path, () => StoreSchema.Migrate(connection, StoreSchema.LatestVersion));
            return new SqliteDecisionStore(path, connection, RunInfo.ReviewerOrUser(reviewer), clock ?? TimeProvider.System);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Describe(e, path);
        }
        catch
        {
            connection.Dispose();
            throw;
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
                return _runId.Value;
            });
        }
    }

    /// <summary>Marks the current run finished (a run never finished was interrupted).</summary>
    public void FinishRun()
    {
        lock (_gate)
        {
            if (_runId is not long runId)
            {
                return;
            }

            Write(transaction =>
            {
                using var command = Command(transaction, "UPDATE runs SET finished_at = $at WHERE id = $run", ("$at", Now()), ("$run", runId));
                return command.ExecuteNonQuery();
            });
        }
    }

    public long OpenDocument(SourceText source)
    {
        string path = System.IO.Path.GetFullPath(source.Path);
        string hash = Convert.ToHexStringLower(SHA256.HashData(source.ToBytes()));
        lock (_gate)
        {
            long id = Write(transaction =>
            {
                using (var insert = Command(
                    transaction,
                    "INSERT OR IGNORE INTO documents (path, content_hash, encoding, first_seen) VALUES ($path, $hash, $encoding, $at)",
                    ("$path", path),
                    ("$hash", hash),
                    ("$encoding", source.Encoding.Name()),
                    ("$at", Now())))
                {
                    insert.ExecuteNonQuery();
                }

                using var select = Command(transaction, "SELECT id FROM documents WHERE path = $path AND content_hash = $hash", ("$path", path), ("$hash", hash));
                return Convert.ToInt64(select.ExecuteScalar());
            });
            _texts[id] = source.Text;
            return id;
        }
    }

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

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        try
        {
            FinishRun();
        }
        finally
        {
            _connection.Dispose();
        }
    }

    /// <summary>Runs a read-only query for the reports, under the same lock and retries as every other read.</summary>
    internal T Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        lock (_gate)
        {
            return Read(() =>
            {
                using var command = Command(null, sql, parameters);
                using var reader = command.ExecuteReader();
                return read(reader);
            });
        }
    }

    private static void RefuseIfNotSqlite(string full, string path)
    {
        var header = new byte[SqliteHeader.Length];
        int read;
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProofreadException($"cannot read the database: {e.Message}", path, e);
        }

        // An empty file is what SQLite itself would make of a new database; anything else must be one.
        if (read > 0 && (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader)))
        {
            throw new ProofreadException("not an SQLite database; refusing to use it (the file was left unchanged)", path);
        }
    }

    private static void CheckSchema(SqliteConnection connection, string path)
    {
        int version = StoreSchema.ReadVersion(connection);
        if (version > StoreSchema.LatestVersion)
        {
            throw new ProofreadException(
                $"the database has schema version {version}, newer than this Proofread knows ({StoreSchema.LatestVersion}); use a newer Proofread (the file was left unchanged)",
                path);
        }

        int applicationId = StoreSchema.ReadApplicationId(connection);
        if ((applicationId != 0 && applicationId != StoreSchema.ApplicationId) || (version == 0 && StoreSchema.CountTables(connection) > 0))
        {
            throw new ProofreadException("an SQLite database of another program, not Proofread's; refusing to use it (the file was left unchanged)", path);
        }
    }

    private static ProofreadException Describe(SqliteException e, string path) => e.SqliteErrorCode switch
    {
        SqliteCorrupt or SqliteNotADatabase => new ProofreadException("the database is damaged or not a database; refusing to use it (the file was left unchanged)", path, e),
        SqliteBusy or SqliteLocked => new ProofreadException("the database stayed locked by another process; try again", path, e),
        _ => new ProofreadException($"database error: {e.Message}", path, e),
    };

    private static bool IsBusy(SqliteException e) => e.SqliteErrorCode is SqliteBusy or SqliteLocked;

    /// <summary>
    /// SQLite's busy timeout already waits for a lock; a write that still meets one (a WAL
    /// checkpoint, a lock upgrade) is retried whole, after a growing pause.
    /// </summary>
    private static T WithRetry<T>(string path, Func<T> work)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return work();
            }
            catch (SqliteException e) when (IsBusy(e) && attempt < BusyRetries)
            {
                Thread.Sleep(50 * attempt);
            }
            catch (SqliteException e)
            {
                throw Describe(e, path);
            }
        }
    }

    private static void WithRetry(string path, Action work) => WithRetry(path, () =>
    {
        work();
        return 0;
    });

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private string Now() => _clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private T Write<T>(Func<SqliteTransaction, T> work)
    {
        return WithRetry(Path, () =>
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var result = work(transaction);
            transaction.Commit();
            return result;
        });
    }

    private T Read<T>(Func<T> work) => WithRetry(Path, work);

    private SqliteCommand Command(SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
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
