using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Proofread.Evaluation;

namespace Proofread.Tests.Evaluation;

/// <summary>
/// The committed real-OCR corpus (tests/fixtures/ocr-pages, made by bench/Proofread.OcrPages) is
/// well formed: pages and gold come in twins, gold is story text taken from the held-out corpus
/// only, with no page furniture, each OCR page is the reading of its own gold, and the zoned
/// pages' hOCR and ALTO hold exactly the text of their page.
/// </summary>
public sealed partial class OcrPagesCorpusTests
{
    private static readonly Lazy<HeldOutLines> HeldOut = new(() => new HeldOutLines(TestPaths.Fixture("corpus/heldout/sentences.txt")));

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Furniture the generator prints and gold must never keep: jump lines, editor lines,
    /// masthead data, ads, caption credits, the made-up papers' names.</summary>
    private static readonly Regex[] Furniture =
    [
        new(@"（(下转|转|上接)第?[一二三四五六七八九十\d]+版）"),
        new(@"详见第[一二三四五六七八九十\d]+版"),
        new(@"^(责任编辑|本版编辑|责编)"),
        new(@"(出版物号|CN \d{2}-\d{4}|第\d{5}号|今日\d版|农历.年)"),
        new(@"(分类广告|广告热线|今日导读|>>>|★|社　宣$)"),
        new(@"(摄|新华社发|供图）)$"),
        new(@"(江屿日报|南岭都市报|清源晚报|东湖时报|云澜日报|DAILY|TIMES|NEWS)"),
    ];

    public static TheoryData<string, int> Modes => new() { { "zoned", 40 }, { "page", 20 } };

    [Theory]
    [MemberData(nameof(Modes))]
    public void Every_page_has_a_gold_twin_and_both_are_clean_utf8(string mode, int minimum)
    {
        var pages = Names(mode, "in");
        Assert.True(pages.Count >= minimum, $"{mode}: {pages.Count} pages, at least {minimum} expected");
        Assert.Equal(pages, Names(mode, "gold"));
        foreach (string name in pages)
        {
            foreach (string side in new[] { "in", "gold" })
            {
                string text = StrictUtf8.GetString(File.ReadAllBytes(Path(mode, side, name)));
                Assert.False(string.IsNullOrWhiteSpace(text), $"{mode}/{side}/{name} is empty");
                Assert.DoesNotContain('\uFFFD', text);
            }
        }
    }

    [Fact]
    public void Whole_page_readings_share_their_gold_with_the_zoned_ones()
    {
        foreach (string name in Names("page", "gold"))
        {
            Assert.Equal(File.ReadAllText(Path("zoned", "gold", name)), File.ReadAllText(Path("page", "gold", name)));
        }
    }

    [Fact]
    public void Furniture_patterns_never_match_held_out_text()
    {
        // Otherwise the next test could flag a story line, or pass for the wrong reason.
        foreach (string line in HeldOut.Value.Lines)
        {
            Assert.DoesNotContain(Furniture, pattern => pattern.IsMatch(line));
        }
    }

    [Fact]
    public void Gold_keeps_no_page_furniture()
    {
        foreach (string name in Names("zoned", "gold"))
        {
            foreach (string line in GoldLines(name))
            {
                var match = Furniture.FirstOrDefault(p => p.IsMatch(line));
                Assert.True(match is null, $"zoned/gold/{name}: furniture ({match}) in gold: {line}");
            }
        }
    }

    [Fact]
    public void Gold_text_comes_only_from_held_out_sentences()
    {
        int bylines = 0, checkedLines = 0;
        foreach (string name in Names("zoned", "gold"))
        {
            foreach (string line in GoldLines(name))
            {
                if (Byline().IsMatch(line))
                {
                    bylines++;
                    continue;
                }

                string text = Opener().Replace(line, "", 1);
                text = text.StartsWith("——", StringComparison.Ordinal) ? text[2..] : text;
                Assert.True(HeldOut.Value.Covers(text), $"zoned/gold/{name}: not held-out text: {line}");
                checkedLines++;
            }
        }

        Assert.True(bylines > 0 && checkedLines > 3 * bylines, $"{checkedLines} story lines and {bylines} bylines");
    }

