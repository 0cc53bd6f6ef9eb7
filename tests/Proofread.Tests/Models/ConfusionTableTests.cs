using Proofread.Models;

namespace Proofread.Tests.Models;

public class ConfusionTableTests
{
    private static ConfusionTable Parse(string text, string name = "test.tsv") => ConfusionTable.Parse(new StringReader(text), name);

    [Fact]
    public void The_shipped_table_holds_the_curated_pairs_both_ways_and_the_glyph_neighbours()
    {
        var table = ConfusionTable.Shared;
        foreach (var (a, b) in new[] { ("己", "已"), ("未", "末"), ("人", "入"), ("日", "曰"), ("戊", "戌"), ("竟", "竞"), ("月", "日") })
        {
            Assert.True(table.Find(a, b)?.IsAttested, $"{a}→{b}");
            Assert.True(table.Find(b, a)?.IsAttested, $"{b}→{a}");
        }

        Assert.Equal("——", table.Find("一一一", "——")?.Meant);
        Assert.Null(table.Find("——", "一一一")); // marks one way only
        Assert.Contains(table.CandidatesFor("赢"), c => c.Meant == "羸" && c.Sources == ConfusionSources.Glyph && c.Similarity > 0.75);
        Assert.True(table.Count > 6763);
    }

    [Fact]
    public void Candidates_come_curated_first_then_learned_by_count_then_glyphs_by_similarity()
    {
        var table = Parse("read\tmeant\tsource\tweight\tnote\n"
            + "已\t巳\tglyph\t0.924\t\n已\t己\tglyph\t0.945\t\n已\t巴\tlearned\t3\t\n已\t乙\tlearned\t7\t\n已\t巳\tcurated\t1\t\n");
        Assert.Equal(["巳", "乙", "巴", "己"], table.CandidatesFor("已").Select(c => c.Meant));
        var merged = table.Find("已", "巳")!;
        Assert.Equal(ConfusionSources.Glyph | ConfusionSources.Curated, merged.Sources);
        Assert.Equal(0.924, merged.Similarity);
    }

    [Fact]
    public void A_learned_table_merges_into_the_shipped_one_adding_counts()
    {
        var learned = Parse("# learned\nread\tmeant\tsource\tweight\tnote\n末\t未\tlearned\t4\t\n丕\t不\tlearned\t2\t\n");
        var both = ConfusionTable.Shared.With(learned).With(learned);
        Assert.Equal(8, both.Find("末", "未")!.Count);
        Assert.True(both.Find("末", "未")!.Sources.HasFlag(ConfusionSources.Curated));
        Assert.True(both.Find("丕", "不")!.IsAttested);
        Assert.False(ConfusionTable.Shared.Find("丕", "不")?.IsAttested ?? false);
    }

    [Fact]
    public void A_written_table_reads_back_the_same()
    {
        var table = Parse("read\tmeant\tsource\tweight\tnote\n一一一\t——\tcurated\t1\ta dash\n末\t未\tlearned\t4\t\n末\t未\tglyph\t0.959\t\n");
        var text = new StringWriter();
        table.Write(text, ["a comment"]);
        var again = Parse(text.ToString());
        Assert.StartsWith("# a comment\n" + ConfusionTable.Header, text.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(table.Pairs.OrderBy(p => p.Read), again.Pairs.OrderBy(p => p.Read));
    }

    [Theory]
    [InlineData("read\tmeant\n", "line 1: expected the header")]
    [InlineData("read\tmeant\tsource\tweight\tnote\n末\t未\tguess\t1\t\n", "line 2: unknown source 'guess'")]
    [InlineData("read\tmeant\tsource\tweight\tnote\n# ok\n末\t未\tglyph\t1.5\t\n", "line 3: bad weight '1.5'")]
    [InlineData("read\tmeant\tsource\tweight\tnote\n末\t未\tlearned\t0\t\n", "line 2: bad weight '0'")]
    [InlineData("read\tmeant\tsource\tweight\tnote\n末 未 learned 2\n", "line 2: expected 'read meant source weight [note]'")]
    [InlineData("read\tmeant\tsource\tweight\tnote\n末\t末\tcurated\t1\t\n", "line 2: expected")]
    public void A_bad_line_is_refused_naming_the_file_and_line(string text, string message)
    {
        var e = Assert.Throws<ProofreadException>(() => Parse(text, "mine.tsv"));
        Assert.Equal("mine.tsv", e.Path);
        Assert.StartsWith(message, e.Message);
    }
}
