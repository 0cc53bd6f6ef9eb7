using Proofread.Findings;
using Proofread.Lexicon;
using Proofread.Text;

namespace Proofread.Rules.Duplicates;

/// <summary>
/// The <c>duplicated-word</c> rule. Its documentation (what it does, why, an example, fix safety) has one
/// source, <see cref="Descriptor"/>: <c>proofread rules --explain duplicated-word</c> prints it and
/// docs/rules/duplicated-word.md is generated from it.
/// </summary>
public sealed class DuplicatedWordRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "duplicated-word",
        "A word or character printed twice in a row is removed",
        Applicability.Safe,
        """
        What it does
          Finds a word or character printed twice in a row by the scan or the typesetting (集体经济经济,
          有有关, 障障碍) and removes the copy.
        Why
          Overlapping columns and re-set lines make OCR print words twice.
        Example
          探索村级集体经济经济发展路径  ->  探索村级集体经济发展路径
          研究市人大政协两会有有关事宜  ->  研究市人大政协两会有关事宜
        Fix safety
          Safe only where the lexicon speaks clearly: a repeated dictionary word that is not a verb and
          whose doubling is no word; a verb with no tentative form (强调强调), before a particle that rules
          the tentative form out (修改修改过的), or with nothing before it that asks for one; a lone
          repeated character that cannot govern the word it starts (有有关), or that is rarely a word by
          itself (障障碍). A verb after a word that may ask for the tentative form (要研究研究) and a
          reduplication said twice (谢谢谢谢) go to review. Legitimate reduplication (紧紧, 纷纷, 方方面面,
          很小很小), words meeting across a boundary (委员会会议, 我市市县, 中平村村规民约) and names (向吟吟) stay.
        """);

    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        RuleExample.Fix("要积极探索村级集体经济经济发展路径。", "要积极探索村级集体经济发展路径。"),
        RuleExample.Fix("研究市人大政协两会有有关事宜", "研究市人大政协两会有关事宜"),
        RuleExample.Keep("江涌紧紧围绕党的十九届六中全会"),
        RuleExample.Keep("纷纷打开了“话匣子”"),
        RuleExample.Keep("用朴实接地气的语言娓娓道来"),
        RuleExample.Keep("市委书记秦国文主持召开市委常委会会议"),
        RuleExample.Keep("是双方合作的具体体现"),
        RuleExample.Keep("我市市县两级均制定出台了《实施方案》"),
        RuleExample.Keep("拿出一本“中平村村规民约”向记者展示"),
        RuleExample.Keep("本报讯（记者 向吟吟）9月27日上午"),
        RuleExample.Keep("实行片区开发“三三制”工作机制"),
        RuleExample.Keep("习近平向2021·南南人权论坛致贺信"),
        RuleExample.Keep("广泛征求了方方面面的意见"),
        RuleExample.Keep("该女孩家长非常激动，连连对民警鞠躬"),
        RuleExample.Flag("我们要研究研究这个问题"),
        RuleExample.Keep("他的长处是坚韧坚韧是他的天性"),
        RuleExample.Keep("我们从世界杯中可以学习、借鉴的东西实在太多太多。"),
        RuleExample.Keep("山下的帐篷很小很小。"),
        RuleExample.Keep("马路中间，一队队警察在街上排成人墙"),
        RuleExample.Keep("由内政和联络3部部长领导的全民委员会"),
        RuleExample.Keep("唱着保育院院歌，进入这一个个新家"),
        RuleExample.Keep("不首先对对方使用核武器"),
        RuleExample.Keep("维护正义和和平"),
        RuleExample.Keep("要要求各级领导干部以身作则"),
        RuleExample.Keep("实现目的的手段"),
        RuleExample.Keep("他非常非常感动"),
        RuleExample.Keep("没想到到90年代后就变了"),
        RuleExample.Keep("实事求是是毛泽东思想的精髓"),
        RuleExample.Keep("从两国国家领导人到普通百姓"),
        RuleExample.Keep("上海市大木塑料制品厂厂长谢淑琴"),
        RuleExample.Keep("编织袋厂厂房整洁"),
        RuleExample.Fix("千万千万不要在这时，用冷言恶语刺伤妻妻子。", "千万千万不要在这时，用冷言恶语刺伤妻子。"),
        RuleExample.Fix("他的总体成绩会受到影响影响，可能会比预期的差些。", "他的总体成绩会受到影响，可能会比预期的差些。"),
        RuleExample.Fix("应该说，这是是一个了不起的成就。", "应该说，这是一个了不起的成就。"),
        RuleExample.Fix("温先生对修改修改过的文章毫无兴趣", "温先生对修改过的文章毫无兴趣"),
        RuleExample.Keep("牢牢把握推进“三强一化”建设这个使命任务"),
        RuleExample.Flag("“谢谢谢谢大家的支持！”他激动地说。"),
        RuleExample.Fix("全市上下要进一步进一步提高认识。", "全市上下要进一步提高认识。"),
        RuleExample.Fix("会议强调强调，要抓好落实。", "会议强调，要抓好落实。"),
    ];

    public IEnumerable<Finding> Analyze(RuleContext context)
    {
        string text = context.Document.Text;
        var findings = new List<Finding>();
        foreach (var region in context.Focus?.Spans ?? [new TextSpan(0, text.Length)])
        {
            Scan(context.Lexicon, text, region, findings);
        }

        return findings;
    }

    private void Scan(ChineseLexicon lexicon, string text, TextSpan region, List<Finding> findings)
    {
        int i = region.Start;
        int end = Math.Min(region.End, text.Length - 1);
        while (i < end)
        {
            int found = 0;
            for (int n = 4; n >= 1; n--)
            {
                // Cheapest test first: most positions fail on their first character.
                if (i + 2 * n <= text.Length && text[i] == text[i + n]
                    && text.AsSpan(i, n).SequenceEqual(text.AsSpan(i + n, n))
                    && IsHanRun(text, i, n)
                    && Judge(lexicon, text, i, n) is { } finding)
                {
                    findings.Add(finding);
                    found = 2 * n;
                    break;
                }
            }

            i += found > 0 ? found : 1;
        }
    }

    private Finding? Judge(ChineseLexicon lexicon, string text, int start, int n)
    {
        string unit = text.Substring(start, n);
        // A third copy on either side is a reduplication pattern, not a slip (紧紧紧, 研究研究研究).
        if (lexicon.Contains(unit + unit) || Repeats(text, start - n, start, n) || Repeats(text, start + 2 * n, start, n))
        {
            return null;
        }

        // Most repeated words are ruled out by the word alone; segmenting the context costs more.
        if (n >= 2 && !RepeatedWord.MayBeSlip(lexicon, unit))
        {
            return null;
        }

        var around = Segmentation.Around(lexicon, text, start, n);
        var repetition = n >= 2 ? RepeatedWord.Judge(lexicon, text, start, unit, around) : RepeatedCharacter.Judge(lexicon, unit, around);
        if (repetition is null)
        {
            return null;
        }

        var verdict = DuplicationVerdict.Weigh(repetition);
        var span = new TextSpan(start, start + 2 * n);
        return Finding.WithEdit(Descriptor.Id, span, verdict.Message, verdict.Confidence, verdict.Applicability, new TextEdit(new TextSpan(start, start + n), string.Empty));
    }

    /// <summary>Whether the n characters at <paramref name="at"/> are the unit at <paramref name="start"/> once more.</summary>
    private static bool Repeats(string text, int at, int start, int n) =>
        at >= 0 && at + n <= text.Length && string.CompareOrdinal(text, at, text, start, n) == 0;

    private static bool IsHanRun(string text, int start, int n)
    {
        for (int k = start; k < start + n; k++)
        {
            if (!CharClass.IsHan(text[k]) || char.IsSurrogate(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
