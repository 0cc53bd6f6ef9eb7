using System.Text.RegularExpressions;

namespace Proofread.Vocabulary;

/// <summary>
/// The page's own lines that the layout and the packs both recognise: dates and datelines, page
/// numbers and the jump lines that send a story on to another page (（下转第六版）, >>>详见第七版>>>).
/// </summary>
public static class PageFurniture
{
    /// <summary>A date as a page prints it: 2021年9月28日 (spaces allowed between the parts).</summary>
    public const string Date = @"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日";

    /// <summary>A weekday: 星期二, 周二, 星期日, 周天.</summary>
    public const string Weekday = "(?:星期|周)[一二三四五六日天]";

    /// <summary>A page or edition number: 3, 16, 六, 十二.</summary>
    public const string PageNumber = "[" + Numbers.OneToTen + @"\d]{1,3}";

    /// <summary>A reference to a page: 第六版, 第 3 版, A3版, 6版.</summary>
    public const string PageRef = @"第?\s*[A-H]?" + PageNumber + @"\s*版";

    /// <summary>The words that send a story on to a later page (下转, 紧转), at the end of its first part.</summary>
    public const string JumpOnward = "下转|紧转";

    /// <summary>The words that take a story up from an earlier page (上接, 紧接), at the start of its second part.</summary>
    public const string JumpBack = "上接|紧接";

    /// <summary>Any jump word, the short forms (转, 接, 续) included.</summary>
    public const string JumpVerb = "(?:" + JumpOnward + "|" + JumpBack + "|转|接|续)";

    /// <summary>A jump to or from a page: 下转第六版, 上接第一版, 转A3版.</summary>
    public const string JumpRef = JumpVerb + @"\s*" + PageRef;

    /// <summary>A page dateline: 2021年9月28日 星期二.</summary>
    public static readonly Regex Dateline = new($@"^{Date}\s*{Weekday}", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A jump line or cross-reference anywhere in a line: （下转第六版）, >>>详见, 详见第七版.</summary>
    public static readonly Regex JumpLine = new($@"[（(]\s*{JumpRef}|>{{2,}}\s*详见|详见{PageRef}", RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
