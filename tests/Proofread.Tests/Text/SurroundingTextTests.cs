using CsCheck;
using Proofread.Engine;
using Proofread.Rules.Punctuation;
using Proofread.Text;

namespace Proofread.Tests.Text;

public class SurroundingTextTests
{
    /// <summary>𠀀 (U+20000) is one character in two UTF-16 units, a surrogate pair.</summary>
    private const string Rare = "𠀀";

    private static readonly string Nineteen = new('中', 19);

    [Fact]
    public void A_character_beyond_the_bmp_at_the_edge_is_left_out_whole_not_cut_in_half()
    {
        // The comma sits 21 units in: 20 units back starts on the second half of 𠀀.
        string text = Rare + Nineteen + "," + Nineteen + Rare + "文";
        var comma = new TextSpan(text.IndexOf(','), text.IndexOf(',') + 1);

        var (before, after) = SurroundingText.Of(text, comma);

        Assert.Equal(Nineteen, before);
        Assert.Equal(Nineteen, after);
    }

    [Fact]
    public void The_fixer_records_whole_characters_either_side_of_a_fix()
    {
        string text = Rare + Nineteen + "," + Nineteen + Rare + "文";
        var result = new Fixer(new RuleEngine([new HalfWidthPunctuationRule()])).Fix(new SourceText("t", text));

        var fix = Assert.Single(result.Applied);
        Assert.Equal((",", "，"), (fix.Before, fix.After));
        Assert.Equal(Nineteen, fix.ContextBefore);
        Assert.Equal(Nineteen, fix.ContextAfter);
    }

    [Fact]
    public void The_context_is_whole_characters_as_long_as_the_length_allows()
    {
        var texts = Gen.String[Gen.Char["中a,\n"], 0, 30].Select(Gen.Bool.Array[0, 30], (s, rare) =>
            string.Concat(s.Select((c, i) => i < rare.Length && rare[i] ? Rare : c.ToString())));
        var cases =
            from text in texts
            from a in Gen.Int[0, text.Length]
            from b in Gen.Int[0, text.Length]
            from length in Gen.Int[0, 8]
            select (text, Math.Min(a, b), Math.Max(a, b), length);

        cases.Sample((text, start, end, length) =>
        {
            if (Splits(text, start) || Splits(text, end))
            {
                return;
            }

            var (before, after) = SurroundingText.Of(text, new TextSpan(start, end), length);
            Assert.EndsWith(before, text[..start], StringComparison.Ordinal);
            Assert.StartsWith(after, text[end..], StringComparison.Ordinal);
            Assert.False(Splits(text, start - before.Length), "the context before starts inside a pair");
            Assert.False(Splits(text, end + after.Length), "the context after ends inside a pair");

            // Never more than asked, and at most one unit less (a pair left out whole).
            Assert.InRange(before.Length, Math.Min(start, length) - 1, length);
            Assert.InRange(after.Length, Math.Min(text.Length - end, length) - 1, length);
        }, iter: 2000);
    }

    private static bool Splits(string text, int i) =>
        i > 0 && i < text.Length && char.IsHighSurrogate(text[i - 1]) && char.IsLowSurrogate(text[i]);
}
