namespace Proofread.Vocabulary;

/// <summary>
/// Classes of punctuation that the rules and the page model agree on: what closes a sentence,
/// what continues one, what opens a quotation or bracket. Whether a piece of text ends a sentence
/// is <see cref="SentenceEnd"/>'s question, built on these.
/// </summary>
public static class Marks
{
    /// <summary>The marks of running text inside and at the end of a sentence: clause breaks (，；) and full stops (。！？).</summary>
    public const string RunningText = "，；。！？";

    /// <summary>
    /// A full stop, question or exclamation mark, or an ellipsis, full- or half-width: a closing
    /// quotation mark or bracket after one of these closes a sentence, not only a quotation.
    /// </summary>
    public static bool IsStop(char c) => c is '。' or '！' or '？' or '…' or '!' or '?' or '.';

    /// <summary>A closing quotation mark or bracket: ” ’ ） 」 』 》 】 ).</summary>
    public static bool IsClosingMark(char c) => c is '”' or '’' or '）' or '」' or '』' or '》' or '】' or ')';

    /// <summary>An opening quotation mark, bracket or title mark: “ ‘ （ 《 「 『 【 (.</summary>
    public static bool IsOpeningMark(char c) => c is '“' or '‘' or '（' or '《' or '「' or '『' or '【' or '(';

    /// <summary>A comma, enumeration comma or semicolon (full- or half-width): the sentence goes on.</summary>
    public static bool IsContinuing(char c) => c is '，' or '、' or '；' or ',' or ';';

    /// <summary>
    /// Punctuation that can end a sentence or a paragraph in Chinese text: the stops, the closing
    /// marks, and the semicolon and colon that end a list item or introduce what follows.
    /// </summary>
    public static bool IsFinal(char c) => IsStop(c) || IsClosingMark(c) || c is '；' or '：';
}
