using System.Text;
using Proofread.Text;

namespace Proofread.Synth;

/// <summary>A made-up page: the damaged text a scan would give, and the clean text (gold) it should become.</summary>
public sealed record SyntheticPage(string Name, string Damaged, string Gold);

/// <summary>
/// Lays clean prose out as newspaper pages (three to six stories of headlines, bylines and
/// paragraphs of a few sentences, about 12 KB a page like the seed pages)
/// and damages them the ways OCR and page layout do (<see cref="DamageKinds"/>). The gold page is
/// the stories alone: no masthead, ads or jump lines. Sentences are drawn at random, so any size
/// can be made from a small corpus (repeat and shuffle). Deterministic for a seed; pages come one
/// at a time, so a 1 GB corpus never sits in memory.
/// </summary>
public sealed class SyntheticCorpus
{
    public const string Paper = "青川日报";

    private static readonly string[] Reporters = ["■本报记者 王文", "■本报记者 李 明 张华", "■新华社记者 刘洋", "■本报通讯员 赵敏"];
    private static readonly string[] Weekdays = ["一", "二", "三", "四", "五", "六", "日"];
    private static readonly string[] PageNumbers = ["二", "三", "四", "五", "六", "七", "八"];

    private readonly string[] _headlines;
    private readonly string[] _sentences;

    public SyntheticCorpus(IEnumerable<string> corpusLines)
    {
        var headlines = new List<string>();
        var sentences = new List<string>();
        foreach (string raw in corpusLines)
        {
            string line = raw.Trim();
            if (line.Length < 4 || "》”）』」".Contains(line[0]))
            {
                continue;
            }

            if (EndsAsSentence(line))
            {
                sentences.Add(line);
            }
            else if (line.Length <= 30)
            {
                headlines.Add(line);
            }
        }

        if (sentences.Count == 0 || headlines.Count == 0)
        {
            throw new ArgumentException("the corpus needs sentences and headlines (lines without final punctuation)");
        }

        _headlines = [.. headlines];
        _sentences = [.. sentences];
    }

    /// <summary>
    /// A sentence ends in 。！？… or closes a quotation or bracket right after one; the corpus
    /// also holds titles with a column tag (…的奥秘（医药新发现）), which are not prose.
    /// </summary>
    private static bool EndsAsSentence(string line)
    {
        char last = line[^1];
        return last is '。' or '！' or '？' or '…'
            || (last is '”' or '’' or '』' or '」' or '）' && line.Length > 1 && line[^2] is '。' or '！' or '？' or '…');
    }

    public static SyntheticCorpus Load(string path) => new(File.ReadLines(path, Encoding.UTF8));

    /// <summary>Pages until their damaged text reaches <paramref name="targetBytes"/> of UTF-8.</summary>
    public IEnumerable<SyntheticPage> Generate(int seed, DamageKinds kinds, long targetBytes, string prefix = "page")
    {
        var random = new Random(seed);
        var headlines = new Deck(_headlines, random);
        var sentences = new Deck(_sentences, random);
        long bytes = 0;
        for (int index = 0; bytes < targetBytes; index++)
        {
            var page = MakePage(random, headlines, sentences, kinds, index, $"{prefix}{index:D6}.txt");
            bytes += Encoding.UTF8.GetByteCount(page.Damaged);
            yield return page;
        }
    }

    private static SyntheticPage MakePage(Random random, Deck headlines, Deck sentences, DamageKinds kinds, int index, string name)
    {
        var gold = new List<string>();
        var damaged = new List<string>();
        if (kinds.HasFlag(DamageKinds.Furniture))
        {
            damaged.AddRange(Masthead(index));
        }

        bool wrapped = kinds.HasFlag(DamageKinds.Wraps) && random.NextDouble() < 0.3;
        int wrapWidth = random.Next(18, 31);
        bool continued = kinds.HasFlag(DamageKinds.Jumps) && index > 0 && random.NextDouble() < 0.3;
        int stories = random.Next(3, 7);
        for (int s = 0; s < stories; s++)
        {
            string headline = Headline(random, headlines, sentences);
            if (random.NextDouble() < 0.3)
            {
                headline += "\n" + Headline(random, headlines, sentences);
            }

            string byline = Reporters[random.Next(Reporters.Length)];
            gold.Add(headline);
            gold.Add(byline);
            damaged.Add(headline);
            damaged.Add(byline);
            int paragraphs = random.Next(3, 7);
            for (int p = 0; p < paragraphs; p++)
            {
                var clean = new StringBuilder();
                int count = random.Next(2, 5);
                for (int n = 0; n < count; n++)
                {
                    clean.Append(sentences.Next());
                }

                string paragraph = clean.ToString();
                gold.Add(paragraph);
                bool last = p == paragraphs - 1;
                damaged.Add(Damage(paragraph, random, kinds, continued && s == 0 && p == 0, last, wrapped ? wrapWidth : 0));
            }
        }

        if (kinds.HasFlag(DamageKinds.Furniture) && random.NextDouble() < 0.5)
        {
            damaged.Add("青川银行");
            damaged.Add("服务热线：96588");
            damaged.Add("诚信服务 共赢未来");
        }

        return new SyntheticPage(name, string.Join("\n\n", damaged) + "\n", string.Join("\n\n", gold) + "\n");
    }

