using Proofread.Findings;
using Proofread.Layout;
using Proofread.Lexicon;
using Proofread.Text;

namespace Proofread.Rules.Breaks;

/// <summary>
/// The <c>column-break</c> rule. Its documentation (what it does, why, an example, fix safety) has one
/// source, <see cref="Descriptor"/>: <c>proofread rules --explain column-break</c> prints it and
/// docs/rules/column-break.md is generated from it.
/// </summary>
public sealed class ColumnBreakRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "column-break",
        "A paragraph cut by a column or page break continues in the next block",
        Applicability.Safe,
        """
        What it does
          Finds a paragraph that the column or page layout cut in two, the second piece standing as a
          paragraph of its own after blank or whitespace-only lines, and deletes the break so that the
          text runs on.
        Why
          OCR reads each column on its own, so a paragraph that continues in the next column or on
          the next page arrives as two paragraphs, often in the middle of a word.
        Example
          …聚焦贯彻落实市第十 / 二次党代会精神…        ->  …聚焦贯彻落实市第十二次党代会精神…
          …与会的专家、企业家 / 和人大代表、政协委员…  ->  …与会的专家、企业家和人大代表、政协委员…
        Fix safety
          Safe on strong evidence, named in the message: the first piece ends with ，、 or an opening
          mark, or on a word that needs what follows (的, 对, 还有, 他们); the second opens with a mark,
          particle or adverb that cannot open text (，”的和也, 以来) or with a lone-character clause; the
          break cuts a dictionary word (考|察, 公安|机关), a number, or a number from its unit; a piece is
          a stranded fragment of a few characters; or both pieces are running text (clause punctuation
          inside) and the first lacks sentence-final punctuation. A short unpunctuated first piece (a
          headline's shape) is joined only on the plainest of these; with nothing better than an open
          quotation the join is for review. A semicolon, colon or dash at the end of a piece is no
          evidence by itself. Headlines, kickers and sub-heads (short unpunctuated blocks above a
          byline, story opening, heading or jump line, or with spaced phrases), bylines (■本报记者),
          credits (■通讯员 王勤 摄), datelines, list items, Markdown headings, markup and furniture that
          recurs across the run's pages are never joined, and nothing runs on into a story opening
          (本报讯) or an enumerated paragraph. The edit deletes exactly the break (the line breaks and
          white space between the pieces): nothing is inserted between Chinese characters, one space
          between Latin words.
        """);

    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        RuleExample.Fix("陈友良等村民代表，聚焦贯彻落实市第十\n\n二次党代会精神，围绕乡村振兴。", "陈友良等村民代表，聚焦贯彻落实市第十二次党代会精神，围绕乡村振兴。"),
        RuleExample.Fix("当前，衡阳正全面贯彻习近平总书记考\n\n察湖南重要讲话精神。", "当前，衡阳正全面贯彻习近平总书记考察湖南重要讲话精神。"),
        RuleExample.Fix("两名渔鼓演员用传统渔鼓唱词拉开了此次屋场恳谈会\n\n的序幕。随后，村民们踊跃发言。", "两名渔鼓演员用传统渔鼓唱词拉开了此次屋场恳谈会的序幕。随后，村民们踊跃发言。"),
        RuleExample.Fix("主动作为、攻坚克难、奋力赶超，\n \n\n全力以赴扩大有效投资。", "主动作为、攻坚克难、奋力赶超，全力以赴扩大有效投资。"),
        RuleExample.Fix("朱健强调，要切实强化责任、使命\n\n“两个驱动”，唱响“我的衡阳、我的奋斗”的前进号角，坚持一张蓝图绘到底、一棒接\n\n着一棒干，全面推动城市治理体系和治\n\n理能力现代化。",
            "朱健强调，要切实强化责任、使命“两个驱动”，唱响“我的衡阳、我的奋斗”的前进号角，坚持一张蓝图绘到底、一棒接着一棒干，全面推动城市治理体系和治理能力现代化。"),
        RuleExample.Fix("The committee met on Monday and\n\ndecided to adjourn.", "The committee met on Monday and decided to adjourn."),
        RuleExample.Keep("市领导毛朝晖主持签约仪式。\n\n巩固拓展脱贫攻坚成果，消除风险4086户10320人，确保退出一户稳定一户\n\n我市多措并举巩固拓展脱贫攻坚成果\n\n百年路 启航新征程\n巩固拓展脱贫攻坚成果\n\n本报讯（记者 许珂）12月8日，记者从市乡村振兴局获悉。"),
        RuleExample.Keep("# 推动市第十二次党代会精神深入最基层 凝聚起加快“三强一化”建设的奋进合力\n\n秦国文深入衡南县白水村与乡亲聊家常、话发展\n\n■本报记者 陈 润\n\n**本报讯** 10月18日，市委书记秦国文深入衡南县。"),
        RuleExample.Keep("第二届湖南省中小学青年教师教学竞赛在衡落幕\n\n## 衡阳十名教师获「湖南省教学能手」称号\n\n■见习记者 李彦"),
        RuleExample.Flag("乡村振兴\n\n他说，要抓好落实，把各项工作做细做实。"),
        RuleExample.Keep("这一成果达到国际先进水平。（理论信息）\n\n今天德国队在比赛中以二比一获胜，晋级下一轮。"),
        RuleExample.Keep("秦国文参加常宁市、祁东县代表团讨论时强调\n\n大力推进“三强一化”建设 加快推动宏伟蓝图变成美好现实\n\n本报讯（记者 陈润）9月27日晚，秦国文同志先后来到常宁市代表团。"),
        RuleExample.Keep("秦国文在我市创建全国文明城市工作推进会上强调——\n\n确保新一轮全国文明城市创建工作取得“开门红”\n\n朱健主持并讲话\n\n■本报记者 陈润"),
        RuleExample.Keep("■本报记者 邹红辉\n\n\n\n创建全国文明城市\n\n“现在村民矛盾纠纷少了，我都快‘下课’了！”近日，记者在蒸湘区中平村采访。"),
        RuleExample.Keep("近日，衡阳县举行文艺演出。\n■通讯员 王勤 摄\n\n工伤预防★三年行动"),
        RuleExample.Keep("官方网站：衡阳全搜索网\n\n新闻热线：8611110\n\n广告热线：8247111\n\n今日八版"),
        RuleExample.Keep("蒸湘区中平村：\n\n“规”出乡村新面貌 “约”出社会新风尚"),
        RuleExample.Keep("经过逐条修订，数易其稿，（下转第六版）\n\n工伤预防★三年行动"),
        RuleExample.Keep("会议提出三点要求：\n\n一是加强领导；\n\n二是压实责任；\n\n三是强化督查。"),
        RuleExample.Keep("就中冰建交50周年\n\n习近平同冰岛总统互致贺电\n\n李克强同冰岛总理雅各布斯多蒂尔互致贺电\n\n>>>详见第七版>>>"),
        RuleExample.Flag("他说“发展经济\n\n全市上下“撸起袖子加油干”。"),
        RuleExample.Keep("驼铃的音响在喧嚣的尘土中喑哑；\n\n3年来，他们走遍了大漠。"),
        RuleExample.Keep("图为市民在湘江风光带健身。■记者 刘少华 摄\n\n遗失声明\n衡阳市蒸湘区某某商店遗失营业执照副本，声明作废。"),
        RuleExample.Keep("他说，要进一步增强责任感和使命感，扎实推进各项工作落地见效（据新华社）\n\n会议指出，今年以来全市上下攻坚克难，取得了显著成效。"),
        RuleExample.Keep("全市经济运行稳中有进，各项工作扎实推进（完）\n\n会议指出，今年以来全市上下攻坚克难，取得了显著成效。"),
        RuleExample.Keep("会议要求，各级各部门要切实加强组织领导\n\n招聘启事\n因业务发展需要，现面向社会公开招聘工作人员5名。"),
    ];

    public IEnumerable<Finding> Analyze(RuleContext context)
    {
        var document = context.Document;
        var blocks = document.Blocks;
        PageLayout? layout = null;
        var findings = new List<Finding>();
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            if (!context.InFocus(new TextSpan(blocks[i].Span.End, blocks[i + 1].Span.Start))
                || BreakSite.Between(document, blocks[i], blocks[i + 1]) is not { } site)
            {
                continue;
            }

            // Cheap check first: a piece that ends a sentence is a paragraph unless the next
            // piece opens with a mark that cannot open one.
            if (site.EndsSentence && !site.ClosesOnNext)
            {
                continue;
            }

            layout ??= PageLayout.Read(document, context.Run);

            // A story's first paragraph, or one that opens an enumeration (第四，…), may be cut like
            // any other, but nothing runs on into it.
            if (layout[i] is not (BlockRole.Prose or BlockRole.StoryOpening or BlockRole.EnumeratedParagraph) || layout[i + 1] != BlockRole.Prose
                || PageLayout.EndsInFurniture(document, blocks[i]))
            {
                continue;
            }

            if (Weigh(site, layout[i] == BlockRole.StoryOpening, context.Lexicon) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return findings;
    }

    private Finding? Weigh(BreakSite site, bool firstOpensStory, ChineseLexicon lexicon)
    {
        if (NumberCut.Decisive(site) is { } cut)
        {
            return Join(site, site.Excerpt, cut, 0.95, Applicability.Safe);
        }

        if (site.IsLatin)
        {
            return WeighLatin(site);
        }

        var shapes = site.Shapes(firstOpensStory);
        var clues = new BreakClues(site, shapes, lexicon).Gather();
        return BreakVerdict.Weigh(site, shapes, clues) is { } verdict
            ? Join(site, site.Excerpt, verdict.Evidence, verdict.Confidence, verdict.Applicability)
            : null;
    }

    /// <summary>Latin text runs on when the next block opens in lower case after a piece that does not end a sentence.</summary>
    private Finding? WeighLatin(BreakSite site)
    {
        char last = site.Last, next = site.Next;
        if (!char.IsAsciiLetterLower(next) || !(char.IsAsciiLetterOrDigit(last) || last is ',' or ';' or '-'))
        {
            return null;
        }

        return Join(site, $"…{site.BeforeTail}|{next}…", "the block does not end a sentence and the next opens in lower case", 0.9, Applicability.Safe, joiner: last == '-' ? string.Empty : " ");
    }

    /// <summary>The finding that deletes the break (and, between Latin words, puts a space in its place).</summary>
    private Finding Join(BreakSite site, string excerpt, string evidence, double confidence, Applicability applicability, string joiner = "") =>
        Finding.WithEdit(
            Descriptor.Id,
            site.Break,
            $"text runs on across a column or page break ({excerpt}): {evidence}",
            confidence,
            applicability,
            new TextEdit(site.Break, joiner));
}
