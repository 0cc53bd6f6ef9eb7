using System.Text;

namespace Proofread.Evaluation;

/// <summary>How texts are compared with gold: line breaks unified, trailing spaces removed, and
/// blank-line runs folded to one line break, so paragraph spacing is no error.</summary>
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

                sb.Append(line);
            }

            start = end + (end + 1 < text.Length && text[end] == '\r' && text[end + 1] == '\n' ? 2 : 1);
        }

        return sb.ToString();
    }
}
