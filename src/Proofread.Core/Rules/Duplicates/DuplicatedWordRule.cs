using Proofread.Findings;
using Proofread.Lexicon;
using Proofread.Text;

namespace Proofread.Rules.Duplicates;

/// <summary>
/// <para><b>What it does:</b> finds a word or character printed twice in a row by the scan or the
/// typesetting ("集体经济经济发展", "两会有有关事宜") and proposes to remove the copy.</para>
/// <para><b>Why:</b> OCR of overlapping columns and re-set lines duplicates words.</para>
/// <para><b>Example:</b> <c>探索村级集体经济经济发展路径</c> becomes <c>探索村级集体经济发展路径</c>.</para>
/// <para><b>Fix safety:</b> safe only where the lexicon speaks clearly: a repeated dictionary word
/// that is not a verb (verbs reduplicate: 研究研究) and whose doubling is no word, or a repeated
/// single character that stands alone before a word it starts and is no noun or measure word
/// (委员会会议, 我市市县, 中平村村规民约 stay). Reduplications in the lexicon (紧紧, 纷纷) stay.</para>
/// </summary>
public sealed class DuplicatedWordRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "duplicated-word",
        "A word or character printed twice in a row is removed",
        Applicability.Safe,
        """
        What it does
          Finds a word or character repeated by the scan (集体经济经济, 有有关) and removes the copy.
        Why
          Overlapping columns and re-set lines make OCR print words twice.
        Example
          探索村级集体经济经济发展路径  ->  探索村级集体经济发展路径
        Fix safety
          Safe only with clear lexicon evidence: a repeated non-verb dictionary word whose doubling
          is not a word, or a lone repeated function character before a word it starts. Legitimate
          reduplication (紧紧, 纷纷, 方方面面), words meeting across a boundary (委员会会议, 我市市县,
          中平村村规民约) and names stay.
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
        RuleExample.Keep("五月的气质是粗犷粗犷是大陆架"),
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
        RuleExample.Fix("然而，这些前进中的障障碍也是由农民自身来克服的。", "然而，这些前进中的障碍也是由农民自身来克服的。"),
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
            Scan(text, region, findings);
        }

        return findings;
    }

    private void Scan(string text, TextSpan region, List<Finding> findings)
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
                    && Judge(text, i, n) is { } finding)
                {
                    findings.Add(finding);
                    found = 2 * n;
                    break;
                }
            }

            i += found > 0 ? found : 1;
        }
    }

    private Finding? Judge(string text, int start, int n)
    {
        var lexicon = ChineseLexicon.Shared;
        string unit = text.Substring(start, n);
        // A third copy on either side is a reduplication pattern, not a slip (紧紧紧, 研究研究研究).
        if (lexicon.Contains(unit + unit) || Repeats(text, start - n, start, n) || Repeats(text, start + 2 * n, start, n))
        {
            return null;
        }

        // Most repeated words are ruled out by the word alone; segmenting the context costs more.
        if (n >= 2 && !MayBeSlipWord(lexicon, unit))
        {
            return null;
        }

        var around = Segmentation.Around(lexicon, text, start, n);
        var verdict = n >= 2 ? JudgeWord(lexicon, text, start, unit, around) : JudgeCharacter(lexicon, unit, around);
        if (verdict is not var (applicability, confidence, message))
        {
            return null;
        }

        var span = new TextSpan(start, start + 2 * n);
        return Finding.WithEdit(Descriptor.Id, span, message, confidence, applicability, new TextEdit(new TextSpan(start, start + n), string.Empty));
    }

    /// <summary>
    /// A whole word twice, each copy a word of the segmentation. Nouns, adverbs, conjunctions and
    /// the like do not reduplicate: safe. Verbs do (研究研究, 讨论讨论), unless what follows rules
    /// the reduplicated form out (修改修改过的, 进行进行了): otherwise a person decides. Numerals,
    /// measure words, state adjectives and interjections reduplicate freely (一个一个, 雪白雪白): no finding
    /// (<see cref="Judge"/> rules those out with <see cref="MayBeSlipWord"/> before segmenting).
    /// </summary>
    private static (Applicability, double, string)? JudgeWord(ChineseLexicon lexicon, string text, int start, string unit, Segmentation around)
    {
        string? pos = lexicon.PartOfSpeech(unit);
        // The copy may open a longer word made of it and a word (进一步进一步提高: 进一步提高).
        bool copyIsWord = around.CopyIsWord
            || (around.CopyStartsWord && around.NeighbourWord.StartsWith(unit, StringComparison.Ordinal) && lexicon.Contains(around.NeighbourWord.AsSpan(unit.Length)));
        if (pos is null || !(around.FirstIsWord || around.FirstEndsWord) || !copyIsWord)
        {
            return null;
        }

        int after = start + 2 * unit.Length;
        if (pos[0] == 'a' && (DegreeAdverbs.Contains(around.LeftWord) || unit[0] is '很' or '好' or '太' or '真' or '挺' or '多' || (after < text.Length && text[after] == '是')))
        {
            // 很小很小, 好大好大: emphasis; 气质是粗犷粗犷是大陆架: a chiasmus.
            return null;
        }

        if (unit.Length == 2 && unit[0] == unit[1])
        {
            // A reduplicated word said twice (谢谢谢谢, 常常常常) may be emphasis: a person decides.
            return (Applicability.Review, 0.6, $"'{unit}' is printed twice; '{unit}' is a reduplication itself, and saying it twice may be emphasis, so a person decides");
        }

        if (pos[0] != 'v')
        {
            return (Applicability.Safe, 0.93, $"'{unit}' is printed twice; '{unit}{unit}' is no word and '{unit}' ({pos}) does not reduplicate");
        }

        if (after < text.Length && NoReduplicationAfter.Contains(text[after]))
        {
            return (Applicability.Safe, 0.9, $"'{unit}' is printed twice; a reduplicated verb does not take '{text[after]}'");
        }

        if (NeverReduplicated.Contains(unit))
        {
            return (Applicability.Safe, 0.85, $"'{unit}' is printed twice; '{unit}' has no reduplicated form ({unit}{unit} 'a little')");
        }

        if (!around.LeftMayGovernReduplication)
        {
            return (Applicability.Safe, 0.85, $"'{unit}' is printed twice; nothing before it asks for a reduplicated verb ({unit}{unit} 'a little')");
        }

        return (Applicability.Review, 0.6, $"'{unit}' is printed twice; after '{around.LeftWord}' it may be a reduplicated verb ({unit}{unit} 'a little'), so a person decides");
    }

    /// <summary>A dictionary word of a kind that does not reduplicate freely (numerals, measure words, state adjectives, interjections and emphasis words do).</summary>
    private static bool MayBeSlipWord(ChineseLexicon lexicon, string unit) =>
        lexicon.PartOfSpeech(unit) is { } pos && pos[0] is not ('m' or 'q' or 'z' or 'o' or 'e' or 'y') && !FreelyRepeated.Contains(unit);

    /// <summary>
    /// One character twice where one copy stands alone in the segmentation (both copies inside
    /// words is a boundary: 委员会会议, 具体体现). A character that is rarely a word by itself is an
    /// artefact (障障碍, 跟踪踪). A common one is an artefact only when it cannot govern the word it
    /// starts (有有关); prepositions, conjunctions, particles and modals can (对对方, 和和平, 目的的, 要要求).
    /// </summary>
    private static (Applicability, double, string)? JudgeCharacter(ChineseLexicon lexicon, string unit, Segmentation around)
    {
        string? pos = lexicon.PartOfSpeech(unit);
        int frequency = lexicon.Frequency(unit);
        bool common = frequency >= CommonCharacterFrequency;
        if (around.FirstAlone && around.CopyAlone)
        {
            // Two lone copies: a common word printed twice (是是, 的的); rarer characters are most
            // often a reduplicated given name (向吟吟).
            return common && pos is not null && pos[0] is not ('m' or 'q')
                ? (Applicability.Safe, 0.9, $"'{unit}' is printed twice; '{unit}{unit}' is no word")
                : null;
        }

        bool loneBeforeWord = around.FirstAlone && around.CopyStartsWord;
        bool loneAfterWord = around.FirstEndsWord && around.CopyAlone;
        if (!loneBeforeWord && !loneAfterWord)
        {
            return null;
        }

        if (!common)
        {
            // A rare lone character may still belong to a name or compound the lexicon does not
            // know: the suffix of the name before it (中平村村规民约), the head of a word after it
            // (保育院院歌), or a reduplicated measure word (一趟趟).
            bool nominal = pos is null || pos[0] is not ('v' or 'a' or 'd' or 'p' or 'c' or 'u');
            if ((loneBeforeWord && nominal && around.LeftMayTakeSuffix) || (loneAfterWord && !around.RightIsWordOrEnd)
                || around.LeftWord == "一" || (loneAfterWord && around.NeighbourWord.Length == 2 && around.NeighbourWord[0] == '一'))
            {
                return null;
            }

            return (Applicability.Safe, 0.9, $"'{unit}' is printed twice; it is rarely a word by itself and the other copy belongs to '{around.NeighbourWord}'");
        }

        if (pos is null)
        {
            return null;
        }

        if (loneBeforeWord && pos is "v" or "d" && !Modals.Contains(unit[0])
            && lexicon.PartOfSpeech(around.NeighbourWord) is { } next && next[0] != 'n')
        {
            return (Applicability.Safe, 0.9, $"'{unit}' is printed twice before a word it starts ('{around.NeighbourWord}')");
        }

        // A common noun, adjective or locality word alone before a word it starts, with nothing
        // on its left it could be the suffix of (在党党校, 装修新新房).
        if (loneBeforeWord && pos[0] is 'n' or 'a' or 'f' && !around.LeftMayTakeSuffix)
        {
            return (Applicability.Safe, 0.85, $"'{unit}' is printed twice before a word it starts ('{around.NeighbourWord}')");
        }

        // A common noun or locality word alone after a word it ends, before a whole word (以后后，);
        // function words and verbs do follow such words (目的的, 现在在, 想到到, 实事求是是).
        if (loneAfterWord && around.RightIsWordOrEnd && pos[0] is not ('u' or 'p' or 'c' or 'r' or 'm' or 'q' or 'd' or 'v' or 'y' or 'e'))
        {
            return (Applicability.Safe, 0.85, $"'{unit}' is printed twice after a word it ends ('{around.NeighbourWord}')");
        }

        return null;
    }

    /// <summary>Single characters at least this frequent in the lexicon are common words on their own (的, 是, 有, 和).</summary>
    private const int CommonCharacterFrequency = 20000;

    /// <summary>Words repeated for emphasis or as placeholders (非常非常, 如何如何).</summary>
    private static readonly HashSet<string> FreelyRepeated = new(StringComparer.Ordinal)
    {
        "非常", "特别", "十分", "真的", "实在", "格外", "越来越", "如何", "怎样", "怎么", "这样", "那样", "什么", "某某",
    };

    /// <summary>Common verbs of being, having, change and feeling, which have no tentative ABAB form.</summary>
    private static readonly HashSet<string> NeverReduplicated = new(StringComparer.Ordinal)
    {
        "是", "有", "没有", "进行", "成为", "认为", "具有", "属于", "存在", "发生", "出现", "开始", "继续", "获得", "得到",
        "受到", "实现", "达到", "进入", "表现", "增大", "减轻", "增加", "减少", "提高", "降低", "喜爱", "喜欢", "希望",
        "需要", "应该", "可以", "能够", "成立", "完成", "发现", "形成", "举行", "召开", "签署", "表示", "指出",
        // The formal verbs of news writing, never said 'a little': 强调强调 is a slip.
        "强调", "发展", "加强", "推进", "推动", "坚持", "落实", "建设", "实施", "提出", "要求", "部署", "贯彻",
        "深化", "促进", "提升", "完善", "健全", "确保", "保障", "巩固", "拓展", "优化", "强化", "统筹", "聚焦",
        "打造", "构建", "开展", "发挥", "增强", "扩大", "改善", "带动", "引领", "出席", "主持", "参加", "召集",
    };

    /// <summary>Degree adverbs before a repeated adjective (很小很小).</summary>
    private static readonly HashSet<string> DegreeAdverbs = new(StringComparer.Ordinal)
    {
        "很", "好", "太", "真", "多", "最", "挺", "非常", "那么", "这么", "多么", "十分", "特别",
    };

    /// <summary>Modal verbs: 要要求, 会会见 are legitimate.</summary>
    private static readonly HashSet<char> Modals = ['要', '会', '能', '可', '该', '应', '得', '想', '敢', '肯', '愿'];

    /// <summary>Aspect particles and the like that do not follow a reduplicated verb.</summary>
    private static readonly HashSet<char> NoReduplicationAfter = ['了', '着', '过', '的', '地', '得', '者', '中'];

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

/// <summary>How the lexicon segments the text around a repetition of a unit at [start, start + n) and [start + n, start + 2n).</summary>
internal readonly record struct Segmentation(
    bool FirstIsWord, bool CopyIsWord, bool FirstAlone, bool CopyAlone, bool FirstEndsWord, bool CopyStartsWord,
    bool LeftMayTakeSuffix, string NeighbourWord, string LeftWord, bool RightIsWordOrEnd)
{
    /// <summary>
    /// Whether the word before may introduce a reduplicated verb ('try, a little'): a pronoun or
    /// a name as subject (大家讨论讨论), a modal or an adverb (要研究研究, 再想想), 来/去/让/请.
    /// </summary>
    public bool LeftMayGovernReduplication
    {
        get
        {
            if (LeftWord.Length == 0 || !CharClass.IsHan(LeftWord[^1]))
            {
                return false;
            }

            // Adverbs other than these (不, 没, 很, 有所, 极为) rule the tentative form out.
            string? pos = ChineseLexicon.Shared.PartOfSpeech(LeftWord);
            return pos is null || pos[0] is 'r' or 'n' || ReduplicationCues.Contains(LeftWord);
        }
    }

    private static readonly HashSet<string> ReduplicationCues = new(StringComparer.Ordinal)
    {
        "要", "得", "来", "去", "让", "请", "给", "帮", "可以", "应该", "应当", "需要", "不妨", "想", "能", "会", "该",
        "先", "再", "好好", "多", "也", "就", "都", "还", "一起", "常", "经常", "常常", "可",
    };

    private const int Margin = 6;

    public static Segmentation Around(ChineseLexicon lexicon, string text, int start, int n)
    {
        int from = Math.Max(0, start - Margin), to = Math.Min(text.Length, start + 2 * n + Margin);
        int copy = start + n, end = start + 2 * n;
        bool firstIsWord = false, copyIsWord = false, firstEndsWord = false, copyStartsWord = false;
        string neighbour = "", left = "";
        bool rightIsWordOrEnd = true;
        int pos = from;
        foreach (string w in lexicon.Segment(text.AsSpan(from, to - from)))
        {
            int wEnd = pos + w.Length;
            if (pos == start && wEnd == copy)
            {
                firstIsWord = true;
            }
            else if (pos < start && wEnd == copy)
            {
                firstEndsWord = true;
                neighbour = w;
            }

            if (pos == copy && wEnd == end)
            {
                copyIsWord = true;
            }
            else if (pos == copy && wEnd > end)
            {
                copyStartsWord = true;
                neighbour = w;
            }

            if (wEnd == start)
            {
                left = w;
            }

            if (pos == end)
            {
                // A line break may hide the rest of a word the layout cut (全市市⏎⏎有).
                rightIsWordOrEnd = w.Length > 1 || !(CharClass.IsHan(w[0]) || w[0] is '\n' or '\r');
            }

            pos = wEnd;
        }

        // A name or place the lexicon does not know ends in a lone character or a word of its own;
        // a numeral or a one-character pronoun takes a suffix too (3部, 两国, 我市).
        string? leftPos = left.Length > 0 ? lexicon.PartOfSpeech(left) : null;
        bool leftMayTakeSuffix = left.Length > 0
            && (char.IsAsciiLetterOrDigit(left[^1]) || (CharClass.IsHan(left[^1]) && (leftPos is null || leftPos[0] is 'n' or 'm' || (leftPos[0] == 'r' && left.Length == 1))));
        return new Segmentation(firstIsWord, copyIsWord, firstIsWord && n == 1, copyIsWord && n == 1, firstEndsWord, copyStartsWord, leftMayTakeSuffix, neighbour, left, rightIsWordOrEnd);
    }
}
