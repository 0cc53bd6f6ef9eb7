using Proofread.Engine;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Review;

/// <summary>A corrected file written by <see cref="ReviewedFileWriter"/>, and the accepted fixes that could not go in.</summary>
public sealed record WrittenFile(string Path, int Applied, IReadOnlyList<ReviewItem> NotApplied);

/// <summary>
/// Writes the reviewed copies of a session's documents: each document that has accepted or edited
/// fixes, with exactly those fixes applied (through <see cref="FixApplier"/>; of two overlapping
/// ones the first wins and the other is reported), atomically: into <paramref name="outDir"/> under
/// its own name, beside the input as NAME.reviewed.txt when there is no folder, or over the input
/// (after a backup) when <paramref name="inPlace"/>.
/// </summary>
public sealed class ReviewedFileWriter(string? outDir, bool inPlace)
{
    public IReadOnlyList<WrittenFile> Write(IEnumerable<ReviewDocument> documents)
    {
        var written = new List<WrittenFile>();
        foreach (var document in documents)
        {
            if (Write(document) is { } file)
            {
                written.Add(file);
            }
        }

        return written;
    }

    /// <summary>NAME.txt → NAME.reviewed.txt, beside the input.</summary>
    public static string ReviewedPath(string input) =>
        Path.Combine(Path.GetDirectoryName(input) ?? "", Path.GetFileNameWithoutExtension(input) + ".reviewed" + Path.GetExtension(input));

    private WrittenFile? Write(ReviewDocument document)
    {
        var byFinding = new Dictionary<Finding, ReviewItem>(ReferenceEqualityComparer.Instance);
        foreach (var item in document.Items)
        {
            if (item.Status is ReviewStatus.Accepted or ReviewStatus.Edited)
            {
                var finding = item.EditedText is null
                    ? item.Finding
                    : item.Finding with { Edits = [new TextEdit(item.Finding.Extent, item.EditedText)] };
                byFinding[finding] = item;
            }
        }

        if (byFinding.Count == 0)
        {
            return null;
        }

        var result = FixApplier.Apply(document.Source.Text, byFinding.Keys);
        string path = inPlace ? document.File.Path
            : outDir is not null ? Path.Combine(outDir, document.File.RelativeOutputPath)
            : ReviewedPath(document.File.Path);
        if (inPlace)
        {
            AtomicFile.Backup(path);
        }

        AtomicFile.WriteAllBytes(path, document.Source.WithText(result.Text).ToBytes());
        return new WrittenFile(path, result.Applied.Count, result.Deferred.Select(f => byFinding[f]).ToArray());
    }
}
