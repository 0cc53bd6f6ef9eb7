namespace Proofread.Synth;

/// <summary>
/// A made-up paper: its masthead block (title, English title, publisher, dateline, issue and
/// edition lines in its own order, some of which no shipped pack names), its ads, its editor line
/// and its staff. Pages of one run come from one paper, as a batch of scans does; the seed picks
/// the paper, so measures on several seeds meet several mastheads.
/// </summary>
public sealed class Paper
{
    private static readonly string[] Weekdays = ["一", "二", "三", "四", "五", "六", "日"];

    private static readonly Dictionary<char, char> LookAlikes = new() { ['社'] = '杜', ['报'] = '扳', ['市'] = '巿', ['体'] = '休', ['主'] = '王' };

    private readonly Func<int, DateOnly, IEnumerable<string>> _masthead;

    private Paper(string title, string englishTitle, string publisher, string subscription, string[] reporters, string[] editors, string[] columns, string[][] ads, Func<Paper, int, DateOnly, IEnumerable<string>> masthead)
    {
        Title = title;
        EnglishTitle = englishTitle;
        Publisher = publisher;
        Subscription = subscription;
        Reporters = reporters;
        Editors = editors;
        Columns = columns;
        Ads = ads;
        _masthead = (page, date) => masthead(this, page, date);
    }

    /// <summary>The papers, in the order a seed picks them (seed mod count).</summary>
    public static IReadOnlyList<Paper> All { get; } =
    [
        new("青川日报", "QINGCHUAN DAILY", "青川全媒体 出品", "服务热线：96588",
            ["■本报记者 王文", "■本报记者 李 明 张华", "■新华社记者 刘洋", "■本报通讯员 赵敏"],
            ["王文", "李明"], ["青川观察", "民生热线"],
            [["青川银行", "服务热线：96588", "诚信服务 共赢未来"], ["公益广告", "文明青川 你我共建", "青川市文明办 宣"]],
            (p, page, date) => [p.Title, p.EnglishTitle, p.Publisher, DateLine(date), $"第{18000 + page}号", "今日八版", "城市的眼睛 百姓的喉舌"]),
        new("青川晚报", "QINGCHUAN EVENING NEWS", "青川晚报社编辑出版", "订阅电话:0838-1234567",
            ["■本报记者 陈润", "本报记者 周立 孙海", "记者 吴霞 通讯员 郑凯", "文/图 本报记者 马骏"],
            ["周立", "吴霞"], ["市委常委会召开会议", "晚报观察"],
            [["分类广告", "招聘 本公司诚聘司机两名 电话：0838-7654321", "出租 城东临街门面一间 电话：13900001111"], ["青川晚报 新媒体矩阵", "扫码关注 掌握青川"]],
            (p, page, date) => [p.Title, p.EnglishTitle, p.Publisher, $"青川晚报 第 {3456 + page} 期", page % 2 == 0 ? p.Subscription : p.Subscription.Replace(':', '：')]),
        new("龙溪晨报", "LONGXI MORNING", "中共龙溪市委机关报", "龙溪新闻网 www.lxnews.cn",
            ["■晨报记者 黄山", "晨报记者 林晓 唐宁", "■特约记者 何川", "记者 罗平"],
            ["林晓", "何川"], ["晨报调查", "龙溪故事"],
            [["龙溪啤酒", "清爽一夏 龙溪相伴", "订购热线 0596-2233445"], ["公益广告", "节约用水 从我做起", "龙溪市水务局 龙溪晨报社"], ["龙溪晨报 数字版上线", "每日清晨 准时送达"]],
            (p, page, date) => [p.Title, p.Publisher, p.EnglishTitle, $"{date.Year}年{date.Month}月{date.Day}日", $"星期{Weekday(date)} 农历辛丑年", $"今日十二版 总第{7600 + page}期", p.Subscription]),
        new("北塘商报", "BEITANG BUSINESS NEWS", "北塘商报社主办", "广告热线 0527-8866001",
            ["■商报记者 白露", "本报记者 宋远", "■见习记者 许诺 本报记者 白露", "记者 冯涛 实习生 秦月"],
            ["宋远", "冯涛"], ["商海沉浮", "财经观察"],
            [["北塘商城", "周年庆 满三百减五十", "地址：北塘区中山路88号"], ["分类广告", "转让 城西超市一家 电话：0527-8866002", "求购 二手叉车 电话：13800002222"]],
            (p, page, date) => [$"{p.Title} {p.EnglishTitle}", $"{date.Month}月{date.Day}日 星期{Weekday(date)}", $"周报 第{1205 + page}期 今日四版", p.Publisher, p.Subscription, "每周二 五出版"]),
    ];

    public string Title { get; }

    public string EnglishTitle { get; }

    public string Publisher { get; }

    /// <summary>A subscription, hotline or web line of the masthead.</summary>
    public string Subscription { get; }

    /// <summary>The publisher line as OCR misreads it on one page in eight: one character read as its look-alike (社 as 杜).</summary>
    public string MisreadPublisher
    {
        get
        {
            int at = Publisher.AsSpan(2).IndexOfAny(LookAlikes.Keys.ToArray()) + 2;
            return at < 2 ? Publisher : string.Concat(Publisher.AsSpan(0, at), LookAlikes[Publisher[at]].ToString(), Publisher.AsSpan(at + 1));
        }
    }

    /// <summary>Bylines of the paper's reporters: real content that recurs from page to page.</summary>
    public IReadOnlyList<string> Reporters { get; }

    public IReadOnlyList<string> Editors { get; }

    /// <summary>Regular column titles set as headlines on some pages: content that recurs, not furniture.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Ad blocks, one of which may close a page.</summary>
    public IReadOnlyList<string[]> Ads { get; }

    public static Paper ForSeed(int seed) => All[(int)((uint)seed % (uint)All.Count)];

    /// <summary>The masthead lines of page <paramref name="page"/> (0-based) of a run; every eighth page from the fourth has its publisher line misread.</summary>
    public IEnumerable<string> Masthead(int page)
    {
        var date = new DateOnly(2021, 1, 1).AddDays(page);
        return _masthead(page, date).Select(line => line == Publisher && page % 8 == 3 ? MisreadPublisher : line);
    }

    /// <summary>The issue line of page <paramref name="page"/>, whatever the paper calls it.</summary>
    public string IssueLine(int page) => Masthead(page).First(l => l.Contains('第') && (l.Contains('号') || l.Contains('期')));

    /// <summary>The editor line at the foot of a page.</summary>
    public string EditorLine(Random random) => random.Next(2) == 0
        ? $"责任编辑：{Editors[0]} 版式：{Editors[1]}"
        : $"本版编辑 {Editors[1]} 美编 {Editors[0]}";

    private static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek == 0 ? 6 : (int)date.DayOfWeek - 1];

    private static string DateLine(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日 星期{Weekday(date)}";
}
