using System.Text.RegularExpressions;

namespace Proofread.Vocabulary;

/// <summary>
/// Bylines and photo credits: who wrote or photographed a story (■本报记者 陈润, ■文/图 本报记者
/// 姚永军, 图为市民在湘江风光带健身。■记者 刘少华 摄). They stand on lines of their own and recur
/// from story to story, so no text runs on from them and they are never page furniture.
/// </summary>
public static class Bylines
{
    /// <summary>The marks a byline or credit opens with.</summary>
    public const string Marks = "■▲●◆□";

    /// <summary>A reporter's title as a byline gives it, longest first.</summary>
    public static readonly string[] ReporterTitles = ["本报记者", "见习记者", "特约记者", "记者"];

    public const string Correspondent = "通讯员";

    /// <summary>How a photo or graphic credit ends: …摄, …摄影, …供图, …制图.</summary>
    public static readonly string[] CreditEnds = ["摄", "摄影", "供图", "制图"];

    /// <summary>
    /// Words that make a short line a credit or a story's own line (■本报记者…, 新华社记者, …摄,
    /// 编译, 供稿, 本报讯): such a line recurs because stories share it, not because the page does.
    /// </summary>
    public static readonly string[] CreditWords = ["记者", Correspondent, "本报讯", "评论员", "摄", "编译", "供稿"];

    /// <summary>A pattern for one byline mark.</summary>
    public const string Mark = "[" + Marks + "]";

    /// <summary>A pattern for a reporter's title.</summary>
    public static readonly string Reporter = Patterns.Alternation(ReporterTitles);

    /// <summary>A line that opens as a byline: a mark, a reporter or correspondent and a space, 本报评论员, 文/图.</summary>
    public static readonly Regex Byline = new(
        $@"^(?:{Mark}|{Reporter}\s|{Correspondent}\s|本报评论员|文/图|图/文)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A photo credit ending a line, alone or after its caption (图为…。■记者 刘少华 摄).</summary>
    private static readonly Regex Credit = new(
        $@"(?:^|[。！？”\s])(?:{Mark}|{Reporter}|{Correspondent})[^。！？]{{0,30}}{Patterns.Alternation(CreditEnds)}$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static bool IsMark(char c) => Marks.Contains(c);

    /// <summary>Whether the line ends with a photo credit; the pattern runs only on lines that end like one.</summary>
    public static bool IsCredit(string line) => Patterns.EndsWithAny(line, CreditEnds) && Credit.IsMatch(line);

    /// <summary>Whether the line names a credit anywhere (see <see cref="CreditWords"/>).</summary>
    public static bool HasCreditWord(ReadOnlySpan<char> line) => Patterns.ContainsAny(line, CreditWords);
}
