using System.Text.RegularExpressions;
using Proofread.Corpus;
using Proofread.Text;

namespace Proofread.Rules.Breaks;

/// <summary>What a block is on a newspaper page, as far as mending breaks is concerned.</summary>
public enum BlockRole
{
    /// <summary>Running text: a paragraph or a piece of one.</summary>
    Prose,

    /// <summary>A headline, kicker or sub-head: short, no sentence-final punctuation, set above a story.</summary>
    Headline,

    /// <summary>■本报记者 陈润, ■文/图 …, ■本报评论员, and photo credits (■通讯员 王勤 摄).</summary>
    Byline,

    /// <summary>The first paragraph of a story: 本报讯 …, **本报讯** …, 新华社北京10月18日电 ….</summary>
    StoryOpening,

    /// <summary>A page dateline: 2021年9月28日 星期二.</summary>
    Dateline,

    /// <summary>A Markdown heading (# …).</summary>
    Heading,

    /// <summary>Markup: bold lines, block quotes, tables, code fences, rules, images, HTML.</summary>
    Markup,

    /// <summary>A Markdown list item: - …, * …, 1. ….</summary>
    ListItem,

    /// <summary>A paragraph that opens an enumeration: （一）…, 一、…, 一是…, 第四，…, 1、…, ①…. Text may run on from it, never into it.</summary>
    EnumeratedParagraph,

    /// <summary>A jump line or cross-reference: （下转第六版）, >>>详见第七版>>>.</summary>
    JumpLine,

    /// <summary>A line that recurs on other pages of the run: masthead, banner, advertisement.</summary>
    RecurringFurniture,
}

/// <summary>
/// Reads the layout of a page from its blocks: which blocks are bylines, story openings, markup,
/// and which short blocks are headlines because they stand directly above a story (the run of
/// short unpunctuated blocks before a byline, a story opening, a heading or a jump line).
/// Computed once per document by the break rules; cheap checks only, no lexicon.
/// </summary>
public sealed class PageLayout
{
    /// <summary>Blocks longer than this (in characters, spaces excluded) are never taken for headlines.</summary>
    public const int MaxHeadlineLength = 50;

