using Microsoft.Data.Sqlite;

namespace Proofread.Store;

/// <summary>
/// The database file opened for Proofread: refused, and left as it is, unless it is SQLite, is
/// Proofread's and has a schema version this build knows; then set up to be shared (busy timeout,
/// WAL journal, <c>synchronous = FULL</c>, foreign keys) and migrated to the latest schema
/// (<see cref="StoreSchema"/>). Every read and write goes through it, retried whole on a lock
/// (<see cref="StoreErrors"/>); a write is one immediate transaction. Not thread-safe: the store
/// serializes its calls.
/// </summary>
internal sealed class StoreConnection : IDisposable
{
    private const int BusyTimeoutMilliseconds = 5000;

    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    private readonly SqliteConnection _connection;

    private StoreConnection(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The database file, as the user named it.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the database at <paramref name="path"/>, creating it (and its folder) when missing
    /// unless <paramref name="mustExist"/>, and upgrading an older schema.
    /// </summary>
    public static StoreConnection Open(string path, bool mustExist)
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
            StoreErrors.WithRetry(path, () => Execute(connection, "PRAGMA journal_mode = WAL"));
            Execute(connection, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");
            StoreErrors.WithRetry(path, () => StoreSchema.Migrate(connection, StoreSchema.LatestVersion));
            return new StoreConnection(path, connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw StoreErrors.Describe(e, path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs a read, retried whole on a lock.</summary>
    public T Read<T>(Func<T> work) => StoreErrors.WithRetry(Path, work);

    /// <summary>Runs a write in one immediate transaction, retried whole on a lock.</summary>
    public T Write<T>(Func<SqliteTransaction, T> work)
    {
        return StoreErrors.WithRetry(Path, () =>
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var result = work(transaction);
            transaction.Commit();
            return result;
        });
    }

    /// <summary>A parameterized command (null values become SQL NULL), in the transaction when there is one.</summary>
    public SqliteCommand Command(SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
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

    public void Dispose() => _connection.Dispose();

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

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
