namespace Proofread.Text;

/// <summary>
/// One line of a document: its content span (without the line break), the span with it, and
/// <see cref="Trimmed"/>, the content without leading and trailing white space (empty for a blank line).
/// </summary>
public readonly record struct TextLine(int Index, TextSpan Span, TextSpan SpanIncludingBreak, TextSpan Trimmed)
{
    public bool IsBlank => Trimmed.IsEmpty;
}

/// <summary>
/// A paragraph: a run of non-blank lines between blank (empty or whitespace-only) lines.
/// <see cref="Span"/> runs from the start of the first line to the end of the last line's content.
/// </summary>
public readonly record struct Block(int Index, TextSpan Span, int FirstLine, int LastLine)
{
    public int LineCount => LastLine - FirstLine + 1;
}

/// <summary>
/// The decoded text of one file with its lines and blocks and exact offsets back into the text.
/// Immutable and shared by every rule that looks at the file.
/// </summary>
public sealed class Document
{
    private LineMap? _lineMap;

    public Document(SourceText source)
    {
        Source = source;
        var lines = SplitLines(source.Text);
        Lines = lines;
        Blocks = GroupBlocks(lines);
    }

    public static Document FromText(string text, string path = "<text>") => new(new SourceText(path, text));

    public SourceText Source { get; }

    public string Path => Source.Path;

    public string Text => Source.Text;

    public IReadOnlyList<TextLine> Lines { get; }

    public IReadOnlyList<Block> Blocks { get; }

    public LineMap LineMap => _lineMap ??= new LineMap(Source.Text);

    public ReadOnlySpan<char> this[TextSpan span] => Text.AsSpan(span.Start, span.Length);

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    public string LineText(int index) => Slice(Lines[index].Span);

    public string BlockText(Block block) => Slice(block.Span);

    /// <summary>The index of the line whose text or line break holds <paramref name="position"/> (the last line for the end of the text).</summary>
    public int LineAt(int position)
    {
        var lines = Lines;
        int lo = 0, hi = lines.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (lines[mid].SpanIncludingBreak.Start <= position)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private static TextLine[] SplitLines(string text)
    {
        var lines = new List<TextLine>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r')
            {
                continue;
            }

            int contentEnd = i;
            int breakEnd = i;
            if (i < text.Length)
            {
                breakEnd = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            }
            else if (start == text.Length && lines.Count > 0)
            {
                break;
            }

            var content = new TextSpan(start, contentEnd);
            lines.Add(new TextLine(lines.Count, content, new TextSpan(start, breakEnd), Trim(text, content)));
            start = breakEnd;
            i = breakEnd - 1;
        }

        return lines.ToArray();
    }

    private static TextSpan Trim(string text, TextSpan line)
    {
        int start = line.Start, end = line.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return start == end ? new TextSpan(line.Start, line.Start) : new TextSpan(start, end);
    }

    private static Block[] GroupBlocks(TextLine[] lines)
    {
        var blocks = new List<Block>();
        int first = -1;
        for (int i = 0; i <= lines.Length; i++)
        {
            bool blank = i == lines.Length || lines[i].IsBlank;
            if (!blank && first < 0)
            {
                first = i;
            }
            else if (blank && first >= 0)
            {
                blocks.Add(new Block(blocks.Count, new TextSpan(lines[first].Span.Start, lines[i - 1].Span.End), first, i - 1));
                first = -1;
            }
        }

        return blocks.ToArray();
    }
}
