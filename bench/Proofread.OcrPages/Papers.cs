namespace Proofread.OcrPages;

/// <summary>How a paper looks: its masthead, its grid and the type of its text.</summary>
public sealed record PaperStyle(
    Face TitleFace,
    bool TitleCentered,
    float TitleSpacing,
    Face HeadFace,
    float BodySize,
    float Leading,
    int MinColumns,
    int MaxColumns,
    bool ColumnRules,
    bool BandRules);

/// <summary>A made-up newspaper: none of these exists, and none is a paper our rule packs or the
/// synthetic corpus know (衡阳日报, 青川日报), so their furniture is new to the rules.</summary>
public sealed record Paper(string Name, string Latin, string City, string Publisher, string AreaCode, string Cn, PaperStyle Style)
{
    public static readonly IReadOnlyList<Paper> All =
    [
        new("江屿日报", "JIANGYU DAILY", "江屿", "中共江屿市委主管主办", "0736", "43-0071",
            new(Face.SerifBold, false, 8, Face.SansBold, 26, 1.55f, 4, 5, true, true)),
        new("南岭都市报", "NANLING METROPOLIS DAILY", "南岭", "南岭日报社主管主办", "0745", "43-0158",
            new(Face.SansBold, true, 0, Face.SerifBold, 28, 1.6f, 3, 4, false, true)),
        new("清源晚报", "QINGYUAN EVENING NEWS", "清源", "清源日报社出版", "0598", "35-0042",
            new(Face.SerifBold, true, 30, Face.SansBold, 30, 1.5f, 2, 3, true, false)),
        new("东湖时报", "DONGHU TIMES", "东湖", "东湖时报社出版", "0712", "42-0193",
            new(Face.SansBold, false, 4, Face.SansBold, 26, 1.6f, 4, 5, false, false)),
        new("云澜日报", "YUNLAN DAILY", "云澜", "中共云澜州委主管主办", "0879", "53-0027",
            new(Face.SerifBold, true, 12, Face.SerifBold, 28, 1.55f, 3, 5, true, true)),
    ];

    public string Slug => Latin.Split(' ')[0].ToLowerInvariant();
}

/// <summary>One issue of a paper: its date, number and page count, and the page being set.</summary>
public sealed record Issue(Paper Paper, DateOnly Date, int Number, int PageCount)
{
    private static readonly string[] Weekdays = ["日", "一", "二", "三", "四", "五", "六"];
    private static readonly string[] Numerals = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    public string Weekday => "星期" + Weekdays[(int)Date.DayOfWeek];

    public string DateLine => $"{Date.Year}年{Date.Month}月{Date.Day}日";

    public static string Numeral(int n) => Numerals[n];

    /// <summary>A lunar date line; made up (no calendar conversion), as it is furniture only.</summary>
    public string LunarLine
    {
        get
        {
            string[] stems = ["庚", "辛", "壬", "癸", "甲", "乙", "丙", "丁", "戊", "己"];
            string[] branches = ["申", "酉", "戌", "亥", "子", "丑", "寅", "卯", "辰", "巳", "午", "未"];
            string[] days = ["初", "十", "廿"];
            int month = ((Date.Month + 10) % 12) + 1, day = ((Date.Day + 17) % 29) + 1;
            string dayText = day == 10 ? "初十" : day == 20 ? "二十" : days[day / 10] + Numeral(day % 10 == 0 ? 10 : day % 10);
            return $"农历{stems[Date.Year % 10]}{branches[Date.Year % 12]}年{(month == 1 ? "正" : Numeral(month))}月{dayText}";
        }
    }
}