    /// <summary>A zoned reading keeps the reading order, so its distance to gold is mostly OCR
    /// damage; a whole-page reading may put columns out of order, which costs far more.</summary>
    [Theory]
    [InlineData("zoned", 0.5)]
    [InlineData("page", 1.0)]
    public void Each_page_reads_closest_to_its_own_gold(string mode, double maxShare)
    {
        var names = Names(mode, "in");
        var golds = names.Select(n => GoldText.Normalize(File.ReadAllText(Path(mode, "gold", n)))).ToList();
        for (int i = 0; i < names.Count; i++)
        {
            string read = GoldText.Normalize(File.ReadAllText(Path(mode, "in", names[i])));
            int own = EditDistance.Levenshtein(read, golds[i]);
            Assert.True(own > 0, $"{mode}/in/{names[i]} is its gold: no OCR damage at all");
            Assert.True(own < golds[i].Length * maxShare, $"{mode}/in/{names[i]}: {own} edits from its gold of {golds[i].Length} characters");
            for (int j = 0; j < names.Count; j++)
            {
                if (j != i)
                {
                    Assert.True(own < EditDistance.Levenshtein(read, golds[j]), $"{mode}/in/{names[i]} reads closer to gold/{names[j]}");
                }
            }
        }
    }

    [Fact]
    public void The_hocr_and_alto_of_each_zoned_page_hold_exactly_its_text()
    {
        foreach (string name in Names("zoned", "in"))
        {
            string stem = System.IO.Path.GetFileNameWithoutExtension(name);
            string text = WithoutSpace(File.ReadAllText(Path("zoned", "in", name)));
            var alto = Xml(Path("zoned", "xml", stem + ".alto.xml.gz"));
            var ns = alto.Root!.Name.Namespace;
            var page = alto.Descendants(ns + "Page").Single();
            double width = (double)page.Attribute("WIDTH")!, height = (double)page.Attribute("HEIGHT")!;
            var strings = alto.Descendants(ns + "String").ToList();
            Assert.Equal(text, WithoutSpace(string.Concat(strings.Select(s => (string)s.Attribute("CONTENT")!))));
            Assert.All(strings, s => Assert.True(
                (double)s.Attribute("HPOS")! >= 0 && (double)s.Attribute("HPOS")! + (double)s.Attribute("WIDTH")! <= width
                && (double)s.Attribute("VPOS")! >= 0 && (double)s.Attribute("VPOS")! + (double)s.Attribute("HEIGHT")! <= height,
                $"{stem}: ALTO string off the page: {s}"));
            Assert.Equal(strings.Count, strings.Select(s => (string)s.Attribute("ID")!).Distinct().Count());

            var hocr = Xml(Path("zoned", "xml", stem + ".hocr.gz"));
            var words = hocr.Descendants().Where(e => (string?)e.Attribute("class") == "ocrx_word").ToList();
            Assert.Equal(text, WithoutSpace(string.Concat(words.Select(w => w.Value))));
            Assert.Equal(words.Count, words.Select(w => (string)w.Attribute("id")!).Distinct().Count());
        }
    }

    private static string Path(string mode, string side, string name) => TestPaths.Fixture(System.IO.Path.Combine("ocr-pages", mode, side, name));

    private static List<string> Names(string mode, string side) =>
        [.. Directory.GetFiles(TestPaths.Fixture(System.IO.Path.Combine("ocr-pages", mode, side)), "*.txt").Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> GoldLines(string name) =>
        File.ReadAllLines(Path("zoned", "gold", name)).Where(l => l.Length > 0);

    private static string WithoutSpace(string text) => Whitespace().Replace(text, "");

    private static XDocument Xml(string gzipPath)
    {
        using var file = File.OpenRead(gzipPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = XmlReader.Create(gzip, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        return XDocument.Load(reader);
    }

    /// <summary>A byline the generator makes up: a reporter's title and names, nothing else.</summary>
    [GeneratedRegex(@"^[■□◎]?(本报记者|记者|本报通讯员) [\p{IsCJKUnifiedIdeographs} ]{1,30}$")]
    private static partial Regex Byline();

    /// <summary>The 本报讯 opener the generator puts before a story's first sentence.</summary>
    [GeneratedRegex(@"^本报(\p{IsCJKUnifiedIdeographs}{2})?讯(（[^）]*）|　)")]
    private static partial Regex Opener();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
