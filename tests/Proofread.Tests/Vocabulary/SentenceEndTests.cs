using Proofread.Vocabulary;

namespace Proofread.Tests.Vocabulary;

/// <summary>
/// The two questions "does this end a sentence" are asked differently on purpose: these cases
/// pin down where they differ, so that a change to one is a decision, not an accident.
/// </summary>
public class SentenceEndTests
{
    [Theory]
    [InlineData("会议结束。", true, true)]
    [InlineData("他说：“好。”", true, true)]
    [InlineData("唱响“两个驱动”", true, false)] // a quotation closes, the sentence does not
    [InlineData("会议提出三点要求：", false, true)] // a colon introduces a block below
    [InlineData("一是加强领导；", false, false)] // a list item goes on
    [InlineData("秦国文强调——", false, true)] // a kicker's dash
    [InlineData("扎实推进各项工作落地见效（据新华社）", false, true)] // a story's closing tag
    [InlineData("全市上下攻坚克难，", false, false)]
    public void A_line_and_a_block_end_a_sentence_differently(string text, bool endsLine, bool endsBlock)
    {
        Assert.Equal(endsLine, SentenceEnd.EndsLine(text));
        Assert.Equal(endsBlock, SentenceEnd.EndsBlock(text, text.Length, 0));
    }

    [Fact]
    public void Final_marks_are_the_stops_the_closing_marks_and_semicolon_and_colon()
    {
        foreach (char c in "。！？…!?.”’）」』》】)；：")
        {
            Assert.True(Marks.IsFinal(c), $"'{c}' ends a sentence");
        }

        foreach (char c in "，、,;“（《—")
        {
            Assert.False(Marks.IsFinal(c), $"'{c}' does not end a sentence");
        }
    }
}
