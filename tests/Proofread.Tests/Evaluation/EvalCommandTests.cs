using System.Text.Json;
using Proofread.Cli;
using Proofread.Engine;
using Proofread.Evaluation;
using Proofread.Rules.Duplicates;
using Proofread.Text;
using Proofread.Synth;
using Proofread.Tests.Cli;
using Proofread.Tests.Measures;

namespace Proofread.Tests.Evaluation;

public class EvalCommandTests
{
    [Fact]
    public void Eval_agrees_with_fix_and_an_independent_distance()
    {
        var (pages, gold) = SyntheticRuns.OnDisk(seed: 11, DamageKinds.All, 20_000);
        var (code, json, error) = CliRunner.Run("eval", "--gold", gold, pages, "--format", "json");
        Assert.True(code == CliApp.ExitOk, error);
        using var report = JsonDocument.Parse(json);

        string fixedFolder = TestPaths.NewTempFolder();
        Assert.Equal(CliApp.ExitOk, CliRunner.Run("fix", pages, "--out", fixedFolder).ExitCode);
        long before = 0, after = 0;
        var files = report.RootElement.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal(Directory.GetFiles(pages).Length, files.Length);
        foreach (var file in files)
        {
            string name = Path.GetFileName(file.GetProperty("path").GetString()!);
            string goldText = GoldText.Normalize(File.ReadAllText(Path.Combine(gold, name)));
            int expectedBefore = EditDistanceTests.Reference(GoldText.Normalize(File.ReadAllText(Path.Combine(pages, name))), goldText);
            int expectedAfter = EditDistanceTests.Reference(GoldText.Normalize(File.ReadAllText(Path.Combine(fixedFolder, name))), goldText);
            Assert.Equal(expectedBefore, file.GetProperty("distanceBefore").GetInt32());
            Assert.Equal(expectedAfter, file.GetProperty("distanceAfter").GetInt32());
            before += expectedBefore;
            after += expectedAfter;
        }

        var overall = report.RootElement.GetProperty("overall");
        Assert.Equal((double)(before - after) / before, overall.GetProperty("improvement").GetDouble(), 9);
        Assert.True(after < before, "the default rules bring synthetic damage closer to gold");
        int applied = report.RootElement.GetProperty("rules").EnumerateArray().Sum(r => r.GetProperty("applied").GetInt32());
        Assert.True(applied > 0);
    }

    [Fact]
    public void Without_rules_nothing_improves_and_the_text_format_ends_with_the_overall_figure()
    {
        var (pages, gold) = SyntheticRuns.OnDisk(seed: 3, DamageKinds.Breaks | DamageKinds.Duplicates, 8_000);
        var (code, text, _) = CliRunner.Run("eval", "--gold", gold, pages, "--no-rules");
        Assert.Equal(CliApp.ExitOk, code);
        Assert.Equal("overall improvement: 0.000", text.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void Gold_against_itself_has_no_distance_to_remove()
    {
        var (_, gold) = SyntheticRuns.OnDisk(seed: 5, DamageKinds.HalfWidth, 4_000);
        var (code, text, _) = CliRunner.Run("eval", "--gold", gold, gold);
        Assert.Equal(CliApp.ExitOk, code);
        Assert.EndsWith("overall improvement: n/a", text.TrimEnd());
    }

    [Fact]
    public void Helpful_and_harmful_fixes_are_judged_against_gold()
    {
        var evaluator = new Evaluator(new RuleEngine([new DuplicatedWordRule()]));
        var helped = evaluator.Evaluate(new SourceText("a.txt", "要积极探索村级集体经济经济发展路径。"), "要积极探索村级集体经济发展路径。");
        Assert.Equal(new RuleEffect("duplicated-word", 1, 0, 0), Assert.Single(helped.Rules));
        Assert.Equal(1.0, helped.Improvement);

        // Gold that really has the doubling: the same fix now moves the text away from it.
        var harmed = evaluator.Evaluate(new SourceText("b.txt", "要积极探索村级集体经济经济发展路径。"), "要积极探索村级集体经济经济发展路径。");
        Assert.Equal(new RuleEffect("duplicated-word", 0, 1, 0), Assert.Single(harmed.Rules));
        Assert.Null(harmed.Improvement);
        Assert.Equal(2, harmed.DistanceAfter);
    }

    [Fact]
    public void A_missing_gold_folder_is_an_error_naming_it()
    {
        var (code, _, error) = CliRunner.Run("eval", "--gold", "/no/such/gold", TestPaths.Seeds);
        Assert.Equal(CliApp.ExitError, code);
        Assert.Contains("/no/such/gold", error);
    }
}
