namespace Proofread.Text;

/// <summary>
/// Maps UTF-16 offsets to 1-based lines and columns, and to code-point offsets for the JSON
/// contract. Columns count code points, so a CJK character beyond the BMP is one column.
/// </summary>
public sealed class LineMap
{
    private readonly string _text;
    private readonly int[] _lineStarts;
    private int[]? _surrogatePrefix;

    public LineMap(string text)
    {
        _text = text;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>0-based index of the line containing the offset.</summary>
    public int LineIndexOf(int offset)
    {
        int i = Array.BinarySearch(_lineStarts, offset);
        return i >= 0 ? i : ~i - 1;
    }

    public int LineStart(int lineIndex) => _lineStarts[lineIndex];

    /// <summary>1-based line and column (in code points) of a UTF-16 offset.</summary>
    public (int Line, int Column) LineColumn(int offset)
    {
        int line = LineIndexOf(offset);
        int start = _lineStarts[line];
        return (line + 1, CodePointCount(start, offset) + 1);
    }

    /// <summary>The number of code points before a UTF-16 offset.</summary>
    public int ToCodePoint(int offset)
    {
        _surrogatePrefix ??= BuildSurrogatePrefix();
        return offset - _surrogatePrefix[offset];
    }

    private int CodePointCount(int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++)
        {
            if (!char.IsLowSurrogate(_text[i]) || i == from || !char.IsHighSurrogate(_text[i - 1]))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>prefix[i] = number of low surrogates (second halves of pairs) before offset i.</summary>
    private int[] BuildSurrogatePrefix()
    {
        var prefix = new int[_text.Length + 1];
        for (int i = 0; i < _text.Length; i++)
        {
            bool second = char.IsLowSurrogate(_text[i]) && i > 0 && char.IsHighSurrogate(_text[i - 1]);
            prefix[i + 1] = prefix[i] + (second ? 1 : 0);
        }

        return prefix;
    }
}
