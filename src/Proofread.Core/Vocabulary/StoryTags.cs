using System.Text.RegularExpressions;

namespace Proofread.Vocabulary;

/// <summary>
/// How a story opens and closes: its opening words (本报讯, 本报北京10月18日电, 新华社北京…电) and
/// the tag after its last sentence that names its source or end (（新华社）, （据新华社）, （完）).
/// </summary>
public static class StoryTags
{
    /// <summary>The news agencies and news sites whose dispatches open with a dateline ending in 电.</summary>
    public static readonly string[] NewsAgencies = ["新华社", "中新社", "人民网", "新华网", "央视网"];

    /// <summary>Broadcasters a closing tag credits by name only (（央视新闻）), beside the news agencies.</summary>
    public static readonly string[] Broadcasters = ["央视"];

    /// <summary>Tags that end a story or an instalment of it: （完）, （待续）.</summary>
    public static readonly string[] StoryEnds = ["完", "全文完", "待续", "未完待续", "续完"];

    /// <summary>Words a source tag opens with: （据新华社）, （来源：人民网）, （摘自…）, （转自…）.</summary>
    public static readonly string[] SourceOpenings = ["据", "来源", "摘自", "转自"];

    /// <summary>A pattern for one news agency.</summary>
    public static readonly string NewsAgency = Patterns.Alternation(NewsAgencies);

    /// <summary>A pattern for a story's opening words: 本报讯, 本报…电, 新华社…电, 据新华社.</summary>
    public static readonly string StoryOpening =
        $@"(?:本报讯|本报[^\s，。,]{{0,12}}(?:电|讯)|(?:{NewsAgency}|据新华社)[^\s，。,]{{0,16}}电|据新华社)";

    /// <summary>A line that opens a story (its opening words may be set in bold: **本报讯**).</summary>
    public static readonly Regex StoryOpeningLine = new($@"^(?:\*\*)?{StoryOpening}", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The text inside a closing bracket is a tag that closes a story: its end (完, 待续), or its
    /// source (据新华社, 新华社电, 央视新闻, 本报记者 王远, 通讯员 李明).
    /// </summary>
    public static bool ClosesStory(ReadOnlySpan<char> tag)
    {
        tag = tag.Trim();
        foreach (string end in StoryEnds)
        {
            if (tag.SequenceEqual(end))
            {
                return true;
            }
        }

        return Patterns.StartsWithAny(tag, SourceOpenings) || Patterns.StartsWithAny(tag, NewsAgencies) || Patterns.StartsWithAny(tag, Broadcasters)
            || Patterns.StartsWithAny(tag, Bylines.ReporterTitles) || tag.StartsWith(Bylines.Correspondent);
    }
}
