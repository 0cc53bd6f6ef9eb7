using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Proofread.Text;

namespace Proofread.Engine;

/// <summary>
/// Where a batch fix puts its work: the corrected text of each file and, with
/// <see cref="FixRunOptions.KeepMeta"/>, what the page's furniture recorded, beside it. Calls come
/// from several threads at once, one file each.
/// </summary>
public interface IFixOutput
{
    /// <summary>Writes the corrected text of <paramref name="file"/>.</summary>
    void Write(InputFile file, FixResult result);

    /// <summary>Writes the page metadata of <paramref name="file"/> (name → value, in name order) beside its output.</summary>
    void WriteMetadata(InputFile file, IReadOnlyDictionary<string, string> metadata);
}

/// <summary><c>fix --out DIR</c>: corrected copies under a folder, each under its input's relative name, atomically.</summary>
public sealed class OutputFolder(string folder) : IFixOutput
{
    public string Folder => folder;

    public void Write(InputFile file, FixResult result)
    {
        string target = PathFor(file);
        if (Path.GetFullPath(target) == Path.GetFullPath(file.Path))
        {
            throw new ProofreadException("the output would overwrite the input; use --in-place for that", file.Path);
        }

        AtomicFile.WriteAllBytes(target, result.Fixed.ToBytes());
    }

    public void WriteMetadata(InputFile file, IReadOnlyDictionary<string, string> metadata) =>
        PageMetadataFile.Write(PathFor(file), metadata);

    private string PathFor(InputFile file) => Path.Combine(folder, file.RelativeOutputPath);
}

/// <summary><c>fix --in-place</c>: each changed input rewritten atomically after a NAME.orig backup; an unchanged one is left alone.</summary>
public sealed class InPlaceOutput : IFixOutput
{
    public void Write(InputFile file, FixResult result)
    {
        if (!result.Changed)
        {
            return;
        }

        AtomicFile.Backup(file.Path);
        AtomicFile.WriteAllBytes(file.Path, result.Fixed.ToBytes());
    }

    public void WriteMetadata(InputFile file, IReadOnlyDictionary<string, string> metadata) =>
        PageMetadataFile.Write(file.Path, metadata);
}

/// <summary>NAME.meta.json beside the output NAME.txt: indented JSON, Chinese written as itself, one final line break.</summary>
public static class PageMetadataFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string PathFor(string output) =>
        Path.Combine(Path.GetDirectoryName(output) ?? ".", Path.GetFileNameWithoutExtension(output) + ".meta.json");

    public static void Write(string output, IReadOnlyDictionary<string, string> metadata)
    {
        string json = JsonSerializer.Serialize(metadata, Options) + "\n";
        AtomicFile.WriteAllBytes(PathFor(output), new UTF8Encoding(false).GetBytes(json));
    }
}
