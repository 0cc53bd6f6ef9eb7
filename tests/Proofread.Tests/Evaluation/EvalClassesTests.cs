using System.Text.Json;
using Proofread.Cli;
using Proofread.Evaluation;
using Proofread.Synth;
using Proofread.Tests.Cli;
using Proofread.Tests.Measures;

namespace Proofread.Tests.Evaluation;

/// <summary><c>eval</c>'s table by damage class, in JSON and text.</summary>
public class EvalClassesTests
{
    private static IEnumerable<JsonElement> Classes(JsonElement owner) => owner.GetProperty("classes").EnumerateArray();

    private static long Sum(JsonElement owner, string field) => Classes(owner).Sum(c => c.GetProperty(field).GetInt64());

    [Fact]
    public void Every_file_s_classes_add_up_to_its_distances_and_the_overall_classes_to_the_files()
    {
        var (pages, gold) = SyntheticRuns.OnDisk(seed: 2, DamageKinds.All, 30_000);
        var (code, json, error) = CliRunner.Run("eval", "--gold", gold, pages, "--format", "json");
        Assert.True(code == CliApp.ExitOk, error);
        using var report = JsonDocument.Parse(json);
        var files = report.RootElement.GetProperty("files").EnumerateArray().ToArray();
        var overall = report.RootElement.GetProperty("overall");
        foreach (var file in files)
        {
            Assert.Equal(DamageClasses.All.Select(c => c.Name()), Classes(file).Select(c => c.GetProperty("class").GetString()));
            Assert.Equal(file.GetProperty("distanceBefore").GetInt64(), Sum(file, "distanceBefore"));
            Assert.Equal(file.GetProperty("distanceAfter").GetInt64(), Sum(file, "distanceAfter"));
        }

        foreach (var figure in Classes(overall))
        {
            string name = figure.GetProperty("class").GetString()!;
            long before = files.Sum(f => Classes(f).Single(c => c.GetProperty("class").GetString() == name).GetProperty("distanceBefore").GetInt64());
            long after = files.Sum(f => Classes(f).Single(c => c.GetProperty("class").GetString() == name).GetProperty("distanceAfter").GetInt64());
            Assert.Equal(before, figure.GetProperty("distanceBefore").GetInt64());
            Assert.Equal(after, figure.GetProperty("distanceAfter").GetInt64());
            var improvement = figure.GetProperty("improvement");
            Assert.Equal(before == 0, improvement.ValueKind == JsonValueKind.Null);
        }

        Assert.Equal(overall.GetProperty("distanceBefore").GetInt64(), Sum(overall, "distanceBefore"));
        Assert.Contains(Classes(overall), c => c.GetProperty("class").GetString() == "furniture" && c.GetProperty("distanceBefore").GetInt64() > 0);
    }

    [Fact]
    public void A_made_up_page_shows_its_damage_in_its_classes_before_and_after_the_fix()
    {
        string root = TestPaths.NewTempFolder();
        string pages = Directory.CreateDirectory(Path.Combine(root, "pages")).FullName;
        string gold = Directory.CreateDirectory(Path.Combine(root, "gold")).FullName;
        // A jump line (a whole line), a doubled word, a half-width comma, and a digit width gold does not share.
        File.WriteAllText(Path.Combine(pages, "a.txt"), "要积极探索村级集体经济经济发展路径,走好１０年新路。\n\n（下转第六版）\n");
        File.WriteAllText(Path.Combine(gold, "a.txt"), "要积极探索村级集体经济发展路径，走好10年新路。\n");
        var (code, json, error) = CliRunner.Run("eval", "--gold", gold, pages, "--format", "json");
        Assert.True(code == CliApp.ExitOk, error);
        using var report = JsonDocument.Parse(json);
        var classes = Classes(report.RootElement.GetProperty("overall"))
            .ToDictionary(c => c.GetProperty("class").GetString()!, c => (c.GetProperty("distanceBefore").GetInt64(), c.GetProperty("distanceAfter").GetInt64()));
        Assert.Equal((8L, 0L), classes["furniture"]);
        Assert.Equal((2L, 0L), classes["duplication"]);
        Assert.Equal((1L, 0L), classes["punctuation"]);
        Assert.Equal((0L, 0L), classes["characters"]);

        var (_, text, _) = CliRunner.Run("eval", "--gold", gold, pages);
        Assert.Contains(text.Split('\n'), l => l.StartsWith("furniture ", StringComparison.Ordinal) && l.TrimEnd().EndsWith("1.000", StringComparison.Ordinal));
        Assert.Equal("overall improvement: 1.000", text.TrimEnd().Split('\n')[^1]);
    }
}
