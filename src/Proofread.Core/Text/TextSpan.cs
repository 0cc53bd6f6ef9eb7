namespace Proofread.Text;

/// <summary>A half-open range [Start, End) of UTF-16 indices into a document's text.</summary>
public readonly record struct TextSpan(int Start, int End) : IComparable<TextSpan>
{
    public int Length => End - Start;

    public bool IsEmpty => Start == End;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>
    /// True when two edits on these spans cannot both be applied in one pass: they share a
    /// character, an insertion falls strictly inside the other span, or both insert at one point.
    /// </summary>
    public bool ConflictsWith(TextSpan other)
    {
        if (IsEmpty && other.IsEmpty)
        {
            return Start == other.Start;
        }

        return Math.Max(Start, other.Start) < Math.Min(End, other.End)
            || (IsEmpty && other.Start < Start && Start < other.End)
            || (other.IsEmpty && Start < other.Start && other.Start < End);
    }

    public int CompareTo(TextSpan other)
    {
        int c = Start.CompareTo(other.Start);
        return c != 0 ? c : End.CompareTo(other.End);
    }

    public override string ToString() => $"[{Start}..{End})";
}
