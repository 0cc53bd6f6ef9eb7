namespace Proofread.OcrPages;

/// <summary>
/// The made-up words a page prints around its stories: people's names in bylines and editor lines,
/// jump lines, ads, the footer. Bylines are story text (gold keeps them); the rest is furniture.
/// </summary>
public static class FurnitureText
{
    private const string Surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private const string Given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建林波宁斌浩凯帆雪琳晨阳欣怡宇航";

    public static readonly IReadOnlyList<string> Sections = ["要闻", "综合", "经济", "社会", "文化", "体育", "国际", "副刊", "城事", "民生"];

    /// <summary>A name; a two-character one is printed with a space inside, as papers even out name widths.</summary>
    public static string Name(Random random, bool spaced = true)
    {
        string name = Surnames[random.Next(Surnames.Length)].ToString() + Given[random.Next(Given.Length)];
        if (random.NextDouble() < 0.45)
        {
            return name + Given[random.Next(Given.Length)];
        }

        return spaced ? $"{name[0]} {name[1]}" : name;
    }

    public static string Byline(Random random) => random.Next(6) switch
    {
        0 => $"■本报记者 {Name(random)}",
        1 => $"本报记者 {Name(random)} 通讯员 {Name(random)}",
        2 => $"本报记者 {Name(random)} {Name(random)}",
        3 => $"□记者 {Name(random)}",
        4 => $"◎本报通讯员 {Name(random)}",
        _ => $"本报记者 {Name(random)}",
    };

    /// <summary>The opener of a first paragraph (本报讯 and its variants), printed before its first sentence.</summary>
    public static string Opener(Random random, Issue issue) => random.Next(4) switch
    {
        0 => "本报讯　",
        1 => $"本报讯（记者 {Name(random, false)}）",
        2 => $"本报{issue.Paper.City}讯　",
        _ => $"本报讯（记者 {Name(random, false)} 通讯员 {Name(random, false)}）",
    };

    public static string EditorLine(Random random) => random.Next(4) switch
    {
        0 => $"责任编辑：{Name(random, false)}　美术编辑：{Name(random, false)}　校对：{Name(random, false)}",
        1 => $"本版编辑 {Name(random)}　版式 {Name(random)}",
        2 => $"责任编辑 {Name(random, false)}  版面设计 {Name(random, false)}",
        _ => $"责编：{Name(random, false)}　美编：{Name(random, false)}　校对：{Name(random, false)}",
    };

    public static string JumpOut(int page, Random random) => random.Next(3) switch
    {
        0 => $"（下转第{Issue.Numeral(page)}版）",
        1 => $"（下转{page}版）",
        _ => $"（转第{Issue.Numeral(page)}版）",
    };

    public static string JumpIn(int from) => $"（上接第{Issue.Numeral(from)}版）";

    public static string SeeAlso(int page, Random random) => random.Next(3) switch
    {
        0 => $">>>详见第{Issue.Numeral(page)}版>>>",
        1 => $"详见第{page}版",
        _ => $"（详见第{Issue.Numeral(page)}版）",
    };

    public static string Credit(Random random) => random.Next(4) switch
    {
        0 => $"本报记者 {Name(random)} 摄",
        1 => "新华社发",
        2 => $"{Name(random, false)} 摄",
        _ => $"（通讯员 {Name(random, false)} 供图）",
    };

    /// <summary>A public-service ad: slogans set with stars or wide spaces, and a sign-off ending in 宣.</summary>
    public static IReadOnlyList<string> PublicServiceAd(Random random, Paper paper)
    {
        string[][] slogans =
        [
            ["讲文明　树新风", "文明" + paper.City + "　人人共建"],
            ["★ 创建全国文明城市 ★", "共建美好幸福家园"],
            ["节约粮食　从我做起", "光盘行动　★　杜绝浪费"],
            ["垃圾分类 ★ 绿色生活", "保护环境　人人有责"],
            ["文明交通　安全出行", "礼让斑马线　★　文明伴我行"],
        ];
        var chosen = slogans[random.Next(slogans.Length)];
        string signOff = random.Next(2) == 0 ? $"{paper.Name}社　宣" : $"{paper.City}市文明办　{paper.Name}社　宣";
        return [chosen[0], chosen[1], signOff];
    }

    public static IReadOnlyList<string> ClassifiedAds(Random random, Paper paper)
    {
        var items = new List<string>
        {
            $"遗失声明　{Name(random, false)}不慎遗失{paper.City}市第{random.Next(1, 9)}中学毕业证书一本，编号{random.Next(100000, 999999)}，特此声明作废。",
            $"招聘　{paper.City}某物流公司招聘货车司机{random.Next(2, 9)}名，要求持B2驾照，电话：13{random.Next(100000000, 999999999)}。",
            $"房屋出租　城区文化路临街门面一间，约{random.Next(40, 200)}平方米，价格面议，电话：{paper.AreaCode}-{random.Next(2000000, 8999999)}。",
            $"开业公告　{paper.City}市{Name(random, false)}家政服务部于{random.Next(1, 12)}月{random.Next(1, 28)}日开业，诚邀惠顾。",
            $"注销公告　{paper.City}市{Name(random, false)}商贸有限公司经股东会决议拟注销，请债权人于四十五日内申报债权。",
        };
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));
        int count = random.Next(2, 5);
        return ["分类广告", .. items.Take(count), $"广告热线：{paper.AreaCode}-{random.Next(2000000, 8999999)}"];
    }

    public static string Footer(Random random, Paper paper) =>
        $"本报地址：{paper.City}市文化路{random.Next(1, 99)}号　邮编：{random.Next(100000, 899999)}　" +
        $"新闻热线：{paper.AreaCode}-{random.Next(2000000, 8999999)}　广告许可证：{paper.City}工商广字第{random.Next(1, 99):D3}号　" +
        $"零售价：{random.Next(1, 3)}.{random.Next(0, 10)}0元　印刷：{paper.Name}社印务中心";

    public static string Weather(Random random, Paper paper)
    {
        string[] skies = ["晴", "多云", "阴", "小雨", "多云转晴", "阵雨转多云"];
        int low = random.Next(-2, 24);
        return $"{paper.City}天气　{skies[random.Next(skies.Length)]}　{low}℃～{low + random.Next(4, 11)}℃";
    }
}
