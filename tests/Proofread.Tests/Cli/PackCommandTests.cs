using Proofread.Cli;
using Proofread.Tests.Furniture;

namespace Proofread.Tests.Cli;

public class PackCommandTests
{
    private static (int Code, string Out, string Error) Run(params string[] args) => LearnedFurnitureTests.Run(args);

    [Fact]
    public void Rules_lists_pack_rules_with_their_pack()
    {
        var (code, output, _) = Run("rules");
        Assert.Equal(CliApp.ExitOk, code);
        Assert.Contains("zh-jump-line", output);
        Assert.Contains("hengyang-daily-masthead", output);
        Assert.Contains("learned-furniture", output);
    }

    [Fact]
    public void Rules_test_runs_a_users_examples_and_fails_on_a_wrong_one()
    {
        string folder = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "mine.yaml"), """
            pack: mine
            rules:
              - id: mine-title
                description: the title line
                kind: line-furniture
                pattern: '青川晚报'
                applicability: safe
                confidence: 0.9
                examples:
                  - before: "青川晚报\n正文。"
                    after: "正文。"
                  - keep: 青川晚报报道了这件事。
            """);
        var (code, output, _) = Run("rules", "--test", folder);
        Assert.Equal(CliApp.ExitOk, code);
        Assert.Contains("2 example(s) passed, 0 failed", output);

        File.WriteAllText(Path.Combine(folder, "mine.yaml"), File.ReadAllText(Path.Combine(folder, "mine.yaml")).Replace("after: \"正文。\"", "after: \"正文\""));
        (code, output, _) = Run("rules", "--test", folder);
        Assert.Equal(CliApp.ExitFindings, code);
        Assert.Contains("FAIL", output);
    }

    [Fact]
    public void A_broken_user_pack_stops_fix_before_any_file_is_written()
    {
        string packs = TestPaths.NewTempFolder(), output = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(packs, "broken.yaml"), "pack: broken\nrules:\n  - id: broken-rule\n    description: d\n    kind: replace\n    pattern: '(unclosed'\n    replacement: ''\n    applicability: safe\n    confidence: 1\n    examples:\n      - before: a\n        after: b\n      - keep: c\n");
        var (code, _, error) = Run("fix", TestPaths.Seeds, "--out", output, "--rules", packs);
        Assert.Equal(CliApp.ExitError, code);
        Assert.Contains("broken.yaml: line 6: invalid pattern", error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output));
    }

    [Fact]
    public void Fix_removes_the_seed_furniture_keeps_the_stories_and_writes_the_masthead_aside()
    {
        string output = TestPaths.NewTempFolder();
        var (code, _, _) = Run("fix", TestPaths.Seeds, "--out", output, "--keep-meta");
        Assert.Equal(CliApp.ExitOk, code);
        string page1 = File.ReadAllText(Directory.GetFiles(output, "001_*.txt").Single());
        var lines = page1.Split('\n').Select(l => l.Trim()).ToList();
        Assert.DoesNotContain("衡阳日报", lines);
        Assert.DoesNotContain("HENGYANG DAILY", page1);
        Assert.DoesNotContain("第17980号", page1);
        Assert.DoesNotContain("下转第六版", page1);
        Assert.DoesNotContain("工伤预防★三年行动", page1);
        // No blank lines pile up where the furniture stood.
        string seed1 = File.ReadAllText(Directory.GetFiles(TestPaths.Seeds, "001_*.txt").Single());
        Assert.True(BlankRuns(page1) <= BlankRuns(seed1));
        // What stays: headlines, bylines, captions with credits, stories that mention furniture words.
        Assert.Contains("■见习记者 王皓永 摄", page1);
        Assert.Contains("创建全国文明城市", lines);
        Assert.Contains("加强两地交流合作 携手互促联动发展", lines);
        string page4 = File.ReadAllText(Directory.GetFiles(output, "004_*.txt").Single());
        Assert.Contains("市委常委会召开会议", page4);
        Assert.Contains("创建全国文明城市是我", page4);
        string page2 = File.ReadAllText(Directory.GetFiles(output, "002_*.txt").Single());
        Assert.Contains("市委常委会召开会议", page2);

        string meta = File.ReadAllText(Directory.GetFiles(output, "001_*.meta.json").Single());
        Assert.Contains("\"paper\": \"衡阳日报\"", meta);
        Assert.Contains("\"issue\": \"17980\"", meta);
        Assert.Contains("\"date\": \"2021年10月29日\"", meta);
        Assert.Contains("\"pages\": \"八\"", meta);
    }

    private static int BlankRuns(string text) => System.Text.RegularExpressions.Regex.Matches(text, "\n\n\n+").Count;

    [Fact]
    public void A_config_file_turns_a_pack_off()
    {
        string folder = TestPaths.NewTempFolder(), output = TestPaths.NewTempFolder();
        string config = Path.Combine(folder, "proofread.yaml");
        File.WriteAllText(config, "packs:\n  hengyang-daily: off\n");
        var (code, _, _) = Run("fix", TestPaths.Seeds, "--out", output, "--config", config);
        Assert.Equal(CliApp.ExitOk, code);
        string page1 = File.ReadAllText(Directory.GetFiles(output, "001_*.txt").Single());
        Assert.Contains("衡阳日报社", page1); // only the paper's own pack names its publisher line
        Assert.DoesNotContain("第17980号", page1);
    }
}
