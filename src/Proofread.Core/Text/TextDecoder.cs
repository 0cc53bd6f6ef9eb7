using System.Text;

namespace Proofread.Text;

/// <summary>
/// Turns a file's bytes into text and says how, refusing anything it cannot decode
/// faithfully: a file is only accepted when encoding the decoded text gives back the same bytes,
/// so writing it back can never produce mojibake.
/// </summary>
public static class TextDecoder
{
    public static (string Text, TextEncodingKind Encoding) Decode(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (DecodeOrThrow(bytes[3..], TextEncodingKind.Utf8Bom, path), TextEncodingKind.Utf8Bom);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (DecodeOrThrow(bytes[2..], TextEncodingKind.Utf16LeBom, path), TextEncodingKind.Utf16LeBom);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (DecodeOrThrow(bytes[2..], TextEncodingKind.Utf16BeBom, path), TextEncodingKind.Utf16BeBom);
        }

        if (bytes.Contains((byte)0))
        {
            throw new ProofreadException("binary file (contains NUL bytes), skipped", path);
        }

        if (TryDecode(bytes, TextEncodingKind.Utf8, out string? utf8))
        {
            return (utf8, TextEncodingKind.Utf8);
        }

        if (TryDecode(bytes, TextEncodingKind.Gb18030, out string? gb) && LooksLikeChinese(gb))
        {
            return (gb, TextEncodingKind.Gb18030);
        }

        throw new ProofreadException(
            "cannot determine the text encoding (not UTF-8, UTF-16 with BOM, or GB18030/GBK); convert the file to UTF-8 and try again",
            path);
    }

    public static byte[] Encode(string text, TextEncodingKind encoding)
    {
        byte[] preamble = encoding.Preamble();
        Encoding enc = encoding.Strict();
        byte[] result = new byte[preamble.Length + enc.GetByteCount(text)];
        preamble.CopyTo(result, 0);
        enc.GetBytes(text, 0, text.Length, result, preamble.Length);
        return result;
    }

    private static string DecodeOrThrow(ReadOnlySpan<byte> bytes, TextEncodingKind kind, string path)
    {
        if (TryDecode(bytes, kind, out string? text))
        {
            return text;
        }

        throw new ProofreadException($"the file starts with a {kind.Name()} byte-order mark but is not valid {kind.Name()}", path);
    }

    private static bool TryDecode(ReadOnlySpan<byte> bytes, TextEncodingKind kind, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        Encoding enc = kind.Strict();
        try
        {
            text = enc.GetString(bytes);
            byte[] back = enc.GetBytes(text);
            if (!bytes.SequenceEqual(back))
            {
                text = null;
            }
        }
        catch (DecoderFallbackException)
        {
            text = null;
        }
        catch (EncoderFallbackException)
        {
            text = null;
        }

        return text is not null;
    }

    /// <summary>
    /// GB18030 accepts many byte sequences that are not Chinese text; demand that what it decodes
    /// is mostly CJK and free of control characters before trusting it.
    /// </summary>
    private static bool LooksLikeChinese(string text)
    {
        int nonAscii = 0, cjk = 0;
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
                {
                    return false;
                }

                continue;
            }

            nonAscii++;
            if (CharClass.IsCjk(c))
            {
                cjk++;
            }
        }

        return nonAscii > 0 && cjk >= nonAscii * 0.8;
    }
}
