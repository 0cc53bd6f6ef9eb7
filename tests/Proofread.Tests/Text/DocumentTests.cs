using CsCheck;
using Proofread.Text;

namespace Proofread.Tests.Text;

public class DocumentTests
{
    [Fact]
    public void Lines_and_blocks_have_exact_offsets()
    {
        var doc = Document.FromText("标题\r\n\r\n第一段\n  \n第二段\n续行\n");
        Assert.Equal(["标题", "", "第一段", "  ", "第二段", "续行"], doc.Lines.Select(l => doc.Slice(l.Span)).ToArray());
        Assert.Equal(3, doc.Blocks.Count);
        Assert.Equal("第二段\n续行", doc.BlockText(doc.Blocks[2]));
        Assert.Equal(2, doc.Blocks[2].LineCount);
        Assert.True(doc.Lines[3].IsBlank);
        Assert.Equal("\r\n", doc.Slice(new TextSpan(doc.Lines[0].Span.End, doc.Lines[0].SpanIncludingBreak.End)));
    }

    [Fact]
    public void Lines_with_their_breaks_cover_the_text_exactly()
    {
        Gen.String[Gen.Char["a中\r\n "], 0, 30].Sample(text =>
        {
            var doc = Document.FromText(text);
            Assert.Equal(text, string.Concat(doc.Lines.Select(l => doc.Slice(l.SpanIncludingBreak))));
            foreach (var block in doc.Blocks)
            {
                Assert.False(string.IsNullOrWhiteSpace(doc.BlockText(block)));
            }
        });
    }

    [Fact]
    public void Line_map_counts_columns_and_offsets_in_code_points()
    {
        // 𠀀 (U+20000) is one code point but two UTF-16 units.
        var map = new LineMap("ab\n𠀀,c");
        Assert.Equal((2, 1), map.LineColumn(3));
        Assert.Equal((2, 2), map.LineColumn(5));
        Assert.Equal(4, map.ToCodePoint(5));
        Assert.Equal(6, map.ToCodePoint(7));
    }

    [Fact]
    public void Empty_text_is_one_blank_line_and_no_block()
    {
        var doc = Document.FromText("");
        Assert.Single(doc.Lines);
        Assert.Empty(doc.Blocks);
    }
}
