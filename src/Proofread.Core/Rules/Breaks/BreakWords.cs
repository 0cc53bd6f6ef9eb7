using Proofread.Lexicon;
using Proofread.Text;

namespace Proofread.Rules.Breaks;

/// <summary>
/// What the text on either side of a break says about whether it runs on: the characters that
/// cannot end or open a sentence, and the dictionary words that the break cuts in two.
/// The lexicon is consulted only here, at candidate breaks, so long documents cost little.
/// </summary>
public static class BreakWords
{
    /// <summary>Verbs that need an object or a verb after them.</summary>
    private static readonly HashSet<string> AuxiliaryVerbs = new(StringComparer.Ordinal)
    {
        "要", "有", "是", "还有", "能", "能够", "应", "应该", "应当", "可以", "会", "让", "使", "给", "需要", "必须", "进行", "加以", "予以",
    };

    /// <summary>Words that cannot open a sentence: adverbs that need a subject, locatives that need what they locate.</summary>
    private static readonly HashSet<string> DependentOpenings = new(StringComparer.Ordinal)
    {
        "也", "都", "就", "才", "还", "又", "再", "却", "便", "亦", "均", "皆", "仍", "已",
        "以来", "之间", "之中", "之内", "期间", "方面", "当中", "为止",
    };

    /// <summary>Words the lexicon tags as prepositions that also end a sentence as full verbs (法案获得通过).</summary>
    private static readonly HashSet<string> VerbsTaggedAsPrepositions = new(StringComparer.Ordinal) { "通过", "经过", "按照", "依照" };

    /// <summary>How many Han characters on each side of the break the word check looks at.</summary>
    private const int WindowPerSide = 4;

    /// <summary>Marks that close or continue a sentence and so cannot stand first in a paragraph or headline.</summary>
    public static bool CannotOpenText(char c) =>
        c is '，' or '。' or '、' or '；' or '：' or '？' or '！' or '”' or '’' or '）' or '》' or '」' or '』' or '】' or '〉' or '．' or '%' or '％';

    /// <summary>Particles and conjunctions that attach to what precedes them and never open a sentence or a headline.</summary>
    private static bool IsBoundOpening(char c) =>
        c is '的' or '了' or '着' or '地' or '得' or '们' or '吗' or '呢' or '吧' or '么' or '和' or '与' or '等' or '者';

    /// <summary>Words that need what follows them (prepositions, conjunctions, the structural 的): no sentence or headline ends on one.</summary>
    private static bool CannotEndText(char c) =>
        c is '的' or '和' or '与' or '及' or '或' or '在' or '对' or '把' or '被' or '将' or '向' or '从' or '由' or '而' or '并' or '且' or '但'
            or '也' or '都' or '就' or '还' or '又' or '再' or '更' or '最' or '很' or '其' or '该' or '各' or '每' or '这' or '那' or '之' or '第';

    /// <summary>
    /// The text after the break opens with a particle or conjunction standing as a word of its own
    /// (的序幕, 和人大代表; not 地方, 和平): it continues what came before.
    /// </summary>
    public static bool OpensWithBoundWord(ChineseLexicon lexicon, ReadOnlySpan<char> after)
    {
        if (after.IsEmpty || !IsBoundOpening(after[0]))
        {
            return false;
        }

        int n = HanRun(after, 0, +1);
        return n <= 1 || lexicon.Segment(after[..n])[0].Length == 1;
    }

    /// <summary>
    /// The text after the break opens with an adverb that needs a subject before it (也, 都, 就, 才)
    /// or a locative that needs a noun or clause before it (以来, 之间, 期间), standing as a word.
    /// </summary>
    public static bool OpensWithDependentWord(ChineseLexicon lexicon, ReadOnlySpan<char> after, out string word)
    {
        word = string.Empty;
        int n = HanRun(after, 0, +1);
        if (n == 0)
        {
            return false;
        }

        word = lexicon.Segment(after[..n])[0];
        return DependentOpenings.Contains(word);
    }

    /// <summary>
    /// The text after the break opens with a clause of one character that is a verb (来，): a
    /// clause that short never opens a paragraph (openers such as 同时，, 经查， are longer).
    /// </summary>
    public static bool OpensWithStrandedVerb(ChineseLexicon lexicon, ReadOnlySpan<char> after, out string word)
    {
        word = string.Empty;
        int n = HanRun(after, 0, +1);
        if (n != 1 || n >= after.Length || after[n] is not ('，' or ','))
        {
            return false;
        }

        word = after[..n].ToString();
        return lexicon.PartOfSpeech(word) is ['v', ..];
    }

