using Proofread.Findings;
using Proofread.Lexicon;
using Proofread.Text;

namespace Proofread.Rules.Breaks;

/// <summary>
/// <para><b>What it does:</b> finds a paragraph cut in two by the column or page layout (it goes
/// on as a new block after blank lines, often in the middle of a word) and proposes to remove the
/// break.</para>
/// <para><b>Why:</b> OCR of multi-column pages turns every column end into a paragraph end:
/// "…市第十⏎⏎二次党代会精神…" reads as two paragraphs and splits the word 十二.</para>
/// <para><b>Example:</b> <c>聚焦贯彻落实市第十⏎⏎二次党代会精神</c> becomes <c>聚焦贯彻落实市第十二次党代会精神</c>.</para>
/// <para><b>Fix safety:</b> safe when the first block is story text that does not end a sentence
/// and the boundary itself is evidence (a word across it, a next block that cannot open a
/// sentence, a trailing comma or an open quotation); review when one side looks like a headline.
/// Headlines, bylines, story openings, credits and markup are never joined. The edit removes
/// exactly the break and inserts nothing.</para>
/// </summary>
public sealed class ColumnBreakRule : IRule
{
    /// <summary>Characters that cannot open a sentence or a headline: particles and closing marks.</summary>
    private const string CannotOpen = "的了着过得之们吗呢吧么，。、；：！？）”’」』》】…,.;:!?)";

    /// <summary>Function words that a headline never ends with: a block ending in one is a piece of a sentence.</summary>
    private const string CannotClose = "的了和与及在对为把被将从向就也都而并又是让使给但或以于其之且些";

