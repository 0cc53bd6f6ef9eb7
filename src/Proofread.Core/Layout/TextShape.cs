using Proofread.Text;
using Proofread.Vocabulary;

namespace Proofread.Layout;

/// <summary>
/// The shape of a piece of a page, read from its characters alone: running text or a headline,
/// a fragment, a row of a table. Cheap checks, no lexicon; what they conclude is evidence for the
/// break and furniture rules, never a verdict by itself.
/// </summary>
public static class TextShape
{
    /// <summary>Blocks longer than this (in characters, spaces excluded) are never taken for headlines.</summary>
    public const int MaxHeadlineLength = 50;

    /// <summary>Lines up to this long that open a block of several lines may be its heading.</summary>
    private const int HeadingLineLength = 10;

    /// <summary>
    /// Short, with no sentence-ending mark anywhere and not ending in a comma or an ellipsis: the shape of a
    /// headline, kicker or sub-head (and of some stranded pieces of text, which is why the shape
    /// alone decides nothing).
    /// </summary>
    public static bool IsHeadlineShaped(Document document, Block block)
    {
        var text = document[block.Span];
        int length = 0;
        char last = '\0';
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c is '。' or '！' or '？' || ((c is '!' or '?') && length > 0 && CharClass.IsCjk(last)))
            {
                return false;
            }

            length++;
            last = c;
        }

        return length > 0 && length <= MaxHeadlineLength && !(Marks.IsContinuing(last) || last == '…');
    }

    /// <summary>A space between two Chinese characters: headlines set their phrases apart this way, running text never does.</summary>
    public static bool HasSpacedPhrases(ReadOnlySpan<char> text)
    {
        for (int i = 1; i < text.Length - 1; i++)
        {
            if (!CharClass.IsInlineSpace(text[i]) || !CharClass.IsCjk(text[i - 1]))
            {
                continue;
            }

            int j = i;
            while (j < text.Length && CharClass.IsInlineSpace(text[j]))
            {
                j++;
            }

            if (j < text.Length && (CharClass.IsCjk(text[j]) || char.IsAsciiDigit(text[j])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Running text has sentence or clause punctuation inside it (an enumeration comma alone does
    /// not count: headlines use it; nor does a colon, unless a quotation follows it: 官方网站：衡阳全搜索网
    /// is a label and its value; nor length: weather tables run long).
    /// </summary>
    public static bool IsRunningText(ReadOnlySpan<char> text)
    {
        char previous = '\0';
        foreach (char c in text)
        {
            if (Marks.RunningText.Contains(c) || (c is ',' or ';' && CharClass.IsCjk(previous))
                || (c == '“' && previous is '：' or ':'))
            {
                return true;
            }

            previous = c;
        }

        return false;
    }

    /// <summary>
    /// A comma or semicolon, or a colon opening a quotation: the text is built of clauses, as
    /// running text is. (A colon alone does not count: 新闻热线：8611110 is a label and its value.)
    /// </summary>
    public static bool HasClausePunctuation(ReadOnlySpan<char> text) =>
        text.IndexOfAny("，；") >= 0 || text.IndexOf("：“", StringComparison.Ordinal) >= 0;

    /// <summary>The block's first line is a short phrase without punctuation and more lines follow it (遗失声明⏎衡阳市…).</summary>
    public static bool OpensWithHeadingLine(Document document, Block block)
    {
        if (block.LineCount < 2)
        {
            return false;
        }

        var first = document[document.Lines[block.FirstLine].Trimmed];
        return first.Length is > 0 and <= HeadingLineLength && first.IndexOfAny("，。；：！？、,.;:!?") < 0
            && document.Lines[block.FirstLine + 1].Trimmed.Length > first.Length;
    }

    /// <summary>Counts the Han characters of <paramref name="text"/>, stopping once <paramref name="limit"/> is reached.</summary>
    public static int HanCount(ReadOnlySpan<char> text, int limit)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (CharClass.IsHan(c) && ++count >= limit)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>
    /// A row of a list or table set in columns: three or more items apart by spaces beside Chinese
    /// text, and no clause punctuation (王小明 王建军 邓立平 刘湘梅; 湘江风光带提质工程 8.3 完工). Its lines are as wide
    /// as wrapped prose, but each ends where it means to.
    /// </summary>
    public static bool IsColumnar(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (LinePatterns.OpensParagraph(trimmed))
        {
            return false; // 本报讯 （记者 彭斌） 立足新发展阶段…: a story's opening, its byline set apart
        }

        int gaps = 0;
        for (int i = 1; i < trimmed.Length; i++)
        {
            char c = trimmed[i];
            if (c is '，' or '。' or '；' or '：' or '！' or '？' or '、' or ',' or ';')
            {
                return false;
            }

            if (char.IsWhiteSpace(c) && !char.IsWhiteSpace(trimmed[i - 1]))
            {
                // Spaces between Latin words are no columns; a gap beside Chinese is.
                int after = i;
                while (after < trimmed.Length && char.IsWhiteSpace(trimmed[after]))
                {
                    after++;
                }

                if (CharClass.IsCjk(trimmed[i - 1]) || (after < trimmed.Length && CharClass.IsCjk(trimmed[after])))
                {
                    gaps++;
                }
            }
        }

        return gaps >= 2;
    }
}
