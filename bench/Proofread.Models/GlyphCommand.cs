using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Proofread.Models.Build;

/// <summary>
/// <c>proofread-models glyphs --out FILE</c>: renders the GB 2312 characters, finds each one's
/// nearest neighbours by glyph, and writes the confusion table with the curated pairs first.
/// </summary>
internal static class GlyphCommand
{
    private static readonly (string File, int Index)[] DefaultFonts =
    [
        ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2), // Noto Serif CJK SC (Song)
        ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2), // Noto Sans CJK SC (Hei)
    ];

    public static int Run(Dictionary<string, string> options, string repo)
    {
        int keep = int.Parse(options.GetValueOrDefault("--neighbours", "4"), CultureInfo.InvariantCulture);
        double threshold = double.Parse(options.GetValueOrDefault("--min-similarity", "0.8"), CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        var characters = GlyphImages.Gb2312Characters();
        var images = GlyphImages.Render(characters, DefaultFonts);
        Console.Error.WriteLine($"rendered {characters.Count} characters in {clock.Elapsed.TotalSeconds:F1} s");
        var neighbours = Nearest(images, keep);
        Console.Error.WriteLine($"compared every pair in {clock.Elapsed.TotalSeconds:F1} s");

        if (options.TryGetValue("--show", out string? show))
        {
            foreach (char c in show)
            {
                int i = characters.ToList().IndexOf(c);
                Console.WriteLine($"{c}: " + string.Join(" ", neighbours[i].Select(n => $"{characters[n.Index]} {n.Similarity:F3}")));
            }
        }

        var rows = CuratedConfusions.Rows().ToList();
        for (int i = 0; i < characters.Count; i++)
        {
            foreach (var (j, similarity) in neighbours[i].Where(n => n.Similarity >= threshold))
            {
                rows.Add(new ConfusionRow(characters[i].ToString(), characters[j].ToString(), "glyph", similarity.ToString("F3", CultureInfo.InvariantCulture), ""));
            }
        }

        string output = options["--out"];
        var header = new StringBuilder()
            .AppendLine("# Character confusions (形近字): what OCR prints for what the page said. Generated, do not edit by hand:")
            .AppendLine("#   dotnet run -c Release --project bench/Proofread.Models -- glyphs --out rules/confusions.tsv"
                + $" --neighbours {keep} --min-similarity {threshold.ToString(CultureInfo.InvariantCulture)}")
            .AppendLine("# curated: the classic pairs (bench/Proofread.Models/CuratedConfusions.cs), both ways for characters, one way for marks.")
            .AppendLine($"# glyph: each of the {characters.Count:N0} GB 2312 characters' nearest neighbours (at most {keep}, cosine similarity >= {threshold.ToString(CultureInfo.InvariantCulture)})")
            .AppendLine($"#   of their glyphs drawn at 96 px in Noto Serif CJK SC and Noto Sans CJK SC, ink averaged down to {GlyphImages.Cells}x{GlyphImages.Cells} cells per font.")
            .AppendLine("# learned (in files of proofread learn-confusions): pairs counted in OCR pages against their corrected twins.")
            .AppendLine("# weight: curated 1; glyph the similarity (0 to 1); learned the times seen.")
            .AppendLine("read\tmeant\tsource\tweight\tnote");
        File.WriteAllText(output + ".tmp", header + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
        File.Move(output + ".tmp", output, overwrite: true);
        Console.Error.WriteLine($"{output}: {rows.Count:N0} pairs ({rows.Count(r => r.Source == "curated")} curated)");
        return 0;
    }

    /// <summary>For each character, its most similar others, best first.</summary>
    private static List<(int Index, float Similarity)>[] Nearest(GlyphImages images, int keep)
    {
        var vectors = images.Vectors;
        var result = new List<(int, float)>[vectors.Length];
        Parallel.For(0, vectors.Length, i =>
        {
            var best = new List<(int Index, float Similarity)>(keep + 1);
            for (int j = 0; j < vectors.Length; j++)
            {
                if (j == i)
                {
                    continue;
                }

                float s = GlyphImages.Dot(vectors[i], vectors[j]);
                if (best.Count < keep || s > best[^1].Similarity)
                {
                    best.Add((j, s));
                    best.Sort((a, b) => b.Similarity.CompareTo(a.Similarity));
                    if (best.Count > keep)
                    {
                        best.RemoveAt(keep);
                    }
                }
            }

            result[i] = best;
        });
        return result;
    }
}
