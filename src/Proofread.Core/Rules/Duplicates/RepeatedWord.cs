using Proofread.Lexicon;

namespace Proofread.Rules.Duplicates;

/// <summary>
/// The evidence on a whole word printed twice, each copy a word of the segmentation. Nouns,
/// adverbs, conjunctions and the like do not reduplicate. Verbs do (研究研究, 讨论讨论), unless what
/// follows rules the reduplicated form out (修改修改过的, 进行进行了). Numerals, measure words, state
/// adjectives and interjections reduplicate freely (一个一个, 雪白雪白): <see cref="MayBeSlip"/> rules
/// those out before the context is segmented.
/// </summary>
internal static class RepeatedWord
{
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

    /// <summary>Aspect particles and the like that do not follow a reduplicated verb.</summary>
    private static readonly HashSet<char> NoReduplicationAfter = ['了', '着', '过', '的', '地', '得', '者', '中'];

    /// <summary>A dictionary word of a kind that does not reduplicate freely (numerals, measure words, state adjectives, interjections and emphasis words do).</summary>
    public static bool MayBeSlip(ChineseLexicon lexicon, string unit) =>
        lexicon.PartOfSpeech(unit) is { } pos && pos[0] is not ('m' or 'q' or 'z' or 'o' or 'e' or 'y') && !FreelyRepeated.Contains(unit);

    /// <summary>The evidence on the word <paramref name="unit"/> printed twice at <paramref name="start"/>, or null when the doubling is legitimate or unclear.</summary>
    public static Repetition? Judge(ChineseLexicon lexicon, string text, int start, string unit, Segmentation around)
    {
        string? pos = lexicon.PartOfSpeech(unit);
        int after = start + 2 * unit.Length;
        char following = after < text.Length ? text[after] : '\0';
        if (pos is null || !BothCopiesAreWords(lexicon, unit, around) || IsAdjectiveEmphasis(pos, unit, around, following))
        {
            return null;
        }

        if (unit.Length == 2 && unit[0] == unit[1])
        {
            return new Repetition(RepetitionKind.ReduplicatedWordSaidTwice, unit);
        }

        if (pos[0] != 'v')
        {
            return new Repetition(RepetitionKind.NonVerbWord, unit, pos);
        }

        if (NoReduplicationAfter.Contains(following))
        {
            return new Repetition(RepetitionKind.VerbBeforeAspect, unit, following.ToString());
        }

        if (NeverReduplicated.Contains(unit))
        {
            return new Repetition(RepetitionKind.VerbWithoutTentativeForm, unit);
        }

        return around.LeftMayGovernReduplication(lexicon)
            ? new Repetition(RepetitionKind.PossibleTentativeVerb, unit, around.LeftWord)
            : new Repetition(RepetitionKind.VerbNotAskedFor, unit);
    }

    /// <summary>
    /// The first copy is a word (or ends one) and so is the copy, or the copy opens a longer word
    /// made of it and a word (进一步进一步提高: 进一步提高).
    /// </summary>
    private static bool BothCopiesAreWords(ChineseLexicon lexicon, string unit, Segmentation around)
    {
        bool copyIsWord = around.CopyIsWord
            || (around.CopyStartsWord && around.NeighbourWord.StartsWith(unit, StringComparison.Ordinal) && lexicon.Contains(around.NeighbourWord.AsSpan(unit.Length)));
        return (around.FirstIsWord || around.FirstEndsWord) && copyIsWord;
    }

    /// <summary>An adjective said twice for emphasis (很小很小, 好大好大) or in a chiasmus (气质是粗犷粗犷是大陆架).</summary>
    private static bool IsAdjectiveEmphasis(string pos, string unit, Segmentation around, char following) =>
        pos[0] == 'a' && (DegreeAdverbs.Contains(around.LeftWord) || unit[0] is '很' or '好' or '太' or '真' or '挺' or '多' || following == '是');
}