    /// <summary>
    /// A corpus headline, or the first clause of a sentence set as one: the corpus has few
    /// headlines, and on real pages a headline does not recur (a recurring line is furniture).
    /// </summary>
    private static string Headline(Random random, Deck headlines, Deck sentences)
    {
        if (random.NextDouble() < 0.3)
        {
            return headlines.Next();
        }

        string sentence = sentences.Next();
        int cut = sentence.AsSpan().IndexOfAny("，。！？；：“”、（）");
        string clause = cut >= 6 ? sentence[..cut] : sentence[..^1];
        return clause.Length <= 24 ? clause : clause[..16];
    }

    /// <summary>The masthead: the paper's title and data lines, some of which no shipped pack names.</summary>
    private static IEnumerable<string> Masthead(int index)
    {
        var date = new DateOnly(2021, 1, 1).AddDays(index);
        yield return Paper;
        yield return "QINGCHUAN DAILY";
        yield return "青川全媒体 出品";
        yield return $"{date.Year}年{date.Month}月{date.Day}日 星期{Weekdays[(int)date.DayOfWeek == 0 ? 6 : (int)date.DayOfWeek - 1]}";
        yield return $"第{18000 + index}号";
        yield return "今日八版";
        yield return "城市的眼睛 百姓的喉舌";
    }

    private static string Damage(string paragraph, Random random, DamageKinds kinds, bool continued, bool lastOfStory, int wrapWidth)
    {
        string text = paragraph;
        if (kinds.HasFlag(DamageKinds.Duplicates) && random.NextDouble() < 0.25)
        {
            var kind = random.Next(2) == 0 ? DuplicationKind.Word : DuplicationKind.Character;
            text = Duplications.Inject(text, kind, random)?.Damaged ?? text;
        }

        if (kinds.HasFlag(DamageKinds.HalfWidth) && random.NextDouble() < 0.3)
        {
            text = HalfWidth(text, random);
        }

        if (kinds.HasFlag(DamageKinds.Breaks) && random.NextDouble() < 0.3)
        {
            int cut = random.Next(1, text.Length);
            if (!char.IsLowSurrogate(text[cut]))
            {
                text = text[..cut] + "\n\n" + text[cut..];
            }
        }

        if (continued)
        {
            text = "（上接第一版）" + text;
        }

        if (kinds.HasFlag(DamageKinds.Jumps) && lastOfStory && random.NextDouble() < 0.15)
        {
            text += random.Next(2) == 0 ? $"（下转第{PageNumbers[random.Next(PageNumbers.Length)]}版）" : $"\n（下转第{PageNumbers[random.Next(PageNumbers.Length)]}版）";
        }

        return wrapWidth > 0 ? Wrap(text, wrapWidth) : text;
    }

    /// <summary>Some of the paragraph's full-width marks read as their ASCII look-alikes.</summary>
    private static string HalfWidth(string text, Random random)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char ascii = chars[i] switch
            {
                '，' => ',',
                '：' => ':',
                '；' => ';',
                '？' => '?',
                '！' => '!',
                '（' => '(',
                '）' => ')',
                _ => '\0',
            };
            if (ascii != '\0' && random.NextDouble() < 0.5)
            {
                chars[i] = ascii;
            }
        }

        return new string(chars);
    }

    /// <summary>Lines of <paramref name="width"/> characters, as a narrow column prints them; existing breaks stay.</summary>
    private static string Wrap(string text, int width)
    {
        var sb = new StringBuilder(text.Length + (text.Length / width) + 1);
        int column = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                column = 0;
            }
            else if (column == width && !char.IsLowSurrogate(c))
            {
                sb.Append('\n');
                column = 0;
            }

            sb.Append(c);
            column += c == '\n' ? 0 : 1;
        }

        return sb.ToString();
    }

    /// <summary>
    /// Draws without replacement and reshuffles when all are drawn: a headline recurs only once the
    /// corpus is used up, as on real pages, where a recurring line is furniture.
    /// </summary>
    private sealed class Deck(string[] items, Random random)
    {
        private readonly string[] _items = [.. items];
        private int _next = items.Length;

        public string Next()
        {
            if (_next == _items.Length)
            {
                random.Shuffle(_items);
                _next = 0;
            }

            return _items[_next++];
        }
    }
}
