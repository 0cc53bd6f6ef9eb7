using Microsoft.Data.Sqlite;

namespace Proofread.Store.Tests;

public class SchemaMigrationTests
{
    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    [Fact]
    public void A_version_1_database_is_upgraded_and_its_rejections_become_exceptions()
    {
        string path = Path.Combine(TestPaths.NewTempFolder(), "old.db");
        using (var connection = Connect(path))
        {
            StoreSchema.Migrate(connection, target: 1);
            Execute(connection, """
                INSERT INTO runs (id, command, started_at, tool_version, reviewer, rule_packs, options) VALUES (1, 'review', '2026-01-01T00:00:00Z', '0.0.9', 'ann', '[]', '{}');
                INSERT INTO documents (id, path, content_hash, encoding, first_seen) VALUES (1, '/p.txt', 'abc', 'utf-8', '2026-01-01T00:00:00Z');
                INSERT INTO decisions (run_id, document_id, fingerprint, rule_id, kind, before_text, final_text, context_before, context_after, reviewer, decided_at)
                VALUES (1, 1, 'rejected-fp', 'r', 'rejected', 'x', NULL, '', '', 'ann', '2026-01-01T00:00:00Z'),
                       (1, 1, 'accepted-fp', 'r', 'accepted', 'y', 'z', '', '', 'ann', '2026-01-01T00:00:01Z'),
                       (1, 1, 'undone-fp', 'r', 'rejected', 'w', NULL, '', '', 'ann', '2026-01-01T00:00:02Z');
                UPDATE decisions SET retracted_at = '2026-01-01T00:00:03Z' WHERE fingerprint = 'undone-fp';
                """);
        }

        Assert.Equal(1, Scalar(path, "PRAGMA user_version"));
        using (var store = SqliteDecisionStore.Open(path))
        {
            Assert.True(store.IsRejected("rejected-fp"));
            Assert.False(store.IsRejected("accepted-fp"));
            Assert.False(store.IsRejected("undone-fp"));
        }

        Assert.Equal(StoreSchema.LatestVersion, Scalar(path, "PRAGMA user_version"));
        Assert.Equal(StoreSchema.ApplicationId, Scalar(path, "PRAGMA application_id"));
        Assert.Equal(3, Scalar(path, "SELECT COUNT(*) FROM decisions"));
    }

    [Fact]
    public void A_new_database_is_created_at_the_latest_version_in_WAL_mode()
    {
        string path = Path.Combine(TestPaths.NewTempFolder(), "sub", "new.db");
        using (SqliteDecisionStore.Open(path))
        {
        }

        Assert.Equal(StoreSchema.LatestVersion, Scalar(path, "PRAGMA user_version"));
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void A_database_from_a_newer_Proofread_is_refused_and_left_unchanged()
    {
        string path = Path.Combine(TestPaths.NewTempFolder(), "newer.db");
        using (var connection = Connect(path))
        {
            StoreSchema.Migrate(connection, StoreSchema.LatestVersion);
            Execute(connection, $"PRAGMA user_version = {StoreSchema.LatestVersion + 1}");
        }

        byte[] before = File.ReadAllBytes(path);
        var e = Assert.Throws<ProofreadException>(() => SqliteDecisionStore.Open(path));
        Assert.Equal(path, e.Path);
        Assert.Contains("newer", e.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + "-wal"));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("damaged")]
    [InlineData("short")]
    public void A_file_that_is_not_a_database_is_refused_and_left_unchanged(string kind)
    {
        string path = Path.Combine(TestPaths.NewTempFolder(), "proofread.db");
        byte[] bytes = kind switch
        {
            "garbage" => System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("这不是数据库 not a database\n", 400))),
            "short" => "SQLite"u8.ToArray(),

            // The right magic followed by noise: SQLite itself must find it damaged.
            _ => [.. "SQLite format 3\0"u8.ToArray(), .. Enumerable.Range(0, 8192).Select(i => (byte)(i * 37 % 251))],
        };
        File.WriteAllBytes(path, bytes);

        var e = Assert.Throws<ProofreadException>(() => SqliteDecisionStore.Open(path));
        Assert.Equal(path, e.Path);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Another_programs_database_is_refused_and_left_unchanged()
    {
        string path = Path.Combine(TestPaths.NewTempFolder(), "other.db");
        using (var connection = Connect(path))
        {
            Execute(connection, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me')");
        }

        byte[] before = File.ReadAllBytes(path);
        var e = Assert.Throws<ProofreadException>(() => SqliteDecisionStore.Open(path));
        Assert.Contains("another program", e.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Report_and_fix_do_not_create_a_missing_database_when_it_must_exist()
    {
        string path = Path.Combine(TestPaths.NewTempFolder(), "missing.db");
        var e = Assert.Throws<ProofreadException>(() => SqliteDecisionStore.Open(path, mustExist: true));
        Assert.Equal(path, e.Path);
        Assert.False(File.Exists(path));
    }
}
