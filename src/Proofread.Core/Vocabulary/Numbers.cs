namespace Proofread.Vocabulary;

/// <summary>
/// How numbers are written in Chinese newspaper text: Arabic digits (half- and full-width),
/// Chinese numerals, circled numbers, and the measure words that follow a number. Each set is
/// written once; where two uses need different sets, the difference is named here.
/// </summary>
public static class Numbers
{
    /// <summary>The numerals one to ten: enumeration labels (一、, （三）), page numbers (第六版), list labels (一）).</summary>
    public const string OneToTen = "一二三四五六七八九十";

    /// <summary>The two ways to write zero (〇 in dates, 零 in amounts).</summary>
    public const string Zeros = "〇零";

    /// <summary>The characters of a number written out in Chinese: 十二, 两千, 三万, 二〇二一.</summary>
    public const string ChineseNumerals = Zeros + OneToTen + "百千万亿两";

    /// <summary>
    /// The characters of dates and issue numbers written in Chinese, lunar days included (廿四,
    /// 初一): what makes two issues' masthead lines differ. Unlike <see cref="ChineseNumerals"/>,
    /// 万亿两 are left out (they are words in running heads: 两会) and 廿卅初 are in.
    /// </summary>
    public const string DateNumerals = Zeros + OneToTen + "百千廿卅初";

    /// <summary>Measure words and units that follow a number: 60|个, 1998|年, 3|万.</summary>
    public const string MeasureWords = "个名年月日号万亿千百元人次届家项件岁位只台座条张份倍户所辆吨米度秒分时天周期批套种类股点多余部幢场轮";

    /// <summary>The circled numbers ①…⑳ that label the items of an enumeration, as a range for a pattern's character class.</summary>
    public const string CircledRange = "①-⑳";

    /// <summary>An Arabic digit, half- or full-width (1, １).</summary>
    public static bool IsDigit(char c) => char.IsAsciiDigit(c) || (c >= '０' && c <= '９');

    public static bool IsChineseNumeral(char c) => ChineseNumerals.Contains(c);

    public static bool IsDateNumeral(char c) => DateNumerals.Contains(c);

    public static bool IsOneToTen(char c) => OneToTen.Contains(c);

    public static bool IsMeasureWord(char c) => MeasureWords.Contains(c);

    public static bool IsCircled(char c) => c is >= '①' and <= '⑳';

    /// <summary>A decimal point as OCR prints one between digits: . ． or the middle dot ·.</summary>
    public static bool IsDecimalPoint(char c) => c is '·' or '．' or '.';

    /// <summary>A dash between two numbers of a range: 2020—2021, 3－5.</summary>
    public static bool IsRangeDash(char c) => c is '—' or '－';

    /// <summary>A sign that follows a number as its unit: 30℃, 5%.</summary>
    public static bool IsUnitSign(char c) => c is '℃' or '%' or '％';
}
