using System.Text.RegularExpressions;
using Proofread.Text;

namespace Proofread.Rules.Breaks;

/// <summary>
/// What a block of a newspaper page looks like from its text alone: page structure (headings,
/// bylines, story openings, credits, markup) that is never joined to anything, headline-like
/// blocks (short, no sentence punctuation), and running story text.
/// </summary>
internal static partial class BlockShape
{
    /// <summary>Headlines, kickers and sub-heads are at most this long.</summary>
    public const int MaxHeadlineLength = 40;

    /// <summary>
    /// A line that ends whatever came before it: Markdown headings, quotes, lists, tables, fences,
    /// whole bold lines; bylines and credits (■本报记者 …, ■通讯员 … 摄); jump lines.
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?:#{1,6}\s|>|[-*+]\s|\d{1,3}[.)]\s|[|<]|```|■|□|◆|●|▲|★|本报(?:记者|通讯员)|（?[上下]转第)|(?:\s摄|摄影)\s*$|^\s*\*\*.*\*\*\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex StructureLine();

    /// <summary>A line that starts something new: all of <see cref="StructureLine"/>, and story openings (本报讯, 新华社 …电), bold lead-ins.</summary>
    [GeneratedRegex(@"^\s*(?:\*\*|本报讯|新华社|据新华社|中新社|（?(?:记者|通讯员)\s|【)", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningLine();

    /// <summary>"朱健强调，" "秦国文指出，": a name and a verb of saying, then a comma, opens story text, not a headline.</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,10}(?:强调|指出|要求|表示|认为|说|介绍|提出|希望|坦言|建议|称)[，,：:]", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechOpening();

    /// <summary>"一是" "第二，" "（三）" "3．": the start of an item in an enumeration.</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、,]|[（(][一二三四五六七八九十0-9０-９]+[）)]|[一二三四五六七八九十]+、|[0-9０-９]+[．.、])", RegexOptions.CultureInvariant)]
    private static partial Regex EnumerationItem();

    public static bool StartsEnumerationItem(ReadOnlySpan<char> line) => EnumerationItem().IsMatch(line);

    /// <summary>A story opening with nothing after it yet ("本报讯"): its text continues after a space.</summary>
    public static bool IsBareOpening(ReadOnlySpan<char> line) => line.TrimStart("*").TrimEnd("*") is "本报讯";

    /// <summary>True when nothing may be joined after this line (the last line of a block).</summary>
    public static bool EndsStructure(ReadOnlySpan<char> line) => StructureLine().IsMatch(line);

    /// <summary>True when nothing may be joined before this line (the first line of a block).</summary>
    public static bool StartsStructure(ReadOnlySpan<char> line) => StructureLine().IsMatch(line) || OpeningLine().IsMatch(line);

    /// <summary>
    /// Short, one line, no sentence punctuation inside and none at the end: a headline, kicker,
    /// sub-head, banner or a line of page furniture. Commas are allowed (seed 002 has a headline
    /// with two), unless the line opens like story text ("朱健强调，要…").
    /// </summary>
    public static bool IsHeadlineLike(Document document, Block block)
    {
        if (block.LineCount > 1)
        {
            return AllLinesShort(document, block);
        }

        var text = document[block.Span].Trim();
        if (text.Length == 0 || text.Length > MaxHeadlineLength)
        {
            return false;
        }

        if (text.IndexOfAny("。！？!?；;") >= 0 || CharClass.IsSentenceFinal(text[^1]) && text[^1] is not ('”' or '）' or ')' or '》'))
        {
            return false;
        }

        return !SpeechOpening().IsMatch(text) && !OpeningLine().IsMatch(text);
    }

    /// <summary>A headline whose phrases are set apart by spaces ("精准施策 奋力攻坚 高质量推进…").</summary>
    public static bool HasSpacedPhrases(ReadOnlySpan<char> text)
    {
        for (int i = 1; i < text.Length - 1; i++)
        {
            if (CharClass.IsInlineSpace(text[i]) && CharClass.IsCjk(text[i - 1]) && !CharClass.IsInlineSpace(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    public static bool ContainsHan(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (CharClass.IsHan(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllLinesShort(Document document, Block block)
    {
        for (int i = block.FirstLine; i <= block.LastLine; i++)
        {
            var line = document[document.Lines[i].Span].Trim();
            if (line.Length > MaxHeadlineLength / 2 || line.IndexOfAny("。！？；") >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
