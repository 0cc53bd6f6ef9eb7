using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Store;

/// <summary>
/// Keeps documents, runs, proposed findings, decisions and exceptions in one SQLite file, shared
/// safely by several processes (a review while a batch runs, two reviewers): WAL journal, a busy
/// timeout plus retries, one immediate transaction per write, <c>synchronous = FULL</c> so every
/// write is on disk when the call returns. A file that is not a Proofread database, is damaged, or
/// was written by a newer Proofread is refused with a <see cref="ProofreadException"/> and left as it is.
/// It adapts SQLite to Core's two interfaces and nothing more: opening, checking and migrating the
/// file is <see cref="StoreConnection"/>'s job, errors and retries <see cref="StoreErrors"/>'; here
/// are the documents, in <c>.Decisions.cs</c> the decisions and exceptions, in <c>.RunLog.cs</c> the runs
/// and proposals.
/// </summary>
public sealed partial class SqliteDecisionStore : IDecisionStore, IRunLog, IDisposable
{
    /// <summary>Where the database lives under the working folder unless <c>--db</c> says otherwise.</summary>
    public const string DefaultRelativePath = ".proofread/proofread.db";

    private readonly StoreConnection _database;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, string> _texts = [];
    private readonly string _reviewer;
    private readonly TimeProvider _clock;
    private bool _disposed;

    private SqliteDecisionStore(StoreConnection database, string reviewer, TimeProvider clock)
    {
        _database = database;
        _reviewer = reviewer;
        _clock = clock;
    }

    /// <summary>The database file.</summary>
    public string Path => _database.Path;

    public static string DefaultPath(string workingFolder) =>
        System.IO.Path.Combine(workingFolder, ".proofread", "proofread.db");

    /// <summary>
    /// Opens the database at <paramref name="path"/>, creating it (and its folder) when missing
    /// unless <paramref name="mustExist"/>, and upgrading an older schema.
    /// </summary>
    /// <param name="reviewer">Who a run started implicitly (by a first decision) is recorded for; default: the user name.</param>
    /// <param name="clock">What the times of runs, documents and retractions are read from; default: the system clock.</param>
    public static SqliteDecisionStore Open(string path, bool mustExist = false, string? reviewer = null, TimeProvider? clock = null) =>
        new(StoreConnection.Open(path, mustExist), RunInfo.ReviewerOrUser(reviewer), clock ?? TimeProvider.System);

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
            _database.Dispose();
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

    private string Now() => _clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private T Write<T>(Func<SqliteTransaction, T> work) => _database.Write(work);

    private T Read<T>(Func<T> work) => _database.Read(work);

    private SqliteCommand Command(SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters) =>
        _database.Command(transaction, sql, parameters);
}
