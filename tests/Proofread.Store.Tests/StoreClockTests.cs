using System.Text.Json;

namespace Proofread.Store.Tests;

/// <summary>Every time the store records comes from the one clock the command line hands down.</summary>
public class StoreClockTests
{
    [Fact]
    public void A_fix_run_and_its_changes_are_recorded_at_the_clocks_time()
    {
        string dir = TestPaths.NewTempFolder();
        string db = Path.Combine(dir, "review.db");
        var clock = new FixedClock();
        string then = FixedClock.Then.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

        var fix = CliRunner.Run(clock, "fix", Path.Combine(TestPaths.Seeds, "002_0d7d69333001dc5b.txt"), "--out", Path.Combine(dir, "out"), "--db", db);
        Assert.True(fix.ExitCode == 0, fix.Error);

        using var json = JsonDocument.Parse(CliRunner.Run("report", "--db", db, "--format", "json").Out);
        var run = Assert.Single(json.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal(then, run.GetProperty("startedAt").GetString());
        Assert.Equal(then, run.GetProperty("finishedAt").GetString());
        var changes = run.GetProperty("documents").EnumerateArray().SelectMany(d => d.GetProperty("changes").EnumerateArray()).ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.Equal(then, c.GetProperty("at").GetString()));
    }
}
