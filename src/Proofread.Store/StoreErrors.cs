using Microsoft.Data.Sqlite;

namespace Proofread.Store;

/// <summary>
/// What SQLite's errors mean to a user, and the retries that make two processes on one file work:
/// a lock that outlasts the busy timeout is retried, a damaged file is refused by name.
/// </summary>
internal static class StoreErrors
{
    private const int BusyRetries = 5;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    /// <summary>The error a user sees, naming the database file.</summary>
    public static ProofreadException Describe(SqliteException e, string path) => e.SqliteErrorCode switch
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
    public static T WithRetry<T>(string path, Func<T> work)
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

    public static void WithRetry(string path, Action work) => WithRetry(path, () =>
    {
        work();
        return 0;
    });
}
