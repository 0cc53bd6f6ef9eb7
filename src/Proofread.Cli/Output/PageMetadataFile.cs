using System.Text.Encodings.Web;
using System.Text.Json;
using Proofread.Engine;
using Proofread.Packs;
using Proofread.Text;

namespace Proofread.Cli.Output;

/// <summary>
/// <c>fix --keep-meta</c>: NAME.meta.json beside the output NAME.txt, holding what the page's
/// furniture recorded (the named groups of the enabled packs' furniture patterns) and the source file.
/// </summary>
internal static class PageMetadataFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string PathFor(string output) =>
        Path.Combine(Path.GetDirectoryName(output) ?? ".", Path.GetFileNameWithoutExtension(output) + ".meta.json");

    public static void Write(string output, InputFile file, Document original, RuleEngine engine)
    {
        var metadata = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["source"] = Path.GetFileName(file.Path) };
        foreach (var (name, value) in PageMetadata.Extract(original, engine.Rules.OfType<FurniturePackRule>()))
        {
            metadata[name] = value;
        }

        string json = JsonSerializer.Serialize(metadata, Options) + "\n";
        AtomicFile.WriteAllBytes(PathFor(output), new System.Text.UTF8Encoding(false).GetBytes(json));
    }
}
