using System.Text.RegularExpressions;
using Proofread.Vocabulary;

namespace Proofread.Layout;

/// <summary>
/// What a single line of a page opens or ends: Markdown structure (headings, markup, list items),
/// enumerations, and the newspaper's own lines from the vocabulary (bylines, credits, story
/// openings, datelines, jump lines). A line that opens something of its own cannot be the
/// continuation of the line before it.
/// </summary>
public static class LinePatterns
{
    public static readonly Regex Heading = new(@"^#{1,6}(?:\s|$)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Bold lines, block quotes, code fences, tables, HTML, images, links, rules.</summary>
    public static readonly Regex Markup = new(
        @"^(?:\*\*|__|>|```|~~~|\||<[A-Za-z/!]|!\[|\[[^\]]*\]\(|(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static readonly Regex ListItem = new(
        @"^(?:[-*+•]\s|\d{1,3}[.)]\s)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The label of an enumerated paragraph: 1、, （一）, 一是, ①, 第四，.</summary>
    public static readonly Regex Enumeration = new(
        $@"^(?:\d{{1,3}}[、．·]\s?(?!\d)|[（(][{Numbers.OneToTen}\d]{{1,3}}[)）]|[{Numbers.OneToTen}]{{1,3}}[、是]|[{Numbers.CircledRange}]|第[{Numbers.OneToTen}]{{1,3}}[，,、是])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A line that opens a paragraph of running text (本报讯…, 新华社…电, 一是…, （一）…), which may wrap like any other.</summary>
    public static bool OpensParagraph(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return StoryTags.StoryOpeningLine.IsMatch(trimmed) || Enumeration.IsMatch(trimmed);
    }

    /// <summary>
    /// True for a line that opens something of its own (a heading, list item, byline, story
    /// opening, markup or jump line), so the line before it cannot run on into it.
    /// </summary>
    public static bool OpensItsOwnBlock(ReadOnlySpan<char> line)
    {
        string trimmed = line.Trim().ToString();
        return Heading.IsMatch(trimmed)
            || ListItem.IsMatch(trimmed)
            || Enumeration.IsMatch(trimmed)
            || Bylines.Byline.IsMatch(trimmed)
            || StoryTags.StoryOpeningLine.IsMatch(trimmed)
            || PageFurniture.Dateline.IsMatch(trimmed)
            || Markup.IsMatch(trimmed)
            || PageFurniture.JumpLine.IsMatch(trimmed);
    }

    /// <summary>
    /// True for a line that is not running text (a jump line, a byline or credit, a heading,
    /// markup), so no paragraph can run on from it.
    /// </summary>
    public static bool EndsTheFlow(string line) =>
        PageFurniture.JumpLine.IsMatch(line)
        || Bylines.Byline.IsMatch(line)
        || Bylines.IsCredit(line)
        || Heading.IsMatch(line)
        || Markup.IsMatch(line)
        || line.EndsWith("**", StringComparison.Ordinal);
}
