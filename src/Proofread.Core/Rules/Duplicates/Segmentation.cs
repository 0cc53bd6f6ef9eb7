using Proofread.Lexicon;
using Proofread.Text;

namespace Proofread.Rules.Duplicates;

/// <summary>How the lexicon segments the text around a repetition of a unit at [start, start + n) and [start + n, start + 2n).</summary>
internal readonly record struct Segmentation(
    bool FirstIsWord, bool CopyIsWord, bool FirstAlone, bool CopyAlone, bool FirstEndsWord, bool CopyStartsWord,
    bool LeftMayTakeSuffix, string NeighbourWord, string LeftWord, bool RightIsWordOrEnd)
{
    /// <summary>
    /// Whether the word before may introduce a reduplicated verb ('try, a little'): a pronoun or
    /// a name as subject (大家讨论讨论), a modal or an adverb (要研究研究, 再想想), 来/去/让/请.
    /// </summary>
    public bool LeftMayGovernReduplication(ChineseLexicon lexicon)
    {
        if (LeftWord.Length == 0 || !CharClass.IsHan(LeftWord[^1]))
        {
            return false;
        }

        // Adverbs other than these (不, 没, 很, 有所, 极为) rule the tentative form out.
        string? pos = lexicon.PartOfSpeech(LeftWord);
        return pos is null || pos[0] is 'r' or 'n' || ReduplicationCues.Contains(LeftWord);
    }

    private static readonly HashSet<string> ReduplicationCues = new(StringComparer.Ordinal)
    {
        "要", "得", "来", "去", "让", "请", "给", "帮", "可以", "应该", "应当", "需要", "不妨", "想", "能", "会", "该",
        "先", "再", "好好", "多", "也", "就", "都", "还", "一起", "常", "经常", "常常", "可",
    };

    private const int Margin = 6;

    public static Segmentation Around(ChineseLexicon lexicon, string text, int start, int n)
    {
        int from = Math.Max(0, start - Margin), to = Math.Min(text.Length, start + 2 * n + Margin);
        int copy = start + n, end = start + 2 * n;
        bool firstIsWord = false, copyIsWord = false, firstEndsWord = false, copyStartsWord = false;
        string neighbour = "", left = "";
        bool rightIsWordOrEnd = true;
        int pos = from;
        foreach (string w in lexicon.Segment(text.AsSpan(from, to - from)))
        {
            int wEnd = pos + w.Length;
            if (pos == start && wEnd == copy)
            {
                firstIsWord = true;
            }
            else if (pos < start && wEnd == copy)
            {
                firstEndsWord = true;
                neighbour = w;
            }

            if (pos == copy && wEnd == end)
            {
                copyIsWord = true;
            }
            else if (pos == copy && wEnd > end)
            {
                copyStartsWord = true;
                neighbour = w;
            }

            if (wEnd == start)
            {
                left = w;
            }

            if (pos == end)
            {
                // A line break may hide the rest of a word the layout cut (全市市⏎⏎有).
                rightIsWordOrEnd = w.Length > 1 || !(CharClass.IsHan(w[0]) || w[0] is '\n' or '\r');
            }

            pos = wEnd;
        }

        // A name or place the lexicon does not know ends in a lone character or a word of its own;
        // a numeral or a one-character pronoun takes a suffix too (3部, 两国, 我市).
        string? leftPos = left.Length > 0 ? lexicon.PartOfSpeech(left) : null;
        bool leftMayTakeSuffix = left.Length > 0
            && (char.IsAsciiLetterOrDigit(left[^1]) || (CharClass.IsHan(left[^1]) && (leftPos is null || leftPos[0] is 'n' or 'm' || (leftPos[0] == 'r' && left.Length == 1))));
        return new Segmentation(firstIsWord, copyIsWord, firstIsWord && n == 1, copyIsWord && n == 1, firstEndsWord, copyStartsWord, leftMayTakeSuffix, neighbour, left, rightIsWordOrEnd);
    }
}
