using Microsoft.Data.Sqlite;

namespace Proofread.Store;

/// <summary>
/// The database's schema as an ordered list of migrations. <c>PRAGMA user_version</c> holds the
/// number of migrations applied; opening an older database applies the missing ones in order, each
/// in its own transaction, so a crash mid-upgrade leaves the database at the last complete version.
/// </summary>
internal static class StoreSchema
{
    /// <summary>Marks a database as Proofread's (<c>PRAGMA application_id</c>): "PRFR".</summary>
    public const int ApplicationId = 0x50524652;

    private static readonly string[] Migrations =
    [
        // 1: documents, runs, the findings each run proposed, and every decision ever made.
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            encoding TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            UNIQUE (path, content_hash));
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            command TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            tool_version TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            rule_packs TEXT NOT NULL,
            options TEXT NOT NULL);
        CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs (id),
            document_id INTEGER NOT NULL REFERENCES documents (id),
            fingerprint TEXT NOT NULL,
            rule_id TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            message TEXT NOT NULL,
            confidence REAL NOT NULL,
            applicability TEXT NOT NULL,
            before_text TEXT NOT NULL,
            replacement TEXT,
            context_before TEXT NOT NULL,
            context_after TEXT NOT NULL);
        CREATE INDEX findings_by_run ON findings (run_id, document_id);
        CREATE INDEX findings_by_fingerprint ON findings (document_id, fingerprint);
        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs (id),
            document_id INTEGER NOT NULL REFERENCES documents (id),
            fingerprint TEXT NOT NULL,
            rule_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('accepted', 'rejected', 'edited', 'auto-applied')),
            before_text TEXT NOT NULL,
            final_text TEXT,
            context_before TEXT NOT NULL,
            context_after TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            retracted_at TEXT);
        CREATE INDEX decisions_by_fingerprint ON decisions (fingerprint);
        CREATE INDEX decisions_by_document ON decisions (document_id, fingerprint);
        CREATE INDEX decisions_by_run ON decisions (run_id);
        """,

        // 2: exceptions, so that "was this rejected before?" is one lookup; filled from the
        // rejections a version-1 database already holds.
        """
        CREATE TABLE exceptions (
            fingerprint TEXT PRIMARY KEY,
            rule_id TEXT NOT NULL,
            before_text TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            created_at TEXT NOT NULL,
            decision_id INTEGER NOT NULL REFERENCES decisions (id));
        INSERT INTO exceptions (fingerprint, rule_id, before_text, reviewer, created_at, decision_id)
        SELECT d.fingerprint, d.rule_id, d.before_text, d.reviewer, d.decided_at, d.id
        FROM decisions d
        WHERE d.kind = 'rejected' AND d.retracted_at IS NULL
          AND d.id = (SELECT MAX(l.id) FROM decisions l WHERE l.fingerprint = d.fingerprint AND l.retracted_at IS NULL);
        """,
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int LatestVersion => Migrations.Length;

    public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        Convert.ToInt32(Scalar(connection, "PRAGMA user_version", transaction));

    public static int ReadApplicationId(SqliteConnection connection) => Convert.ToInt32(Scalar(connection, "PRAGMA application_id"));

    public static long CountTables(SqliteConnection connection) =>
        Convert.ToInt64(Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"));

    /// <summary>Applies the migrations after the database's version, up to <paramref name="target"/>.</summary>
    public static void Migrate(SqliteConnection connection, int target)
    {
        while (true)
        {
            using var transaction = connection.BeginTransaction();
            int version = ReadVersion(connection, transaction);
            if (version >= target)
            {
                transaction.Rollback();
                return;
            }

            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = Migrations[version];
                command.ExecuteNonQuery();

                // PRAGMA takes no parameters; both values are integers this code computed.
                command.CommandText = $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {version + 1};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
