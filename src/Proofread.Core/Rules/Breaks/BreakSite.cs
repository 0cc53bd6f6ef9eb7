using Proofread.Layout;
using Proofread.Lexicon;
using Proofread.Text;
using Proofread.Vocabulary;

namespace Proofread.Rules.Breaks;

/// <summary>
/// A candidate column break: the two blocks either side of it, the white space between them
/// (<see cref="Break"/>, what a join deletes), and what the shape of each piece says. The
/// evidence parts (<see cref="BreakClues"/>) read it; none of them changes it.
/// </summary>
public sealed class BreakSite
{
    /// <summary>A block of at most this many Chinese characters and nothing else is a stranded fragment, not a headline.</summary>
    public const int TinyFragment = 4;

    private BreakSite(Document document, Block first, Block second, int start, int end)
    {
        Document = document;
        First = first;
        Second = second;
        Start = start;
        End = end;
        ClosesOnNext = BreakWords.CannotOpenText(Next) || ((Next is ',' or ';') && CharClass.IsCjk(Last))
            || (Last == '—' && Next == '—')
            || NumberCut.IsRange(BeforeLast, Last, Next);
    }

    public Document Document { get; }

    public string Text => Document.Text;

    public Block First { get; }

    public Block Second { get; }

    /// <summary>Where the break starts: the end of the first piece, trailing white space left out.</summary>
    public int Start { get; }

    /// <summary>Where the break ends: the start of the second piece's text.</summary>
    public int End { get; }

    public TextSpan Break => new(Start, End);

    /// <summary>The first piece's last character.</summary>
    public char Last => Text[Start - 1];

    /// <summary>The character before <see cref="Last"/> in the first piece, or <c>'\0'</c>.</summary>
    public char BeforeLast => Start - 2 >= First.Span.Start ? Text[Start - 2] : '\0';

    /// <summary>The second piece's first character.</summary>
    public char Next => Text[End];

    /// <summary>The character after <see cref="Next"/> in the second piece, or <c>'\0'</c>.</summary>
    public char AfterNext => End + 1 < Second.Span.End ? Text[End + 1] : '\0';

    /// <summary>The first piece, up to the break.</summary>
    public ReadOnlySpan<char> Before => Text.AsSpan(First.Span.Start, Start - First.Span.Start);

    /// <summary>The second piece, from the break.</summary>
    public ReadOnlySpan<char> After => Text.AsSpan(End, Second.Span.End - End);

    /// <summary>The second piece opens with a mark that cannot open text (，”） and the like), or the break cuts a dash or a range.</summary>
    public bool ClosesOnNext { get; }

    /// <summary>The first piece ends a sentence (see <see cref="SentenceEnd.EndsBlock"/>).</summary>
    public bool EndsSentence => SentenceEnd.EndsBlock(Text, Start, First.Span.Start);

    /// <summary>Both sides of the break are Latin text.</summary>
    public bool IsLatin => !CharClass.IsCjk(Last) && !CharClass.IsCjk(Next);

    /// <summary>The last six characters before the break, as a message quotes them.</summary>
    public string BeforeTail => Tail(Before);

    /// <summary>The break as a message quotes it: six characters either side, …市第十|二次党代会….</summary>
    public string Excerpt => $"…{BeforeTail}|{Head(After)}…";

    /// <summary>The break between two blocks, or null when either holds nothing but white space.</summary>
    public static BreakSite? Between(Document document, Block first, Block second)
    {
        string text = document.Text;
        int start = first.Span.End;
        while (start > first.Span.Start && char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        int end = second.Span.Start;
        while (end < second.Span.End && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return start <= first.Span.Start || end >= second.Span.End ? null : new BreakSite(document, first, second, start, end);
    }

    /// <summary>What the shape of the two pieces says, for a break between Chinese text; read once a candidate has passed the cheap checks.</summary>
    public PieceShapes Shapes(bool firstOpensStory) => PieceShapes.Of(this, firstOpensStory);

    private static string Tail(ReadOnlySpan<char> text) => text[Math.Max(0, text.Length - 6)..].ToString();

    private static string Head(ReadOnlySpan<char> text) => text[..Math.Min(6, text.Length)].ToString();
}

/// <summary>
/// What the two pieces at a break look like. <see cref="SecondIsProse"/>: the second piece is
/// running text, not a headline or a block opening with a heading line. <see cref="FirstIsProse"/>:
/// the first piece is running text or a story's opening paragraph (本报讯…, never a headline).
/// <see cref="FirstIsBare"/>: the first piece has a headline's shape and no clause punctuation.
/// The lengths count Han characters up to <see cref="BreakSite.TinyFragment"/> + 1.
/// </summary>
public readonly record struct PieceShapes(bool FirstIsProse, bool FirstIsBare, bool SecondIsProse, int FirstLength, int SecondLength, bool FirstIsFragment, bool SecondIsFragment)
{
    public static PieceShapes Of(BreakSite site, bool firstOpensStory)
    {
        var before = site.Before;
        var after = site.After;
        // A block that opens with a short line of its own (遗失声明⏎衡阳市…) opens with a heading.
        bool secondIsProse = (!TextShape.IsHeadlineShaped(site.Document, site.Second) || TextShape.HasClausePunctuation(after))
            && !TextShape.OpensWithHeadingLine(site.Document, site.Second);
        // A short piece without clause punctuation may be a headline standing above its story:
        // only the plainest evidence joins it. A story's opening words are never a headline.
        bool firstIsProse = firstOpensStory || TextShape.IsRunningText(before);
        bool firstIsBare = !firstIsProse && TextShape.IsHeadlineShaped(site.Document, site.First);
        int firstLength = TextShape.HanCount(before, BreakSite.TinyFragment + 1);
        int secondLength = TextShape.HanCount(after, BreakSite.TinyFragment + 1);
        return new PieceShapes(
            firstIsProse,
            firstIsBare,
            secondIsProse,
            firstLength,
            secondLength,
            FirstIsFragment: firstLength <= BreakSite.TinyFragment && firstLength == before.Trim().Length,
            SecondIsFragment: secondLength <= BreakSite.TinyFragment && secondLength == after.Trim().Length);
    }
}
