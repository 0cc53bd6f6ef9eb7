using System.Text;
using Proofread.Text;

namespace Proofread.Tests.Text;

public class TextDecoderTests
{
    private const string Sample = "10月18日,市委书记秦国文深入衡南县。\r\n第二行";

    [Theory]
    [InlineData(TextEncodingKind.Utf8)]
    [InlineData(TextEncodingKind.Utf8Bom)]
    [InlineData(TextEncodingKind.Utf16LeBom)]
    [InlineData(TextEncodingKind.Gb18030)]
    public void Decodes_and_encodes_back_byte_for_byte(TextEncodingKind kind)
    {
        byte[] bytes = TextDecoder.Encode(Sample, kind);
        var (text, detected) = TextDecoder.Decode(bytes, "page.txt");
        Assert.Equal(Sample, text);
        Assert.Equal(kind, detected);
        Assert.Equal(bytes, TextDecoder.Encode(text, detected));
    }

    [Fact]
    public void Binary_files_are_refused_by_name()
    {
        var e = Assert.Throws<ProofreadException>(() => TextDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0, 0, 1], "image.txt"));
        Assert.Equal("image.txt", e.Path);
        Assert.Contains("binary", e.Message);
    }

    [Fact]
    public void Undecidable_bytes_are_refused_rather_than_written_as_mojibake()
    {
        // Latin-1 accented text: not UTF-8, and GB18030 would decode it to unrelated CJK-less noise.
        byte[] latin1 = Encoding.Latin1.GetBytes("café déjà vu, naïve façade");
        var e = Assert.Throws<ProofreadException>(() => TextDecoder.Decode(latin1, "notes.txt"));
        Assert.Contains("encoding", e.Message);
    }

    [Fact]
    public void Empty_file_is_fine()
    {
        Assert.Equal((string.Empty, TextEncodingKind.Utf8), TextDecoder.Decode([], "empty.txt"));
    }
}
