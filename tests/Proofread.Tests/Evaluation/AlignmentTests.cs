using System.Text;
using CsCheck;
using Proofread.Evaluation;

namespace Proofread.Tests.Evaluation;

public class AlignmentTests
{
    private static readonly Gen<string> Texts = Gen.String[Gen.Char["ab中文。 \n𠮷"], 0, 200];

    /// <summary>The steps, applied to the first text, give the second: the alignment is a real edit script.</summary>
    public static string Apply(Alignment alignment)
    {
        var result = new StringBuilder();
        int from = 0, to = 0;
        foreach (var step in alignment.Steps)
        {
            switch (step)
            {
                case EditStep.Match:
                    Assert.Equal(alignment.From[from], alignment.To[to]);
                    result.Append(Text(alignment.From[from++]));
                    to++;
                    break;
                case EditStep.Substitute:
                    Assert.NotEqual(alignment.From[from++], alignment.To[to]);
                    result.Append(Text(alignment.To[to++]));
                    break;
                case EditStep.Delete:
                    from++;
                    break;
                case EditStep.Insert:
                    result.Append(Text(alignment.To[to++]));
                    break;
            }
        }

        Assert.Equal(alignment.From.Count, from);
        return result.ToString();
    }

    /// <summary>A code point as text; a lone surrogate (the generator makes them) as itself.</summary>
    private static string Text(int codePoint) => codePoint < 0x10000 ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);

    [Fact]
    public void Short_pairs_align_at_the_cost_of_the_quadratic_table() =>
        Gen.Select(Texts, Texts).Sample((a, b) =>
        {
            var alignment = Alignment.Of(a, b);
            Assert.Equal(b, Apply(alignment));
            Assert.Equal(EditDistanceTests.Reference(a, b), alignment.Cost);
        }, iter: 2000);

    [Fact]
    public void Long_pairs_split_by_Hirschberg_align_at_the_Levenshtein_distance() =>
        Gen.Select(Gen.String[Gen.Char["甲乙丙丁\n"], 300, 1500], Gen.Int[0, 1 << 20].Array[0, 60]).Sample((text, edits) =>
        {
            // Damage spread over the whole text, so no common prefix or suffix takes the work away.
            var damaged = new StringBuilder(text);
            foreach (int edit in edits)
            {
                int at = edit % damaged.Length;
                switch (edit % 3)
                {
                    case 0:
                        damaged.Insert(at, "乙甲\n");
                        break;
                    case 1:
                        damaged.Remove(at, Math.Min(3, damaged.Length - at - 1));
                        break;
                    default:
                        damaged[at] = '戊';
                        break;
                }
            }

            var alignment = Alignment.Of(damaged.ToString(), text);
            Assert.Equal(text, Apply(alignment));
            Assert.Equal(EditDistance.Levenshtein(damaged.ToString(), text), alignment.Cost);
        }, iter: 60);

    [Fact]
    public void Pages_split_at_their_shared_lines_still_align_at_the_Levenshtein_distance() =>
        // Lines drawn from few long ones, so texts share lines, repeat them and move them about:
        // the split at shared lines must be checked and dropped when it is not optimal.
        Gen.Select(Gen.Int[0, 5].Array[1, 30], Gen.Int[0, 5].Array[1, 30]).Sample((x, y) =>
        {
            string[] lines = ["第一行的文字足够长了。", "第二行也是这样长的一句。", "甲乙丙丁戊己庚辛壬癸", "甲乙丙丁戊己庚辛壬", "这一行只出现在某处！", "短"];
            string a = string.Join("\n", x.Select(i => lines[i])), b = string.Join("\n", y.Select(i => lines[i]));
            var alignment = Alignment.Of(a, b);
            Assert.Equal(b, Apply(alignment));
            Assert.Equal(EditDistance.Levenshtein(a, b), alignment.Cost);
        }, iter: 500);

    [Fact]
    public void Texts_with_nothing_in_common_or_one_empty_align_too()
    {
        Assert.Equal(EditStep.Insert, Assert.Single(Alignment.Of("", "甲").Steps));
        Assert.Equal(EditStep.Delete, Assert.Single(Alignment.Of("甲", "").Steps));
        Assert.Empty(Alignment.Of("", "").Steps);
        string a = new('甲', 700), b = new('乙', 500);
        var alignment = Alignment.Of(a, b);
        Assert.Equal(700, alignment.Cost);
        Assert.Equal(b, Apply(alignment));
    }
}
