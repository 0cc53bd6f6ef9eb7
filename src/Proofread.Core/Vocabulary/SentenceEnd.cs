namespace Proofread.Vocabulary;

/// <summary>
/// Whether a piece of text ends a sentence. Two questions are asked and they differ on purpose:
/// a printed line that may end its paragraph (<see cref="EndsLine"/>) and a block that a column
/// break cannot have cut (<see cref="EndsBlock"/>). Both rest on <see cref="Marks.IsFinal"/>.
/// </summary>
public static class SentenceEnd
{
    /// <summary>
    /// A printed line of a hard-wrapped page ends a sentence: its last character is final
    /// punctuation other than a semicolon or colon (a list item or a lead-in goes on) or a
    /// closing bracket (a tag or aside inside the paragraph).
    /// </summary>
    public static bool EndsLine(ReadOnlySpan<char> line) =>
        line.Length > 0 && Marks.IsFinal(line[^1]) && line[^1] is not ('；' or '：' or ')' or '）');

    /// <summary>
    /// The text of a block before <paramref name="end"/> (from <paramref name="start"/>) ends a
    /// sentence: a full stop, question or exclamation mark, an ellipsis, a closing quotation mark
    /// or bracket after one of those, a colon (it introduces what follows as a block) or a dash (a
    /// kicker's), or a story's closing tag. A closing mark after a word (“两个驱动”) closes a
    /// quotation, not the sentence; a semicolon may end a list item set as a paragraph.
    /// </summary>
    public static bool EndsBlock(string text, int end, int start)
    {
        char c = text[end - 1];
        if (Marks.IsClosingMark(c))
        {
            if (end - 2 >= start && Marks.IsStop(text[end - 2]))
            {
                return true;
            }

            // A source or column tag after the last sentence: …完成。（新华社） …水平。（理论信息）;
            // a story's closing tag ends it even where the full stop is missing: …见效（据新华社）, …（完）
            if (c is '）' or ')')
            {
                int open = text.LastIndexOf(c == '）' ? '（' : '(', end - 2, Math.Min(end - 1 - start, 24));
                return open >= start && (StoryTags.ClosesStory(text.AsSpan(open + 1, end - open - 2)) || (open > start && EndsBlock(text, open, start)));
            }

            return false;
        }

        return c is not '；' && (Marks.IsFinal(c) || c is '—' or '－' or ':' or '…');
    }
}
