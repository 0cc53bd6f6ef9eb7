namespace Proofread.Text;

/// <summary>
/// The decoded text of one file, with the encoding it came in, so that it can be written back
/// byte for byte outside the edited spans. Line endings (LF, CRLF, CR) are kept inside <see cref="Text"/>.
/// </summary>
public sealed class SourceText
{
    public SourceText(string path, string text, TextEncodingKind encoding = TextEncodingKind.Utf8)
    {
        Path = path;
        Text = text;
        Encoding = encoding;
    }

    public string Path { get; }

    public string Text { get; }

    public TextEncodingKind Encoding { get; }

    /// <summary>The newline this file mostly uses, for rules that must insert one.</summary>
    public string Newline => Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    public static SourceText FromBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var (text, encoding) = TextDecoder.Decode(bytes, path);
        return new SourceText(path, text, encoding);
    }

    /// <summary>Reads and decodes a file; every failure becomes a <see cref="ProofreadException"/> naming it.</summary>
    public static SourceText Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new ProofreadException("no such file", path);
        }
        catch (DirectoryNotFoundException)
        {
            throw new ProofreadException("no such file or folder", path);
        }
        catch (UnauthorizedAccessException)
        {
            throw new ProofreadException("permission denied", path);
        }
        catch (IOException e)
        {
            throw new ProofreadException($"cannot read: {e.Message}", path, e);
        }

        return FromBytes(path, bytes);
    }

    public SourceText WithText(string text) => new(Path, text, Encoding);

    public byte[] ToBytes() => TextDecoder.Encode(Text, Encoding);
}
