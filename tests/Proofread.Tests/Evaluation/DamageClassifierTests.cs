using CsCheck;
using Proofread.Evaluation;

namespace Proofread.Tests.Evaluation;

public class DamageClassifierTests
{
    /// <summary>The distance of a text to its gold by class, both normalised as eval normalises them.</summary>
    private static Dictionary<DamageClass, int> Classes(string text, string gold)
    {
        var distances = DamageClassifier.Distances(Alignment.Of(GoldText.Normalize(text), GoldText.Normalize(gold)));
        return DamageClasses.All.Where(c => distances[c] > 0).ToDictionary(c => c, c => distances[c]);
    }

    [Theory]
    [InlineData("青川日报\n甲乙丙。", "甲乙丙。", DamageClass.Furniture, 5)]
    [InlineData("甲乙丙。\n第18021号\n丁戊。", "甲乙丙。\n丁戊。", DamageClass.Furniture, 8)]
    [InlineData("甲乙丙。", "■本报记者 王文\n甲乙丙。", DamageClass.Furniture, 9)]
    [InlineData("衡阳市第十\n二次党代会", "衡阳市第十二次党代会", DamageClass.Breaks, 1)]
    [InlineData("会议强调，要加强统筹协调。要做好会务。", "会议强调，要加强统筹协调。\n要做好会务。", DamageClass.Breaks, 1)]
    [InlineData("要积极探索村级集体经济经济发展路径。", "要积极探索村级集体经济发展路径。", DamageClass.Duplication, 2)]
    [InlineData("有有关部门", "有关部门", DamageClass.Duplication, 1)]
    [InlineData("排除障障碍", "排除障碍", DamageClass.Duplication, 1)]
    [InlineData("集体经济发展", "集体经济经济发展", DamageClass.Duplication, 2)]
    [InlineData("开展了调查研究查研究工作", "开展了调查研究工作", DamageClass.Duplication, 3)]
    [InlineData("今天天气好。\n今天天气好。\n明天下雨。", "今天天气好。\n明天下雨。", DamageClass.Duplication, 7)]
    [InlineData("致以节日的祝货", "致以节日的祝贺", DamageClass.Characters, 1)]
    [InlineData("表示亲切问候1", "表示亲切问候！", DamageClass.Characters, 1)]
    [InlineData("一一一这是", "——这是", DamageClass.Characters, 3)]
    [InlineData("近1 0年", "近10年", DamageClass.Spacing, 1)]
    [InlineData("坚持正确路线 ，把", "坚持正确路线，把", DamageClass.Spacing, 1)]
    [InlineData("本报讯　记者", "本报讯 记者", DamageClass.Spacing, 1)]
    [InlineData("你好,世界", "你好，世界", DamageClass.Punctuation, 1)]
    [InlineData("\"旅游促进发展\"", "“旅游促进发展”", DamageClass.Punctuation, 2)]
    [InlineData("好。。", "好。", DamageClass.Punctuation, 1)]
    [InlineData("你好世界", "你好，世界", DamageClass.Punctuation, 1)]
    public void Made_up_pairs_fall_in_their_class(string text, string gold, DamageClass expected, int distance)
    {
        var classes = Classes(text, gold);
        Assert.Equal(new Dictionary<DamageClass, int> { [expected] = distance }, classes);
        Assert.Equal(EditDistance.Levenshtein(GoldText.Normalize(text), GoldText.Normalize(gold)), distance);
    }

    [Fact]
    public void A_lost_line_takes_one_line_break_with_it_and_leaves_the_other_to_breaks()
    {
        Assert.Equal(new Dictionary<DamageClass, int> { [DamageClass.Furniture] = 5, [DamageClass.Breaks] = 1 }, Classes("甲乙\n青川日报\n丙丁", "甲乙丙丁"));
    }

    [Fact]
    public void Digits_and_letters_are_compared_whatever_their_width()
    {
        Assert.Empty(Classes("１９９８年ＣＮ", "1998年CN"));
        Assert.Equal(0, EditDistance.Levenshtein(GoldText.Normalize("１０年"), GoldText.Normalize("10年")));
        // Marks keep their width: that is punctuation damage.
        Assert.Equal(new Dictionary<DamageClass, int> { [DamageClass.Punctuation] = 1 }, Classes("１０%", "10％"));
    }

    [Fact]
    public void A_page_with_every_kind_of_damage_splits_its_distance_among_the_classes()
    {
        string gold = "坚持正确路线，把握发展大局。\n要积极探索村级集体经济发展路径，近10年来成绩显著。\n衡阳市第十二次党代会开幕。";
        string text = "青川日报\n坚持正确路线 ，把握发展大局。\n要积极探索村级集体经济经济发展路径,近１０年来成绩显箸。\n衡阳市第十\n二次党代会开幕。\n（下转第六版）";
        var classes = Classes(text, gold);
        Assert.Equal(new Dictionary<DamageClass, int>
        {
            [DamageClass.Furniture] = 5 + 8,
            [DamageClass.Breaks] = 1,
            [DamageClass.Duplication] = 2,
            [DamageClass.Characters] = 1,
            [DamageClass.Spacing] = 1,
            [DamageClass.Punctuation] = 1,
        }, classes);
        Assert.Equal(EditDistance.Levenshtein(GoldText.Normalize(text), GoldText.Normalize(gold)), classes.Values.Sum());
    }

    [Fact]
    public void Every_edit_of_random_pairs_has_exactly_one_class_and_the_classes_add_up_to_the_distance() =>
        Gen.Select(Gen.String[Gen.Char["甲乙丙，。 \n𠮷1１"], 0, 300], Gen.String[Gen.Char["甲乙丙，。 \n𠮷1１"], 0, 300]).Sample((a, b) =>
        {
            string x = GoldText.Normalize(a), y = GoldText.Normalize(b);
            var alignment = Alignment.Of(x, y);
            var classes = DamageClassifier.Classify(alignment);
            Assert.Equal(alignment.Steps.Count, classes.Length);
            for (int k = 0; k < classes.Length; k++)
            {
                Assert.Equal(alignment.Steps[k] == EditStep.Match, classes[k] is null);
            }

            Assert.Equal(EditDistanceTests.Reference(x, y), DamageClassifier.Distances(alignment).Total);
        }, iter: 600);
}
