namespace Proofread.Text;

/// <summary>Character classes that Chinese text rules agree on.</summary>
public static class CharClass
{
    /// <summary>A Han ideograph (CJK unified, extension A, compatibility) or a surrogate of one beyond the BMP.</summary>
    public static bool IsHan(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\u3400' && c <= '\u4DBF')
        || (c >= '\uF900' && c <= '\uFAFF')
        || c == '\u3007'
        || char.IsSurrogate(c);

    /// <summary>Punctuation that belongs to Chinese typesetting: CJK symbols, full-width forms, curly quotes, dashes, ellipsis, middle dot.</summary>
    public static bool IsCjkPunctuation(char c) =>
        (c >= '\u3000' && c <= '\u303F')
        || (c >= '\uFF00' && c <= '\uFF0F')
        || (c >= '\uFF1A' && c <= '\uFF20')
        || (c >= '\uFF3B' && c <= '\uFF40')
        || (c >= '\uFF5B' && c <= '\uFF65')
        || c is '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u2014' or '\u2026' or '\u00B7' or '\u2027' or '\u2E3A';

    /// <summary>Full-width letters and digits (Ａ, １), common in People's Daily text.</summary>
    public static bool IsFullWidthAlnum(char c) =>
        (c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A');

    /// <summary>Anything that marks its surroundings as Chinese text.</summary>
    public static bool IsCjk(char c) => IsHan(c) || IsCjkPunctuation(c) || IsFullWidthAlnum(c) || (c >= '\u3040' && c <= '\u30FF');

    public static bool IsAsciiAlnum(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>Spaces and tabs inside a line (not line breaks), including the ideographic space.</summary>
    public static bool IsInlineSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0';

}
