using CsCheck;
using Proofread.Evaluation;

namespace Proofread.Tests.Evaluation;

public class EditDistanceTests
{
    // A small alphabet makes matches common; lengths beyond 64 and 128 cross block boundaries.
    private static readonly Gen<string> Texts = Gen.String[Gen.Char["ab中文。\n𠮷"], 0, 200];

    /// <summary>The textbook quadratic table, on code points: the independent reference.</summary>
    public static int Reference(string a, string b)
    {
        int[] x = EditDistance.CodePoints(a), y = EditDistance.CodePoints(b);
        var previous = new int[y.Length + 1];
        var row = new int[y.Length + 1];
        for (int j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= x.Length; i++)
        {
            row[0] = i;
            for (int j = 1; j <= y.Length; j++)
            {
                row[j] = Math.Min(Math.Min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }

            (previous, row) = (row, previous);
        }

        return previous[y.Length];
    }

    [Fact]
    public void Agrees_with_the_quadratic_table() =>
        Gen.Select(Texts, Texts).Sample((a, b) => Assert.Equal(Reference(a, b), EditDistance.Levenshtein(a, b)), iter: 3000);

    [Fact]
    public void Agrees_with_the_quadratic_table_on_long_similar_texts() =>
        Gen.Select(Gen.String[Gen.Char["甲乙丙丁"], 100, 400], Gen.Int[0, 20].Array[0, 12]).Sample((text, cuts) =>
        {
            var damaged = new System.Text.StringBuilder(text);
            foreach (int cut in cuts)
            {
                int at = cut * damaged.Length / 21;
                damaged.Insert(at, "乙甲");
                damaged.Remove(Math.Min(at + 5, damaged.Length - 1), 1);
            }

            Assert.Equal(Reference(text, damaged.ToString()), EditDistance.Levenshtein(text, damaged.ToString()));
        }, iter: 300);

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "中文", 2)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("集体经济经济发展", "集体经济发展", 2)]
    [InlineData("𠮷野家", "吉野家", 1)]
    public void Known_distances(string a, string b, int expected) => Assert.Equal(expected, EditDistance.Levenshtein(a, b));

    [Fact]
    public void Normalization_folds_blank_line_runs_and_trailing_spaces()
    {
        Assert.Equal("甲\n乙\n　丙", GoldText.Normalize("甲  \r\n\r\n\n乙\t\n \n　丙　\n\n"));
    }
}
