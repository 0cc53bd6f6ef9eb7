using System.Text;
using Proofread.Text;

namespace Proofread.Evaluation;

/// <summary>
/// How texts are compared with gold: line breaks unified, trailing spaces removed, and blank-line
/// runs folded to one line break, so paragraph spacing is no error; full-width letters and digits
/// read as their ASCII twins (１０ = 10), since their width is a paper's house style, not OCR damage.
/// The overall distance and the distances by damage class are both taken on this text, so the
/// classes add up to the total.
/// </summary>
public static class GoldText
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOfAny(['\n', '\r'], start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start).TrimEnd(" \t\u3000");
            if (!line.IsEmpty)
            {
                if (sb.Length > 0)
                {
                    sb.Append('\n');
                }

                foreach (char c in line)
                {
                    sb.Append(AsciiTwin(c));
                }
            }

            start = end + (end + 1 < text.Length && text[end] == '\r' && text[end + 1] == '\n' ? 2 : 1);
        }

        return sb.ToString();
    }

    /// <summary>Ａ–Ｚ, ａ–ｚ and ０–９ as A–Z, a–z and 0–9; every other character as itself (marks keep their width).</summary>
    public static char AsciiTwin(char c) => CharClass.IsFullWidthAlnum(c) ? (char)(c - 0xFEE0) : c;
}