    /// <summary>
    /// The text before the break opens with a conjunction that needs a main clause (由于…, 而…,
    /// 虽然…) and has no clause break after it: the sentence is unfinished.
    /// </summary>
    public static bool OpensWithSubordinatingConjunction(ChineseLexicon lexicon, ReadOnlySpan<char> before, out string word)
    {
        word = string.Empty;
        int n = HanRun(before, 0, +1);
        if (n == 0 || before.IndexOfAny("，,；;。") >= 0)
        {
            return false;
        }

        word = lexicon.Segment(before[..n])[0];
        return lexicon.PartOfSpeech(word) is ['c', ..];
    }

    /// <summary>The few characters that stand as a clause of their own (对，, 是，, 好，), as in dialogue.</summary>
    public static bool CanStandAsClause(char c) => c is '对' or '是' or '好' or '不' or '嗯' or '哦' or '啊' or '喂' or '噢' or '唉' or '呀';

    /// <summary>
    /// The text before the break ends on a word that needs what follows: a preposition,
    /// conjunction, adverb, pronoun or particle, or an auxiliary verb (对, 通过…的, 还有, 他们, 一定,
    /// 要). Taken from the lexicon's part of speech of the last word (jieba's tags p, c, d, r, u),
    /// so 目的 and 现在 do not count. Headlines end on nouns and full verbs, not on these.
    /// </summary>
    public static bool EndsWithOpenWord(ChineseLexicon lexicon, ReadOnlySpan<char> before, out string word)
    {
        word = string.Empty;
        int n = HanRun(before, before.Length - 1, -1);
        if (n == 0)
        {
            return false;
        }

        var words = lexicon.Segment(before[^n..]);
        word = words[^1];
        if (word.Length == 1 && CannotEndText(word[0]))
        {
            return true;
        }

        if (AuxiliaryVerbs.Contains(word))
        {
            return true;
        }

        string? tag = lexicon.PartOfSpeech(word);
        return tag is not null && !VerbsTaggedAsPrepositions.Contains(word)
            && (tag[0] is 'p' or 'c' or 'd' or 'r' or 't' || (tag[0] == 'u' && word.Length == 1));
    }

    /// <summary>More opening than closing double quotation marks: the text stops inside a quotation.</summary>
    public static bool EndsInsideQuotation(ReadOnlySpan<char> text)
    {
        int depth = 0;
        foreach (char c in text)
        {
            if (c == '“')
            {
                depth++;
            }
            else if (c == '”' && depth > 0)
            {
                depth--;
            }
        }

        return depth > 0;
    }

    /// <summary>
    /// The dictionary word the break cuts in two, found by segmenting a few characters on either
    /// side of it ("十" + "二次" → 十二): null when the best segmentation has a word boundary at
    /// the break. <paramref name="strong"/> is true when one of the two pieces is a single
    /// character cut off from its word (考|察, 高|标准) or the word is a compound of four or more
    /// characters (公安|机关); a cut between two words that also stand alone (中国|人民) is weak evidence.
    /// </summary>
    public static string? WordAcrossBreak(ChineseLexicon lexicon, ReadOnlySpan<char> before, ReadOnlySpan<char> after, out bool strong)
    {
        strong = false;
        int left = 0;
        while (left < WindowPerSide && left < before.Length && CharClass.IsHan(before[before.Length - 1 - left]))
        {
            left++;
        }

        int right = 0;
        while (right < WindowPerSide && right < after.Length && CharClass.IsHan(after[right]))
        {
            right++;
        }

        if (left == 0 || right == 0)
        {
            return null;
        }

        Span<char> window = stackalloc char[left + right];
        before[^left..].CopyTo(window);
        after[..right].CopyTo(window[left..]);
        int position = 0;
        foreach (string word in lexicon.Segment(window))
        {
            int end = position + word.Length;
            if (position < left && end > left)
            {
                int leftPiece = left - position;
                int rightPiece = end - left;
                strong = leftPiece == 1 || rightPiece == 1 || word.Length >= 4
                    || !lexicon.Contains(word.AsSpan(0, leftPiece)) || !lexicon.Contains(word.AsSpan(leftPiece));
                return word;
            }

            position = end;
        }

        return null;
    }

    /// <summary>How many Han characters (up to the window size) run from <paramref name="from"/> in direction <paramref name="step"/>.</summary>
    private static int HanRun(ReadOnlySpan<char> text, int from, int step)
    {
        int n = 0;
        for (int i = from; i >= 0 && i < text.Length && n < WindowPerSide && CharClass.IsHan(text[i]); i += step)
        {
            n++;
        }

        return n;
    }
}
