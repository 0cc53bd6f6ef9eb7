namespace Proofread.Models;

/// <summary>Where a confusion pair comes from; a pair may come from several.</summary>
[Flags]
public enum ConfusionSources
{
    None = 0,

    /// <summary>Two glyphs that look alike (rendered and compared by bench/Proofread.Models).</summary>
    Glyph = 1,

    /// <summary>A classic OCR confusion written down by hand.</summary>
    Curated = 2,

    /// <summary>Counted in OCR pages against their corrected twins (<c>proofread learn-confusions</c>).</summary>
    Learned = 4,
}

/// <summary>
/// What OCR printed (<paramref name="Read"/>) for what the page said (<paramref name="Meant"/>):
/// usually one character for another, sometimes a mark read as characters (一一一 for ——).
/// </summary>
/// <param name="Similarity">The glyphs' similarity (0 to 1), 0 when no glyph row names the pair.</param>
/// <param name="Count">How often the pair was learned, 0 when it was not.</param>
/// <param name="Note">Where the pair applies, for the curated marks; empty otherwise.</param>
public sealed record Confusion(string Read, string Meant, ConfusionSources Sources, double Similarity, int Count, string Note)
{
    /// <summary>Curated or learned: evidence about OCR, not only about glyphs.</summary>
    public bool IsAttested => (Sources & (ConfusionSources.Curated | ConfusionSources.Learned)) != 0;

    /// <summary>The same pair known from both, its evidence added up.</summary>
    public Confusion Merge(Confusion other) =>
        this with
        {
            Sources = Sources | other.Sources,
            Similarity = Math.Max(Similarity, other.Similarity),
            Count = Count + other.Count,
            Note = Note.Length > 0 ? Note : other.Note,
        };
}
