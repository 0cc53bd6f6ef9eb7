namespace Proofread.Engine;

/// <summary>One input file: where it is, and where its output goes relative to an output folder.</summary>
public sealed record InputFile(string Path, string RelativeOutputPath);

/// <summary>
/// The files named on a command line: files as given, folders searched recursively for
/// <c>*.txt</c> and <c>*.md</c> (in ordinal order, so runs are reproducible). A file keeps its
/// name under the output folder; a folder's files keep their layout relative to it.
/// </summary>
public static class InputSet
{
    private static readonly string[] Extensions = [".txt", ".md"];

    public static (IReadOnlyList<InputFile> Files, IReadOnlyList<ProofreadException> Errors) Expand(IEnumerable<string> paths)
    {
        var files = new List<InputFile>();
        var errors = new List<ProofreadException>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => !IsHiddenOrBackup(System.IO.Path.GetRelativePath(path, f)))
                    .Order(StringComparer.Ordinal);
                foreach (string f in found)
                {
                    if (seen.Add(System.IO.Path.GetFullPath(f)))
                    {
                        files.Add(new InputFile(f, System.IO.Path.GetRelativePath(path, f)));
                    }
                }
            }
            else if (File.Exists(path))
            {
                if (seen.Add(System.IO.Path.GetFullPath(path)))
                {
                    files.Add(new InputFile(path, System.IO.Path.GetFileName(path)));
                }
            }
            else
            {
                errors.Add(new ProofreadException("no such file or folder", path));
            }
        }

        var clash = files.GroupBy(f => f.RelativeOutputPath, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            errors.Add(new ProofreadException(
                $"two inputs would be written to the same output name ({string.Join(", ", clash.Select(f => f.Path))}); pass their common folder instead",
                clash.Key));
        }

        return (files, errors);
    }

    private static bool IsHiddenOrBackup(string relative) =>
        relative.Split(System.IO.Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'))
        || relative.EndsWith(".orig", StringComparison.Ordinal);
}
