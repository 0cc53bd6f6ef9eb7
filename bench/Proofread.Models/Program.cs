using System.Diagnostics;
using System.Globalization;
using Proofread.Models;
using Proofread.Models.Build;

// proofread-models lm --out FILE [training options]            build the character model
// proofread-models perplexity --test FILE [training options]   train in memory, measure KN and stupid backoff on FILE
// proofread-models glyphs --out FILE [--neighbours N] [--min-similarity S] [--show CHARS]   the glyph confusion table
// proofread-models stats                                     load time, memory and speed of the shipped model
// Training options: --order 3 --max 400000,900000 --sentence-weight 100 --dictionary-weight one|log|sqrt|frequency --no-dictionary --smartcn [--smartcn-left N --smartcn-right N] --train FILE --skip-blocks K/M
var options = new Dictionary<string, string>(StringComparer.Ordinal);
var flags = new HashSet<string>(StringComparer.Ordinal);
for (int i = 1; i < args.Length; i++)
{
    if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
    {
        options[args[i]] = args[++i];
    }
    else
    {
        flags.Add(args[i]);
    }
}

string repo = RepoRoot();
string command = args.Length > 0 ? args[0] : "";
switch (command)
{
    case "lm":
        {
            var (model, _) = Train();
            string output = options["--out"];
            using (var file = File.Create(output + ".tmp"))
            {
                CharacterModelFile.Write(file, model);
            }

            File.Move(output + ".tmp", output, overwrite: true);
            Console.WriteLine($"{output}: {new FileInfo(output).Length:N0} bytes, n-grams {string.Join(" / ", model.StoredNgrams)}");
            return 0;
        }

    case "perplexity":
        {
            var test = File.ReadAllLines(options["--test"]).Where(l => l.Length > 0).ToList();
            if (options.TryGetValue("--test-blocks", out string? only))
            {
                var (k, m) = Blocks(only);
                test = [.. test.Where((_, i) => (i / 200) % m == k)];
            }

            var (model, counts) = Train();
            Console.WriteLine($"KN      {Perplexity.Measure(test, (s, i) => Perplexity.KneserNey(model, s, i), model.Knows)}");
            double margin = double.Parse(options.GetValueOrDefault("--margin", "4"), CultureInfo.InvariantCulture);
            bool discriminate = flags.Contains("--confusions");
            if (discriminate)
            {
                Console.WriteLine($"KN      {Discrimination.Measure(test, (s, i) => Perplexity.KneserNey(model, s, i), counts.Order, ConfusionTable.Shared, margin)}");
            }

            foreach (string alpha in options.GetValueOrDefault("--alpha", "0.4").Split(','))
            {
                var stupid = new StupidBackoff(counts, double.Parse(alpha, CultureInfo.InvariantCulture));
                Console.WriteLine($"SB {alpha,4} {Perplexity.Measure(test, (s, i) => Perplexity.Stupid(stupid, counts.Order, s, i), model.Knows)}");
                if (discriminate)
                {
                    Console.WriteLine($"SB {alpha,4} {Discrimination.Measure(test, (s, i) => Perplexity.Stupid(stupid, counts.Order, s, i), counts.Order, ConfusionTable.Shared, margin)}");
                }
            }

            return 0;
        }

    case "glyphs":
        return GlyphCommand.Run(options, repo);

    case "stats":
        return StatsCommand.Run(options, repo);

    default:
        Console.Error.WriteLine("usage: proofread-models lm|perplexity|glyphs ... (see models/README.md)");
        return 2;
}

(CharacterModel Model, NgramCounts Counts) Train()
{
    var clock = Stopwatch.StartNew();
    string trainPath = options.GetValueOrDefault("--train", Path.Combine(repo, "tests/fixtures/corpus/dev/sentences.txt"));
    var sentences = File.ReadAllLines(trainPath).Where(l => l.Length > 0).ToList();
    if (options.TryGetValue("--skip-blocks", out string? skip))
    {
        // K/M: leave out the 200-sentence blocks whose number is K modulo M (a validation part of dev).
        var (k, m) = Blocks(skip);
        sentences = [.. sentences.Where((_, i) => (i / 200) % m != k)];
    }

    int order = int.Parse(options.GetValueOrDefault("--order", "3"), CultureInfo.InvariantCulture);
    long weight = long.Parse(options.GetValueOrDefault("--sentence-weight", "100"), CultureInfo.InvariantCulture);
    var bigrams = flags.Contains("--smartcn")
        ? SmartCnBigrams.Load(int.Parse(options.GetValueOrDefault("--smartcn-left", "3000"), CultureInfo.InvariantCulture), int.Parse(options.GetValueOrDefault("--smartcn-right", "20000"), CultureInfo.InvariantCulture))
        : null;
    var text = new TrainingText(sentences, weight, flags.Contains("--no-dictionary") ? null : options.GetValueOrDefault("--dictionary-weight", "log"), bigrams);
    var counts = text.Count(order);
    int[]? max = options.TryGetValue("--max", out string? limits) ? [.. limits.Split(',').Select(int.Parse)] : null;
    var model = KneserNeyEstimator.Estimate(counts, max);
    Console.Error.WriteLine($"trained on {sentences.Count} sentences x{weight}{(text.DictionaryWeight is { } d ? $" + jieba ({d})" : "")}{(bigrams is null ? "" : $" + {bigrams.Pairs.Count} SmartCn pairs")}: "
        + $"counted {string.Join(" / ", Enumerable.Range(1, order).Select(k => counts.OfLength(k).Count))}, kept {string.Join(" / ", model.StoredNgrams)} in {clock.Elapsed.TotalSeconds:F1} s");
    return (model, counts);
}

static (int K, int M) Blocks(string text)
{
    var parts = text.Split('/').Select(int.Parse).ToArray();
    return (parts[0], parts[1]);
}

static string RepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Proofread.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
