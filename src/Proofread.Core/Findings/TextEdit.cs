using Proofread.Text;

namespace Proofread.Findings;

/// <summary>Replace <see cref="Span"/> with <see cref="NewText"/>: deletion, insertion and replacement are one type.</summary>
public sealed record TextEdit(TextSpan Span, string NewText)
{
    public static TextEdit Delete(TextSpan span) => new(span, string.Empty);

    public static TextEdit Insert(int position, string text) => new(new TextSpan(position, position), text);
}
