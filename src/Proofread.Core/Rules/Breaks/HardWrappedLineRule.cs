using Proofread.Findings;
using Proofread.Layout;
using Proofread.Text;
using Proofread.Vocabulary;

namespace Proofread.Rules.Breaks;

/// <summary>
/// The <c>hard-wrapped-line</c> rule. Its documentation (what it does, why, an example, fix safety) has one
/// source, <see cref="Descriptor"/>: <c>proofread rules --explain hard-wrapped-line</c> prints it and
/// docs/rules/hard-wrapped-line.md is generated from it.
/// </summary>
public sealed class HardWrappedLineRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "hard-wrapped-line",
        "Lines cut by the printed column width are rejoined into paragraphs",
        Applicability.Safe,
        """
        What it does
          In a document whose OCR ended every printed line with a newline, rejoins each line that was
          cut by the column width to the next line of its paragraph.
        Why
          Many OCR engines keep the printed line breaks: a paragraph arrives as lines of about the
          same width separated by single newlines.
        Example
          全市各级各部门要高度统 / 一思想，进一步提高认识  ->  全市各级各部门要高度统一思想，进一步提高认识
          a good exam- / ple of it                          ->  a good example of it
        Fix safety
          Safe. Only hard-wrapped documents are treated: at least four lines go on to another line of
          their paragraph, and most of those fill the wrap width and stop mid-sentence. Only a line
          that fills the width is joined (a shorter line ends its paragraph), never to an indented line,
          heading, list item, byline, story opening or markup (a story's own first line does wrap on),
          and neither a headline over its sub-head nor a row of a table set in columns is joined. A
          full line that ends a sentence is joined for review only. Nothing is inserted between Chinese
          characters, one space between Latin words; a word hyphenated at the line end loses its hyphen
          unless it is a real compound (the hyphenated form occurs elsewhere, or the first part is a
          compound element such as well- or self-).
        """);

    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        RuleExample.Fix(
            "会议强调，即将召开的市两会是在全市上下深入学\n习贯彻党的十九届六中全会精神的重要时刻召开的\n一次重要会议。全市各级各部门要高度统一思想，\n进一步提高认识、压实责任、倒排工期、挂图作战\n，确保把各项工作落到实处。\n\n要加强统筹协调，扎实做好疫情防控、会务、安全\n等各项工作，全力为会议提供高效、优质服务。\n",
            "会议强调，即将召开的市两会是在全市上下深入学习贯彻党的十九届六中全会精神的重要时刻召开的一次重要会议。全市各级各部门要高度统一思想，进一步提高认识、压实责任、倒排工期、挂图作战，确保把各项工作落到实处。\n\n要加强统筹协调，扎实做好疫情防控、会务、安全等各项工作，全力为会议提供高效、优质服务。\n"),
        RuleExample.Fix(
            "The committee met on Monday to discuss a good exam-\nple of the budget process, which is now a well-\nknown problem for the city council and its staff,\nand members agreed that the long-term plan should\nbe published before the end of the year by the\nmayor.\n",
            "The committee met on Monday to discuss a good example of the budget process, which is now a well-known problem for the city council and its staff, and members agreed that the long-term plan should be published before the end of the year by the mayor.\n"),
        RuleExample.Keep("**推进“三强一化” 建设现代化新衡阳**  \n——全面贯彻市第十二次党代会精神\n\n## 市政府召开常务会议"),
        RuleExample.Keep("百年路 启航新征程\n巩固拓展脱贫攻坚成果\n\n本报讯（记者 许珂）12月8日，记者从市乡村振兴局获悉。"),
        RuleExample.Keep("中共衡阳市委员会主管\n中共衡阳市委员会主办\n\n衡阳日报社\n出版\n\n■文/图 本报记者 姚永军\n通讯员 李泉丽"),
        RuleExample.Keep("第一行是完整的一句话。\n第二行也是完整的一句。\n第三行还是完整的句子。\n第四行同样完整的句子。\n第五行最后完整的句子。\n"),
        RuleExample.Fix(
            "会议强调，即将召开的市两会是在全市上下深入学\n习贯彻党的十九届六中全会精神的重要时刻召开的\n一次重要会议。全市各级各部门要高度统一思想，\n进一步提高认识、压实责任、倒排工期、挂图作战\n，确保把各项工作落到实处。\n\n这些山，同样让人尊崇，让人赞叹，让人喜爱的山\n中国代表团团长会见记者\n\n■本报记者 李明 张华\n",
            "会议强调，即将召开的市两会是在全市上下深入学习贯彻党的十九届六中全会精神的重要时刻召开的一次重要会议。全市各级各部门要高度统一思想，进一步提高认识、压实责任、倒排工期、挂图作战，确保把各项工作落到实处。\n\n这些山，同样让人尊崇，让人赞叹，让人喜爱的山\n中国代表团团长会见记者\n\n■本报记者 李明 张华\n"),
        RuleExample.Fix(
            "本报讯（记者 陈润）9月27日晚，秦国\n文同志先后来到常宁市代表团、祁东县\n代表团，与代表们一同讨论市党代会报\n告和市纪委工作报告，勉励代表们深刻\n领会市党代会报告精神。\n",
            "本报讯（记者 陈润）9月27日晚，秦国文同志先后来到常宁市代表团、祁东县代表团，与代表们一同讨论市党代会报告和市纪委工作报告，勉励代表们深刻领会市党代会报告精神。\n"),
        RuleExample.Keep("王小明 王建军 邓立平 刘湘梅\n李华山 李国平 张大年 陈东升\n周代文 胡列文 胡进军 唐宏羽\n刘建国 陈立新 杨光明 赵文华\n孙志强 朱海涛 马晓东 何平安\n"),
        RuleExample.Keep("项目名称 投资额（亿元） 进度\n衡阳高新区智能制造产业园 12.5 在建\n湘江风光带提质工程建设 8.3 完工\n船山时间谷产业集群项目 6.75 在建\n城区老旧小区改造工程 10.2 在建\n"),
    ];

    public IEnumerable<Finding> Analyze(RuleContext context)
    {
        var document = context.Document;
        if (WrapShape.Read(document) is not { } wrap)
        {
            return [];
        }

        var lines = document.Lines;
        var headlines = HeadlinesAboveBylines(document);
        var findings = new List<Finding>();
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (!lines[i].IsBlank && !lines[i + 1].IsBlank && !headlines[i] && wrap.Fills(document, lines[i], lines[i + 1])
                && Join(document, lines[i], lines[i + 1], wrap.Width) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return findings;
    }

    private Finding? Join(Document document, TextLine line, TextLine nextLine, int wrapWidth)
    {
        var content = document[line.Span];
        var next = document[nextLine.Span];
        // A story's or an item's first line wraps like any other; a byline, heading or markup does not.
        if (StartsIndented(next) || LinePatterns.OpensItsOwnBlock(next) || (LinePatterns.OpensItsOwnBlock(content) && !LinePatterns.OpensParagraph(content))
            || TextShape.IsColumnar(content) || TextShape.IsColumnar(next))
        {
            return null;
        }

        int end = line.Span.Start + content.TrimEnd().Length;
        int start = nextLine.Span.Start + (next.Length - next.TrimStart().Length);
        if (end <= line.Span.Start || start >= nextLine.Span.End)
        {
            return null;
        }

        var joint = LineJoint.Of(document, line, end, nextLine, start);
        bool endsSentence = SentenceEnd.EndsLine(content.TrimEnd());
        var span = new TextSpan(joint.EditStart, start);
        string message = endsSentence
            ? $"line fills the {wrapWidth}-column width of a hard-wrapped page but ends a sentence: it may end its paragraph ({joint.How})"
            : $"line cut by the {wrapWidth}-column width of a hard-wrapped page runs on ({joint.How})";
        return Finding.WithEdit(
            Descriptor.Id,
            span,
            message,
            endsSentence ? 0.6 : 0.92,
            endsSentence ? Applicability.Review : Applicability.Safe,
            new TextEdit(span, joint.Joiner));
    }

    /// <summary>
    /// The lines of blocks shaped like a headline (no sentence end) that stand right above a byline
    /// or a story's opening: a title over its subtitle, however wide, is two lines of its own.
    /// </summary>
    private static bool[] HeadlinesAboveBylines(Document document)
    {
        var marks = new bool[document.Lines.Count];
        var blocks = document.Blocks;
        for (int b = 0; b + 1 < blocks.Count; b++)
        {
            if (blocks[b].LineCount > 1 && TextShape.IsHeadlineShaped(document, blocks[b])
                && LinePatterns.OpensItsOwnBlock(document[document.Lines[blocks[b + 1].FirstLine].Trimmed]))
            {
                for (int i = blocks[b].FirstLine; i <= blocks[b].LastLine; i++)
                {
                    marks[i] = true;
                }
            }
        }

        return marks;
    }

    private static bool StartsIndented(ReadOnlySpan<char> line) =>
        line.Length > 0 && (line[0] is '\u3000' or '\t' || (line.Length > 1 && line[0] == ' ' && line[1] == ' '));
}
