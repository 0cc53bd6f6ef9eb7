using System.Globalization;
using System.Text;
using Proofread.Synth;

// proofread-synth --out DIR [--size 10MB] [--seed 1] [--kinds all|breaks,duplicates,…] [--corpus FILE]
// Writes DIR/pages/NAME.txt (damaged) and DIR/gold/NAME.txt (clean twin). The corpus is the
// held-out part of tests/fixtures/corpus unless --corpus names another: measures run on text no
// rule example was taken from.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (int i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

if (!options.TryGetValue("--out", out string? output) || args.Length % 2 != 0)
{
    Console.Error.WriteLine("usage: proofread-synth --out DIR [--size 10MB] [--seed 1] [--kinds all|" + string.Join(",", DamageKindNames.ByName.Keys) + "] [--corpus FILE]");
    return 2;
}

try
{
    long size = ParseSize(options.GetValueOrDefault("--size", "1MB"));
    int seed = int.Parse(options.GetValueOrDefault("--seed", "1"), CultureInfo.InvariantCulture);
    var kinds = DamageKindNames.Parse(options.GetValueOrDefault("--kinds", "all"));
    string corpusPath = options.GetValueOrDefault("--corpus") ?? CorpusFiles.HeldOut();
    var corpus = SyntheticCorpus.Load(corpusPath);
    string pages = Path.Combine(output, "pages"), gold = Path.Combine(output, "gold");
    Directory.CreateDirectory(pages);
    Directory.CreateDirectory(gold);
    var utf8 = new UTF8Encoding(false);
    long bytes = 0;
    int count = 0;
    foreach (var page in corpus.Generate(seed, kinds, size))
    {
        File.WriteAllText(Path.Combine(pages, page.Name), page.Damaged, utf8);
        File.WriteAllText(Path.Combine(gold, page.Name), page.Gold, utf8);
        bytes += utf8.GetByteCount(page.Damaged);
        count++;
    }

    Console.Error.WriteLine($"{count} pages, {bytes / 1e6:F1} MB of damaged text in {pages}, gold in {gold}");
    return 0;
}
catch (Exception e) when (e is ArgumentException or FormatException or IOException)
{
    Console.Error.WriteLine($"proofread-synth: error: {e.Message}");
    return 2;
}

static long ParseSize(string text)
{
    string t = text.Trim().ToUpperInvariant();
    (string digits, long unit) = t.EndsWith("GB") ? (t[..^2], 1_000_000_000L)
        : t.EndsWith("MB") ? (t[..^2], 1_000_000L)
        : t.EndsWith("KB") ? (t[..^2], 1_000L)
        : (t, 1L);
    return (long)(double.Parse(digits, CultureInfo.InvariantCulture) * unit);
}
