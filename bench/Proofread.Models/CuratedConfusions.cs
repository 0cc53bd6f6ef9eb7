namespace Proofread.Models.Build;

/// <summary>
/// The classic OCR confusions of Chinese print, written down by hand: groups of characters read
/// for one another (every pair, both ways), and marks read as characters (one way only).
/// </summary>
internal static class CuratedConfusions
{
    private static readonly string[][] Groups =
    [
        ["己", "已", "巳"], ["未", "末"], ["人", "入"], ["日", "曰"], ["千", "干"], ["县", "具"],
        ["贺", "货"], ["替", "蔡"], ["士", "土"], ["戊", "戌", "戍"], ["太", "大"], ["农", "衣"],
        ["合", "台"], ["界", "军"], ["竟", "竞"], ["于", "手"], ["着", "看"], ["令", "今"],
        ["巴", "已"], ["月", "日"],
    ];

    /// <summary>What the OCR printed, what the page said, and where the pair applies.</summary>
    private static readonly (string Read, string Meant, string Note)[] Marks =
    [
        ("一一一", "——", "a dash read as the character 一"),
        ("1", "！", "an exclamation mark read as a digit, after Chinese text"),
        ("*", "“", "an opening quotation mark read as an asterisk"),
        ("0", "〇", "the zero of a Chinese numeral (二0二一) read as a digit"),
        ("○", "〇", "the zero of a Chinese numeral printed as a circle"),
        ("O", "〇", "the zero of a Chinese numeral read as a letter"),
    ];

    public static IEnumerable<ConfusionRow> Rows()
    {
        foreach (var group in Groups)
        {
            foreach (string read in group)
            {
                foreach (string meant in group.Where(m => m != read))
                {
                    yield return new ConfusionRow(read, meant, "curated", "1", "");
                }
            }
        }

        foreach (var (read, meant, note) in Marks)
        {
            yield return new ConfusionRow(read, meant, "curated", "1", note);
        }
    }
}

/// <summary>One line of the confusion table.</summary>
internal sealed record ConfusionRow(string Read, string Meant, string Source, string Weight, string Note)
{
    public override string ToString() => $"{Read}\t{Meant}\t{Source}\t{Weight}\t{Note}";
}
