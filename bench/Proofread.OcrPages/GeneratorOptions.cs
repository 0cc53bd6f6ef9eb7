using System.Globalization;

namespace Proofread.OcrPages;

/// <summary>Which readings to make: by zone (<c>--psm 6</c> per layout zone), of the whole page
/// (<c>--psm 3</c>), or both.</summary>
[Flags]
public enum ReadingModes
{
    Zoned = 1,
    Page = 2,
}

/// <summary>The command line of proofread-ocr-pages.</summary>
public sealed record GeneratorOptions(
    string Output,
    int Pages,
    int Seed,
    ReadingModes Modes,
    bool KeepOcrXml,
    bool KeepImages,
    bool DryRun,
    int Jobs,
    string Corpus,
    string Fonts)
{
    public const string Usage =
        "usage: proofread-ocr-pages --out DIR [--pages 40] [--seed 1] [--mode zoned|page|both] [--keep-ocr-xml] [--keep-images]\n" +
        "                           [--jobs N] [--corpus FILE] [--fonts DIR] [--dry-run]";

    public static GeneratorOptions Parse(string[] args)
    {
        string? output = null, corpus = null;
        string fonts = FontSet.DefaultDirectory;
        int pages = 40, seed = 1, jobs = Environment.ProcessorCount;
        var modes = ReadingModes.Zoned;
        bool xml = false, images = false, dryRun = false;
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new GeneratorException($"{args[i]}: needs a value");
            switch (args[i])
            {
                case "--out": output = Value(); break;
                case "--pages": pages = Number(args[i], Value(), 1); break;
                case "--seed": seed = Number(args[i], Value(), 0); break;
                case "--jobs": jobs = Number(args[i], Value(), 1); break;
                case "--corpus": corpus = Value(); break;
                case "--fonts": fonts = Value(); break;
                case "--keep-ocr-xml": xml = true; break;
                case "--keep-images": images = true; break;
                case "--dry-run": dryRun = true; break;
                case "--mode":
                    modes = Value() switch
                    {
                        "zoned" => ReadingModes.Zoned,
                        "page" => ReadingModes.Page,
                        "both" => ReadingModes.Zoned | ReadingModes.Page,
                        string other => throw new GeneratorException($"--mode: '{other}' is not zoned, page or both"),
                    };
                    break;
                default: throw new GeneratorException($"{args[i]}: unknown option");
            }
        }

        return new GeneratorOptions(
            output ?? throw new GeneratorException("--out DIR is required"), pages, seed, modes, xml, images, dryRun, jobs, corpus ?? DefaultCorpus(), fonts);
    }

    private static int Number(string option, string text, int minimum) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= minimum
            ? n : throw new GeneratorException($"{option}: '{text}' is not a whole number of at least {minimum}");

    /// <summary>The held-out corpus of the repository this program was built in.</summary>
    private static string DefaultCorpus()
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, HeldOutText.RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new GeneratorException($"{HeldOutText.RelativePath}: not found above the current folder (pass --corpus FILE)");
    }
}