    private static readonly Regex BylinePattern = new(
        @"^(?:[■▲●◆□]|(?:本报|见习|特约)?记者\s|通讯员\s|本报评论员|文/图|图/文)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Whether the line ends with a photo credit; the pattern runs only on lines that end like one.</summary>
    private static bool IsCredit(string line) =>
        (line.EndsWith('摄') || line.EndsWith("摄影", StringComparison.Ordinal) || line.EndsWith("供图", StringComparison.Ordinal) || line.EndsWith("制图", StringComparison.Ordinal))
        && CreditPattern.IsMatch(line);

    /// <summary>A photo credit ending a line, alone or after its caption (图为…。■记者 刘少华 摄).</summary>
    private static readonly Regex CreditPattern = new(
        @"(?:^|[。！？”\s])(?:[■▲●◆□]|本报记者|记者|通讯员|见习记者)[^。！？]{0,30}(?:摄|摄影|供图|制图)$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex StoryOpeningPattern = new(
        @"^(?:\*\*)?(?:本报讯|本报[^\s，。,]{0,12}(?:电|讯)|(?:新华社|中新社|人民网|新华网|央视网|据新华社)[^\s，。,]{0,16}电|据新华社)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex DatelinePattern = new(
        @"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex HeadingPattern = new(@"^#{1,6}(?:\s|$)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex MarkupPattern = new(
        @"^(?:\*\*|__|>|```|~~~|\||<[A-Za-z/!]|!\[|\[[^\]]*\]\(|(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex ListItemPattern = new(
        @"^(?:[-*+•]\s|\d{1,3}[.)]\s)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex EnumerationPattern = new(
        @"^(?:\d{1,3}[、．·]\s?(?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是]|[①-⑳]|第[一二三四五六七八九十]{1,3}[，,、是])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex JumpLinePattern = new(
        @"[（(]\s*(?:下转|上接|转|接|续)第?\s*[A-H]?[一二三四五六七八九十\d]{1,3}\s*版|>{2,}\s*详见|详见第\s*[A-H]?[一二三四五六七八九十\d]{1,3}\s*版",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private readonly BlockRole[] _roles;

    private PageLayout(BlockRole[] roles) => _roles = roles;

    public BlockRole this[int block] => _roles[block];

    public static PageLayout Read(Document document, RunStatistics run)
    {
        var blocks = document.Blocks;
        var roles = new BlockRole[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
        {
            roles[i] = RoleOf(document, blocks[i], run);
        }

        // Short unpunctuated blocks directly above a story's first line, a byline, a heading or a
        // jump line are its headline, kicker and sub-heads, whatever their punctuation inside.
        for (int i = 0; i < blocks.Count; i++)
        {
            if (roles[i] is not (BlockRole.StoryOpening or BlockRole.Byline or BlockRole.Heading or BlockRole.JumpLine or BlockRole.Dateline))
            {
                continue;
            }

            for (int j = i - 1; j >= 0 && i - j <= 6; j--)
            {
                if (roles[j] == BlockRole.Headline)
                {
                    continue;
                }

                if (roles[j] != BlockRole.Prose || !IsHeadlineShaped(document, blocks[j]))
                {
                    break;
                }

                roles[j] = BlockRole.Headline;
            }
        }

        return new PageLayout(roles);
    }

    /// <summary>
    /// True for a block whose last line is not running text (a jump line, a byline or credit, a
    /// heading, markup), so no paragraph can run on from it.
    /// </summary>
    public static bool EndsInFurniture(Document document, Block block)
    {
        string last = document.LineText(block.LastLine).Trim();
        return JumpLinePattern.IsMatch(last)
            || BylinePattern.IsMatch(last)
            || IsCredit(last)
            || HeadingPattern.IsMatch(last)
            || MarkupPattern.IsMatch(last)
            || last.EndsWith("**", StringComparison.Ordinal);
    }

    /// <summary>A line that opens a paragraph of running text (本报讯…, 新华社…电, 一是…, （一）…), which may wrap like any other.</summary>
    public static bool OpensParagraph(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return StoryOpeningPattern.IsMatch(trimmed) || EnumerationPattern.IsMatch(trimmed);
    }

    /// <summary>
    /// True for a line that opens something of its own (a heading, list item, byline, story
    /// opening, markup or jump line), so the line before it cannot run on into it.
    /// </summary>
    public static bool OpensItsOwnBlock(ReadOnlySpan<char> line)
    {
        string trimmed = line.Trim().ToString();
        return HeadingPattern.IsMatch(trimmed)
            || ListItemPattern.IsMatch(trimmed)
            || EnumerationPattern.IsMatch(trimmed)
            || BylinePattern.IsMatch(trimmed)
            || StoryOpeningPattern.IsMatch(trimmed)
            || DatelinePattern.IsMatch(trimmed)
            || MarkupPattern.IsMatch(trimmed)
            || JumpLinePattern.IsMatch(trimmed);
    }

    /// <summary>
    /// Short, with no sentence-ending mark anywhere and not ending in a comma or an ellipsis: the shape of a
    /// headline, kicker or sub-head (and of some stranded pieces of text, which is why the shape
    /// alone decides nothing).
    /// </summary>
    public static bool IsHeadlineShaped(Document document, Block block)
    {
        var text = document[block.Span];
        int length = 0;
        char last = '\0';
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c is '。' or '！' or '？' || ((c is '!' or '?') && length > 0 && CharClass.IsCjk(last)))
            {
                return false;
            }

            length++;
            last = c;
        }

        return length > 0 && length <= MaxHeadlineLength && last is not ('，' or '、' or '；' or ',' or ';' or '…');
    }

    /// <summary>A space between two Chinese characters: headlines set their phrases apart this way, running text never does.</summary>
    public static bool HasSpacedPhrases(ReadOnlySpan<char> text)
    {
        for (int i = 1; i < text.Length - 1; i++)
        {
            if (!CharClass.IsInlineSpace(text[i]) || !CharClass.IsCjk(text[i - 1]))
            {
                continue;
            }

            int j = i;
            while (j < text.Length && CharClass.IsInlineSpace(text[j]))
            {
                j++;
            }

            if (j < text.Length && (CharClass.IsCjk(text[j]) || char.IsAsciiDigit(text[j])))
            {
                return true;
            }
        }

        return false;
    }

    private static BlockRole RoleOf(Document document, Block block, RunStatistics run)
    {
        string first = document.LineText(block.FirstLine).Trim();
        if (HeadingPattern.IsMatch(first))
        {
            return BlockRole.Heading;
        }

        if (StoryOpeningPattern.IsMatch(first))
        {
            return BlockRole.StoryOpening;
        }

        if (BylinePattern.IsMatch(first) || IsCredit(first))
        {
            return BlockRole.Byline;
        }

        if (DatelinePattern.IsMatch(first))
        {
            return BlockRole.Dateline;
        }

        if (MarkupPattern.IsMatch(first))
        {
            return BlockRole.Markup;
        }

        if (ListItemPattern.IsMatch(first))
        {
            return BlockRole.ListItem;
        }

        if (EnumerationPattern.IsMatch(first))
        {
            return BlockRole.EnumeratedParagraph;
        }

        if (block.LineCount == 1 && first.Length <= 40 && JumpLinePattern.IsMatch(first))
        {
            return BlockRole.JumpLine;
        }

        if (run.DocumentCount > 1 && first.Length <= RunStatistics.MaxTrackedLineLength && run.DocumentsWithLine(first) > 1)
        {
            return BlockRole.RecurringFurniture;
        }

        if (IsHeadlineShaped(document, block) && HasSpacedPhrases(document[block.Span]))
        {
            return BlockRole.Headline;
        }

        return BlockRole.Prose;
    }
}
