using Proofread.Cli;
using Proofread.Models;
using Proofread.Tests.Cli;

namespace Proofread.Tests.Models;

public class ConfusionLearnerTests
{
    [Fact]
    public void Substituted_characters_are_counted_read_for_meant()
    {
        var learner = new ConfusionLearner();
        learner.Add("他己经走了，末来可期。", "他已经走了，未来可期。");
        learner.Add("我们己经到了。", "我们已经到了。");
        Assert.Equal([("己", "已", 2), ("末", "未", 1)], learner.Confusions().Select(c => (c.Read, c.Meant, c.Count)));
        Assert.Equal([("己", "已", 2)], learner.Confusions(minCount: 2).Select(c => (c.Read, c.Meant, c.Count)));
    }

    [Fact]
    public void A_short_run_of_another_length_is_one_confusion()
    {
        var learner = new ConfusionLearner();
        learner.Add("他说一一一这是真的", "他说——这是真的");
        Assert.Equal([("一一一", "——")], learner.Confusions().Select(c => (c.Read, c.Meant)));
    }

    [Fact]
    public void Layout_changes_and_long_rewrites_are_not_confusions()
    {
        var learner = new ConfusionLearner();
        learner.Add("市第十\n\n二次党代会精神\n\n衡阳日报 2021年10月20日\n\n同志们", "市第十二次党代会精神\n同志们");
        learner.Add("完全一样的文字。", "完全一样的文字。");
        Assert.Empty(learner.Confusions());
        Assert.Equal(2, learner.Texts);
    }

    [Fact]
    public void The_command_writes_a_table_the_rule_can_load()
    {
        string root = TestPaths.NewTempFolder();
        string pages = Path.Combine(root, "pages"), gold = Path.Combine(root, "gold"), table = Path.Combine(root, "learned.tsv");
        Directory.CreateDirectory(pages);
        Directory.CreateDirectory(gold);
        File.WriteAllText(Path.Combine(pages, "a.txt"), "他己经走了。\n我们己经到了，末来可期。\n");
        File.WriteAllText(Path.Combine(gold, "a.txt"), "他已经走了。\n我们已经到了，未来可期。\n");
        File.WriteAllText(Path.Combine(pages, "b.txt"), "没有孪生的页。\n");

        var (code, output, error) = CliRunner.Run("learn-confusions", "--gold", gold, pages, "--out", table);

        Assert.Equal(CliApp.ExitOk, code);
        Assert.Contains("1 confusion(s) from 1 page(s)", output);
        Assert.Contains("b.txt: no gold twin", error);
        var learned = ConfusionTable.Load(table);
        Assert.Equal(2, learned.Find("己", "已")!.Count);
        Assert.Null(learned.Find("末", "未")); // seen once, under the default --min-count 2
    }

    [Fact]
    public void A_missing_gold_folder_is_an_error_naming_it()
    {
        var (code, _, error) = CliRunner.Run("learn-confusions", "--gold", "/nonexistent/gold", TestPaths.Seeds, "--out", "/tmp/never.tsv");
        Assert.Equal(CliApp.ExitError, code);
        Assert.Contains("/nonexistent/gold: no such gold folder", error);
        Assert.False(File.Exists("/tmp/never.tsv"));
    }
}
