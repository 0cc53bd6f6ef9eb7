using Proofread.Engine;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Review;

/// <summary>Where a proposed fix stands in a review.</summary>
public enum ReviewStatus
{
    Pending,
    Accepted,
    Rejected,
    Edited,
    Skipped,
}

/// <summary>A text loaded for review: the file it came from (its corrected copy goes by its name) and its decoded text.</summary>
public sealed record ReviewInput(InputFile File, SourceText Source)
{
    /// <summary>Reads each file; an unreadable one stops the review with its error.</summary>
    public static IReadOnlyList<ReviewInput> Load(IReadOnlyList<InputFile> files) =>
        files.Select(f => new ReviewInput(f, SourceText.Load(f.Path))).ToArray();
}

/// <summary>A document under review: its text, where its corrected copy goes, and its id in the store.</summary>
public sealed class ReviewDocument
{
    internal ReviewDocument(InputFile file, SourceText source, long storeId)
    {
        File = file;
        Source = source;
        Document = new Document(source);
        StoreId = storeId;
    }

    public InputFile File { get; }

    public SourceText Source { get; }

    public Document Document { get; }

    public long StoreId { get; }

    public List<ReviewItem> Items { get; } = [];
}

/// <summary>One proposed fix and what the reviewer made of it.</summary>
public sealed class ReviewItem
{
    internal ReviewItem(int index, ReviewDocument owner, Finding finding, string fingerprint)
    {
        Index = index;
        Owner = owner;
        Finding = finding;
        Fingerprint = fingerprint;
        (Line, Column) = owner.Document.LineMap.LineColumn(finding.Extent.Start);
        Before = owner.Document.Slice(finding.Extent);
        Proposed = finding.Replacement(owner.Document.Text) ?? Before;
    }

    /// <summary>Position in <see cref="ReviewSession.Items"/>.</summary>
    public int Index { get; }

    public ReviewDocument Owner { get; }

    public Finding Finding { get; }

    public string Fingerprint { get; }

    /// <summary>1-based line and column (code points) of the text the fix replaces.</summary>
    public int Line { get; }

    public int Column { get; }

    /// <summary>The text the fix replaces (the finding's extent).</summary>
    public string Before { get; }

    /// <summary>The rule's replacement for <see cref="Before"/>.</summary>
    public string Proposed { get; }

    public ReviewStatus Status { get; internal set; }

    /// <summary>The reviewer's own replacement, for an edited fix.</summary>
    public string? EditedText { get; internal set; }

    /// <summary>What replaces <see cref="Before"/> when the file is written: the edit, or the proposal.</summary>
    public string After => EditedText ?? Proposed;

    public bool IsDecided => Status is ReviewStatus.Accepted or ReviewStatus.Rejected or ReviewStatus.Edited;
}
