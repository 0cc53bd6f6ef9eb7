using Proofread.Corpus;
using Proofread.Findings;
using Proofread.Text;
using Proofread.Vocabulary;

namespace Proofread.Rules.Furniture;

/// <summary>
/// The <c>learned-furniture</c> rule. Its documentation (what it does, why, an example, fix safety) has one
/// source, <see cref="Descriptor"/>: <c>proofread rules --explain learned-furniture</c> prints it and
/// docs/rules/learned-furniture.md is generated from it.
/// </summary>
public sealed class LearnedFurnitureRule : IRule
{
    /// <summary>A line must stand on at least this many pages to be furniture at all.</summary>
    public const int MinDocuments = 3;

    /// <summary>The share of the run's pages a line must stand on for a safe removal.</summary>
    public const double SafeShare = 0.5;

    public RuleDescriptor Descriptor { get; } = new(
        "learned-furniture",
        "Whole short lines that recur across the pages of a run are page furniture",
        Applicability.Safe,
        """
        What it does
          Counts, across the pages of a run (or the form-feed-separated pages of one file), the short
          whole lines each page holds; a line recurring on several pages (numbers, punctuation and one
          misread character aside, compared with FuzzySharp) is page furniture no pack names: the
          masthead of an unknown paper, running heads, standing ads. Its lines go.
        Why
          A paper's masthead, running heads and standing ads repeat on every issue; story text does
          not. Packs only know the papers someone described.
        Example
          eight pages opening with 青川晚报 / QINGCHUAN EVENING NEWS / 青川晚报 第 3456 期: those lines go.
        Fix safety
          Safe only when two or more recurring lines stand together, each on at least half of the
          pages (and on three at least), outside the story text (before its first or after its last
          prose line). Other recurring lines outside the story text, and recurring groups of lines
          inside it, are for review. A lone recurring line inside the story text is a headline or a
          sub-head (市委常委会召开会议) and stays, as do bylines and credits (■本报记者…), Markdown
          headings and lines that end a sentence.
        """);

    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        RuleExample.Fix(
            Pages(["青川晚报\n\n第3456期\n\n", "青川晚报\n\n第3457期\n\n", "青川晚报\n\n第3458期\n\n"]),
            Pages(["", "", ""])),
        RuleExample.Keep(Pages(["■本报记者 陈润\n\n", "■本报记者 陈润\n\n", "■本报记者 陈润\n\n"])),
        RuleExample.Keep(Pages(["会议还研究了其他事项。\n\n", "会议还研究了其他事项。\n\n", "会议还研究了其他事项。\n\n"])),
        RuleExample.Keep(Pages(["", "", ""], middle: "市委常委会召开会议\n\n")),
        RuleExample.Keep("青川晚报\n\n第3456期\n\n市委常委会召开会议"),
    ];

    public IEnumerable<Finding> Analyze(RuleContext context)
    {
        var document = context.Document;
        var run = context.Run;
        if (run.DocumentCount < MinDocuments && document.Text.Contains('\f'))
        {
            run = RunStatistics.OfPages(document.Text);
        }

        if (run.DocumentCount < MinDocuments)
        {
            return [];
        }

        var lines = document.Lines;
        int firstProse = -1, lastProse = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank && IsProse(document[lines[i].Trimmed]))
            {
                firstProse = firstProse < 0 ? i : firstProse;
                lastProse = i;
            }
        }

        // How many pages have a line like line i: looked up only for lines a run reaches (the
        // fuzzy lookup is the costly part, and a fixer's later pass looks near its changes alone).
        var counts = new int[lines.Count];
        var known = new bool[lines.Count];
        var inShortLineBlocks = InShortLineBlocks(document);
        int Count(int i)
        {
            if (!known[i])
            {
                known[i] = true;
                counts[i] = Recurrence(document, run, inShortLineBlocks, i);
            }

            return counts[i];
        }

        bool Widespread(int i) => (double)Count(i) / run.DocumentCount >= SafeShare;

        // Lines on most pages (a masthead) and lines on a few (a repeated headline) are different
        // evidence: they make separate findings, so the sparse one cannot drag the masthead down
        // to review. A run is every recurring line of one kind, blank lines between them included.
        var findings = new List<Finding>();
        foreach (var (first, last) in FurnitureRuns.InFocus(context, i => Count(i) > 0, (i, j) => Widespread(j) == Widespread(i)))
        {
            AddFinding(document, run, first, last, counts, firstProse, lastProse, findings);
        }

        return findings;
    }

    /// <summary>On how many pages of the run a line like line <paramref name="i"/> stands; 0 when too few or when it is content.</summary>
    private static int Recurrence(Document document, RunStatistics run, bool[] inShortLineBlocks, int i)
    {
        var text = document[document.Lines[i].Trimmed];
        if (text.Length > RunStatistics.MaxTrackedLineLength || IsContentLine(text) || !inShortLineBlocks[i])
        {
            return 0;
        }

        int n = run.DocumentsWithSimilarLine(text);
        return n >= MinDocuments ? n : 0;
    }

    private void AddFinding(Document document, RunStatistics run, int first, int last, int[] counts, int firstProse, int lastProse, List<Finding> findings)
    {
        int recurring = 0, fewest = int.MaxValue;
        for (int i = first; i <= last; i++)
        {
            if (counts[i] > 0)
            {
                recurring++;
                fewest = Math.Min(fewest, counts[i]);
            }
        }

        double lowestShare = (double)fewest / run.DocumentCount;

        bool outsideProse = firstProse < 0 || last < firstProse || first > lastProse;
        if (!outsideProse && recurring < 2)
        {
            return;
        }

        bool strong = outsideProse && recurring >= 2 && lowestShare >= SafeShare;
        var applicability = strong ? Applicability.Safe : Applicability.Review;
        double confidence = strong ? 0.9 : outsideProse ? 0.6 : 0.5;
        var removed = LineRemoval.Span(document, first, last);
        findings.Add(Finding.WithEdit(
            Descriptor.Id,
            new TextSpan(document.Lines[first].Span.Start, document.Lines[last].Span.End),
            $"recurs on {fewest} of {run.DocumentCount} pages{(outsideProse ? "" : " (inside the story text)")}, page furniture: removes “{LineRemoval.Describe(document, first, last)}”",
            confidence,
            applicability,
            TextEdit.Delete(removed)));
    }

    /// <summary>Story text: a long line, or a line that ends a sentence.</summary>
    private static bool IsProse(ReadOnlySpan<char> text) =>
        text.Length > RunStatistics.MaxTrackedLineLength || (text.Length >= 8 && Marks.IsFinal(text[^1]));

    /// <summary>Lines that recur because they are content: bylines and credits, headings, sentences.</summary>
    private static bool IsContentLine(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || Bylines.IsMark(text[0]) || text[0] is '#' or '（' or '(')
        {
            return true;
        }

        char last = text[^1];
        return Marks.IsFinal(last) || Marks.IsContinuing(last) || last == ':' || Bylines.HasCreditWord(text);
    }

    /// <summary>
    /// For each line, whether every line of its block is short enough to be tracked: only whole
    /// short lines and blocks are furniture, a line inside a paragraph of prose is not.
    /// </summary>
    private static bool[] InShortLineBlocks(Document document)
    {
        var marks = new bool[document.Lines.Count];
        foreach (var block in document.Blocks)
        {
            bool allShort = true;
            for (int i = block.FirstLine; i <= block.LastLine && allShort; i++)
            {
                allShort = document.Lines[i].Trimmed.Length <= RunStatistics.MaxTrackedLineLength;
            }

            for (int i = block.FirstLine; i <= block.LastLine; i++)
            {
                marks[i] = allShort;
            }
        }

        return marks;
    }

    /// <summary>Example pages: each is furniture, then two lines of prose (different on each page), joined by form feeds.</summary>
    private static string Pages(string[] furniture, string middle = "")
    {
        string[] prose =
        [
            "为了跟踪国际最新食品工艺、流行趋势，大量搜集海外专业书刊资料是提高技艺的捷径，这是他多年的体会。",
            "其中线装古籍逾千册；民国出版物几百种；珍本四册、稀见本四百余册，出版时间跨越三百余年之久。",
            "我们变而以书会友，以书结缘，把欧美、港台流行的食品类图谱、画册、工具书汇集一堂，供大家参考。",
        ];
        var pages = new string[furniture.Length];
        for (int i = 0; i < furniture.Length; i++)
        {
            pages[i] = furniture[i] + prose[i % 3] + "\n\n" + middle + prose[(i + 1) % 3] + "\n";
        }

        return string.Join("\f", pages);
    }
}