    public RuleDescriptor Descriptor { get; } = new(
        "column-break",
        "A paragraph cut by a column or page break is joined again",
        Applicability.Safe,
        """
        What it does
          Joins a block to the next one when the text runs on across the blank lines between them.
        Why
          OCR of multi-column pages ends a paragraph at every column and page end, often mid-word.
        Example
          聚焦贯彻落实市第十⏎⏎二次党代会精神  ->  聚焦贯彻落实市第十二次党代会精神
        Evidence weighed
          the first block ends without sentence-final punctuation, with ，、； or inside an open
          quotation; a dictionary word forms across the break (十+二次 → 十二); the next block starts
          with a character that cannot open a sentence (的, 了, a closing mark).
        Fix safety
          Safe for story text with evidence at the boundary; review when one side looks like a
          headline. Headlines, bylines (■本报记者 …), story openings (本报讯 …), photo credits,
          Markdown headings and lists are never joined. The fix removes exactly the break.
        """);

    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        RuleExample.Fix("陈友良等村民代表，聚焦贯彻落实市第十\n\n二次党代会精神，围绕乡村振兴。", "陈友良等村民代表，聚焦贯彻落实市第十二次党代会精神，围绕乡村振兴。"),
        RuleExample.Fix("两名渔鼓演员用朗朗上口、悠扬动听的传统渔鼓唱词拉开了此次屋场恳谈会\n\n的序幕。随后，村民们踊跃发言。", "两名渔鼓演员用朗朗上口、悠扬动听的传统渔鼓唱词拉开了此次屋场恳谈会的序幕。随后，村民们踊跃发言。"),
        RuleExample.Fix("秦国文指出，各位代表是各领\n\n域、各行业的先进分子、模范人物。", "秦国文指出，各位代表是各领域、各行业的先进分子、模范人物。"),
        RuleExample.Fix("主动作为、攻坚克难、奋力赶超，\n  \n全力以赴扩大有效投资。", "主动作为、攻坚克难、奋力赶超，全力以赴扩大有效投资。"),
        RuleExample.Fix("坚持把纪律和规矩挺在前。有令必行，有禁必\n\n止！要加强监督检查。", "坚持把纪律和规矩挺在前。有令必行，有禁必止！要加强监督检查。"),
        RuleExample.Fix("始终贯穿“实”的作风，强力推进“港洽\n\n周”等招商签约项目落地。", "始终贯穿“实”的作风，强力推进“港洽周”等招商签约项目落地。"),
        RuleExample.Keep("# 推动市第十二次党代会精神深入最基层 凝聚起加快“三强一化”建设的奋进合力\n\n秦国文深入衡南县白水村与乡亲聊家常、话发展"),
        RuleExample.Keep("秦国文深入衡南县白水村与乡亲聊家常、话发展\n\n■本报记者 陈 润"),
        RuleExample.Keep("秦国文率队赴苏州考察学习 吴庆文会见\n\n本报讯 (记者 彭斌) 立足新发展阶段、贯彻新发展理念。"),
        RuleExample.Keep("巩固拓展脱贫攻坚成果，消除风险4086户10320人，确保退出一户稳定一户\n\n我市多措并举巩固拓展脱贫攻坚成果"),
        RuleExample.Keep("一张蓝图绘到底 一棒接着一棒干 推动城市治理体系和治理能力现代化\n\n衡阳市城市治理专题研讨会暨“船山论坛（第51期）”举行 朱健出席并讲话"),
        RuleExample.Keep("市委常委会召开会议\n\n研究市人大政协两会有关事宜\n\n秦国文主持"),
        RuleExample.Keep("秦国文参加常宁市、祁东县代表团讨论时强调\n\n大力推进“三强一化”建设 加快推动宏伟蓝图变成美好现实"),
        RuleExample.Flag("创建全国文明城市\n\n“现在村民矛盾纠纷少了，我都快‘下课’了！”近日，记者在蒸湘区中平村采访。"),
        RuleExample.Fix("她与董事长\n\n杨雪菊商议，先后投资86万元建起了一所孤儿院。", "她与董事长杨雪菊商议，先后投资86万元建起了一所孤儿院。"),
        RuleExample.Fix("而此书中的论\n\n，基本不是作者出面，而是让历史老人去评说。", "而此书中的论，基本不是作者出面，而是让历史老人去评说。"),
        RuleExample.Fix("两国贸易额分别达到8\n\n8．4％和76．9％。", "两国贸易额分别达到88．4％和76．9％。"),
        RuleExample.Keep("接种现场安全高效、井然有序。\n\n■见习记者 王皓永 摄"),
        RuleExample.Keep("他说：\n\n“我们一定会越过越甜！”"),
        RuleExample.Keep("全面从严治党永远在路上。\n\n强化中心意识 做好集聚文章 打造城区品质提升的典范"),
    ];

    public IEnumerable<Finding> Analyze(RuleContext context)
    {
        var document = context.Document;
        var blocks = document.Blocks;
        var findings = new List<Finding>();
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            if (Judge(document, blocks[i], blocks[i + 1]) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return findings;
    }

    private Finding? Judge(Document document, Block first, Block next)
    {
        string text = document.Text;
        var lastLine = document[document.Lines[first.LastLine].Span];
        var nextLine = document[document.Lines[next.FirstLine].Span];
        var tail = lastLine.TrimEnd();
        var head = nextLine.TrimStart();
        if (tail.IsEmpty || head.IsEmpty
            || BlockShape.EndsStructure(lastLine) || BlockShape.StartsStructure(nextLine)
            || !BlockShape.ContainsHan(tail) || !BlockShape.ContainsHan(head))
        {
            return null;
        }

        char last = tail[^1];
        bool endsWithPause = last is '，' or '、' or ',' or '·';
        bool endsWithSemicolon = last is '；' or ';';

        // A quotation that runs over several paragraphs leaves each but the last open after its
        // full stop: an open quotation is evidence only when the block stops mid-sentence.
        bool openQuote = last is not ('。' or '！' or '？' or '!' or '?' or '…') && HasOpenQuote(document[first.Span]);
        bool noFinalPunctuation = CharClass.IsHan(last) || char.IsAsciiLetterOrDigit(last) || CharClass.IsFullWidthAlnum(last);
        bool endsWithDash = last == '—';
        if (!endsWithPause && !endsWithSemicolon && !endsWithDash && !openQuote && !noFinalPunctuation)
        {
            return null;
        }

        string? word = WordAcross(tail, head);
        bool cannotOpen = CannotOpen.Contains(head[0]);
        // A headline never ends with a comma or inside a quotation.
        bool firstIsHeadline = !endsWithPause && !openQuote && BlockShape.IsHeadlineLike(document, first);
        bool nextIsHeadline = BlockShape.IsHeadlineLike(document, next);
        bool boundaryEvidence = word is not null || cannotOpen;
        if (firstIsHeadline && BlockShape.HasSpacedPhrases(document[first.Span]))
        {
            // "精准施策 奋力攻坚 高质量推进…" is a headline whatever follows it.
            return null;
        }

        // Story text on both sides is safe to join. A headline-like side needs more: a word split
        // by the break, a next block that cannot open anything, or a first block that is plainly
        // a piece of a sentence (it has commas but is too short to be a paragraph).
        bool firstIsPiece = document[first.Span].IndexOfAny("，、,") >= 0 || CannotClose.Contains(last);
        if (endsWithDash && nextIsHeadline)
        {
            // "…在推进会上强调——" introduces the headline below it.
            return null;
        }

        (Applicability applicability, double confidence) = (firstIsHeadline, nextIsHeadline) switch
        {
            // Items of an enumeration end with '；' and stand as paragraphs of their own.
            _ when endsWithSemicolon && BlockShape.StartsEnumerationItem(head) => (Applicability.None, 0),
            (false, false) => (Applicability.Safe, boundaryEvidence ? 0.97 : 0.9),
            (true, false) when word is not null => (Applicability.Safe, 0.85),
            (true, false) when firstIsPiece => (Applicability.Safe, 0.8),
            (true, false) when cannotOpen => (Applicability.Safe, 0.8),
            (true, false) => (Applicability.Review, 0.5),
            (false, true) when cannotOpen => (Applicability.Safe, 0.85),
            _ when boundaryEvidence => (Applicability.Review, 0.6),
            _ => (Applicability.None, 0),
        };

        if (applicability == Applicability.None)
        {
            return null;
        }

        var evidence = new List<string>(4);
        if (endsWithPause || endsWithSemicolon || endsWithDash)
        {
            evidence.Add($"the block ends with '{last}'");
        }
        else if (noFinalPunctuation)
        {
            evidence.Add("the block has no sentence-final punctuation");
        }

        if (openQuote)
        {
            evidence.Add("it ends inside an open quotation");
        }

        if (word is not null)
        {
            evidence.Add($"'{word}' is a word across the break");
        }

        if (word is null && CannotClose.Contains(last))
        {
            evidence.Add($"'{last}' cannot end a headline or a paragraph");
        }

        if (cannotOpen)
        {
            evidence.Add($"the next block starts with '{head[0]}', which cannot open a sentence");
        }

        bool headlineSide = firstIsHeadline || nextIsHeadline;
        // The break: from the end of the first block's text to the start of the next block's text.
        int breakStart = document.Lines[first.LastLine].Span.Start + tail.Length;
        int breakEnd = document.Lines[next.FirstLine].Span.Start + (nextLine.Length - head.Length);
        string joiner = NeedsSpace(text, breakStart, breakEnd) || BlockShape.IsBareOpening(tail) ? " " : string.Empty;
        var span = new TextSpan(breakStart, breakEnd);
        string message = $"paragraph runs on across a column or page break: {string.Join("; ", evidence)}"
            + (headlineSide ? " (one side is short enough to be a headline)" : string.Empty);
        return Finding.WithEdit(Descriptor.Id, span, message, confidence, applicability, new TextEdit(span, joiner));
    }

    /// <summary>Latin words on both sides of the break keep a space between them; Chinese text and numbers get none.</summary>
    private static bool NeedsSpace(string text, int breakStart, int breakEnd) =>
        breakStart > 0 && breakEnd < text.Length
        && char.IsAsciiLetter(text[breakStart - 1]) && char.IsAsciiLetter(text[breakEnd]);

    /// <summary>
    /// The dictionary word that the most probable segmentation of the text around the break puts
    /// across it ("十"+"二次" → 十二), or null. Only a few characters on each side are looked up.
    /// </summary>
    internal static string? WordAcross(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        int left = HanSuffixLength(before, 4);
        int right = HanPrefixLength(after, 4);
        if (left == 0 || right == 0)
        {
            return null;
        }

        string joined = string.Concat(before[^left..], after[..right]);
        var lexicon = ChineseLexicon.Shared;
        int pos = 0;
        foreach (string w in lexicon.Segment(joined))
        {
            int end = pos + w.Length;
            if (pos < left && end > left && w.Length >= 2)
            {
                return w;
            }

            pos = end;
        }

        return null;
    }

    private static int HanSuffixLength(ReadOnlySpan<char> s, int max)
    {
        int n = 0;
        while (n < max && n < s.Length && CharClass.IsHan(s[s.Length - 1 - n]))
        {
            n++;
        }

        return n;
    }

    private static int HanPrefixLength(ReadOnlySpan<char> s, int max)
    {
        int n = 0;
        while (n < max && n < s.Length && CharClass.IsHan(s[n]))
        {
            n++;
        }

        return n;
    }

    /// <summary>More opening than closing quotation marks or brackets in the block: it ends inside one.</summary>
    private static bool HasOpenQuote(ReadOnlySpan<char> block) =>
        Unclosed(block, '“', '”') || Unclosed(block, '（', '）') || Unclosed(block, '《', '》');

    private static bool Unclosed(ReadOnlySpan<char> block, char open, char close)
    {
        int depth = 0;
        foreach (char c in block)
        {
            if (c == open)
            {
                depth++;
            }
            else if (c == close && depth > 0)
            {
                depth--;
            }
        }

        return depth > 0;
    }
}
