using System.Text;

namespace Proofread.Text;

/// <summary>How a file's bytes were decoded, so that it can be written back the same way.</summary>
public enum TextEncodingKind
{
    Utf8,
    Utf8Bom,
    Utf16LeBom,
    Utf16BeBom,
    Gb18030,
}

public static class TextEncodingKinds
{
    static TextEncodingKinds()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The name used in messages and the store: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030.</summary>
    public static string Name(this TextEncodingKind kind) => kind switch
    {
        TextEncodingKind.Utf8 => "utf-8",
        TextEncodingKind.Utf8Bom => "utf-8-bom",
        TextEncodingKind.Utf16LeBom => "utf-16le",
        TextEncodingKind.Utf16BeBom => "utf-16be",
        TextEncodingKind.Gb18030 => "gb18030",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A strict encoding: it throws rather than substitute a replacement character.</summary>
    public static Encoding Strict(this TextEncodingKind kind) => kind switch
    {
        TextEncodingKind.Utf8 or TextEncodingKind.Utf8Bom => new UTF8Encoding(false, true),
        TextEncodingKind.Utf16LeBom => new UnicodeEncoding(false, false, true),
        TextEncodingKind.Utf16BeBom => new UnicodeEncoding(true, false, true),
        TextEncodingKind.Gb18030 => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static byte[] Preamble(this TextEncodingKind kind) => kind switch
    {
        TextEncodingKind.Utf8Bom => [0xEF, 0xBB, 0xBF],
        TextEncodingKind.Utf16LeBom => [0xFF, 0xFE],
        TextEncodingKind.Utf16BeBom => [0xFE, 0xFF],
        _ => [],
    };
}
