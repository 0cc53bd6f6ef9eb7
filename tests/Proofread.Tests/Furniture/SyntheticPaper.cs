using System.Text;

namespace Proofread.Tests.Furniture;

/// <summary>
/// A deterministic corpus of pages from a paper no shipped pack names (青川晚报): every page opens
/// with the same masthead (issue numbers change, one page has an OCR misreading), then stories
/// built from clean People's Daily sentences, with a byline on every page and one real headline
/// that recurs on three pages.
/// </summary>
internal static class SyntheticPaper
{
    public const string Title = "青川晚报";
    public const string EnglishTitle = "QINGCHUAN EVENING NEWS";
    public const string Publisher = "青川晚报社编辑出版";
    public const string MisreadPublisher = "青川晚报杜编辑出版";
    public const string Subscription = "订阅电话:0838-1234567";
    public const string RecurringHeadline = "市委常委会召开会议";
    public const string Byline = "■本报记者 陈润";

    public static string IssueLine(int page) => $"青川晚报 第 {3456 + page} 期";

    /// <summary>Each page's own headline (real content, different on every page).</summary>
    public static string Headline(int page) => Headlines[page % Headlines.Length];

    private static readonly string[] Headlines =
    [
        "加强两地交流合作 携手互促联动发展", "精准发力绘就乡村振兴美好图景", "一以贯之坚持全面从严治党",
        "省高速公路集团两大项目落地", "免费发放安全头盔", "河南少女出走见网友 警方出手助团圆",
        "朱健主持召开市长碰头会", "我市多措并举巩固拓展脱贫攻坚成果", "强化中心意识 做好集聚文章",
    ];

    public static IReadOnlyList<string> Pages(int count, int seed = 42)
    {
        var sentences = File.ReadAllLines(TestPaths.CleanCorpus)
            .Where(s => s.Length > 20)
            .ToArray();
        var random = new Random(seed);
        var pages = new List<string>();
        for (int page = 0; page < count; page++)
        {
            var sb = new StringBuilder();
            sb.Append(Title).Append("\n\n").Append(EnglishTitle).Append("\n\n");
            sb.Append(page == 3 ? MisreadPublisher : Publisher).Append("\n\n");
            sb.Append(IssueLine(page)).Append("\n\n");
            sb.Append(page % 2 == 0 ? Subscription : Subscription.Replace(':', '：')).Append("\n\n");
            sb.Append(Headline(page)).Append("\n\n").Append(Byline).Append("\n\n");
            Paragraphs(sb, sentences, random, 3);
            if (page % 3 == 0)
            {
                sb.Append(RecurringHeadline).Append("\n\n");
            }

            Paragraphs(sb, sentences, random, 2);
            pages.Add(sb.ToString());
        }

        return pages;
    }

    private static void Paragraphs(StringBuilder sb, string[] sentences, Random random, int count)
    {
        for (int p = 0; p < count; p++)
        {
            for (int s = 0; s < 3; s++)
            {
                sb.Append(sentences[random.Next(sentences.Length)]);
            }

            sb.Append("\n\n");
        }
    }
}
