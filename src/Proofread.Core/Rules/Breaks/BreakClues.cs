using Proofread.Layout;
using Proofread.Lexicon;
using Proofread.Text;
using Proofread.Vocabulary;

namespace Proofread.Rules.Breaks;

/// <summary>
/// The evidence parts of a break between Chinese text: each asks one question of the two pieces
/// and answers with a <see cref="BreakClue"/> or nothing. <see cref="BreakVerdict"/> weighs the
/// answers. The lexicon is asked only here, at candidate breaks.
/// </summary>
public sealed class BreakClues(BreakSite site, PieceShapes shapes, ChineseLexicon lexicon)
{
    /// <summary>A word cut by the break must be at least this frequent to pull a headline-shaped piece into the text before it.</summary>
    private const int FrequentWord = 50;

    /// <summary>Every clue the parts find, in the order a message names them.</summary>
    public List<BreakClue> Gather()
    {
        // The plainest clue first: messages name it before the other weak ones.
        BreakClue?[] found =
        [
            NoSentenceEnd(), NumberCut.Clue(site), DependentOpening(), LoneCharacterClause(), StrandedVerb(),
            UnfinishedConjunction(), StrandedFirstPiece(), StrandedSecondPiece(), OpeningMarkAtEnd(), MarkCannotOpen(),
            CommaAtEnd(), ParticleOpening(), OpenWordAtEnd(), WordCut(), Quotation(),
        ];
        return found.OfType<BreakClue>().ToList();
    }

    /// <summary>The first piece has no sentence-final punctuation (a semicolon may end a list item: no evidence by itself).</summary>
    private BreakClue? NoSentenceEnd() =>
        !site.EndsSentence && !Marks.IsContinuing(site.Last) && !Numbers.IsDigit(site.Last)
            ? BreakClue.Weak(BreakClueKind.NoSentenceEnd, "the block has no sentence-final punctuation")
            : null;

    /// <summary>The second piece opens with an adverb or locative that needs what precedes it (也, 都, 以来).</summary>
    private BreakClue? DependentOpening() =>
        BreakWords.OpensWithDependentWord(lexicon, site.After, out string word)
            ? BreakClue.Strong(BreakClueKind.DependentOpening, $"the next block opens with '{word}', which cannot open a sentence")
            : null;

    /// <summary>The second piece's first clause is one character that cannot stand alone (来，).</summary>
    private BreakClue? LoneCharacterClause()
    {
        var after = site.After;
        return after.Length > 1 && CharClass.IsHan(site.Next) && after[1] is '，' or ',' or '、' && !BreakWords.CanStandAsClause(site.Next)
            ? BreakClue.Strong(BreakClueKind.LoneCharacterClause, $"the next block's first clause is the lone character '{site.Next}'")
            : null;
    }

    private BreakClue? StrandedVerb() =>
        BreakWords.OpensWithStrandedVerb(lexicon, site.After, out string verb)
            ? BreakClue.Strong(BreakClueKind.StrandedVerb, $"the next block opens with the lone verb '{verb}' as a clause")
            : null;

    /// <summary>The first piece opens with a conjunction that needs a main clause (由于…, 虽然…) and has none.</summary>
    private BreakClue? UnfinishedConjunction() =>
        BreakWords.OpensWithSubordinatingConjunction(lexicon, site.Before, out string conjunction)
            ? BreakClue.Strong(BreakClueKind.UnfinishedConjunction, $"the block opens with '{conjunction}' and its sentence is unfinished")
            : null;

    /// <summary>
    /// A few characters alone above running text are as often a kicker or a short headline
    /// (乡村振兴, 短评) as a stranded fragment: weak evidence only.
    /// </summary>
    private BreakClue? StrandedFirstPiece() =>
        shapes.FirstIsFragment && TextShape.IsRunningText(site.After)
            ? BreakClue.Weak(BreakClueKind.StrandedFirstPiece, $"the block is a stranded fragment of {shapes.FirstLength} characters")
            : null;

    private BreakClue? StrandedSecondPiece() =>
        shapes.SecondIsFragment && shapes.FirstIsProse && !site.EndsSentence
            ? BreakClue.Strong(BreakClueKind.StrandedSecondPiece, $"the next block is a stranded fragment of {shapes.SecondLength} characters")
            : null;

    private BreakClue? OpeningMarkAtEnd() =>
        Marks.IsOpeningMark(site.Last)
            ? BreakClue.Strong(BreakClueKind.OpeningMarkAtEnd, $"the block ends with the opening mark '{site.Last}'")
            : null;

    private BreakClue? MarkCannotOpen() =>
        site.ClosesOnNext
            ? BreakClue.Strong(BreakClueKind.MarkCannotOpen, $"the next block opens with '{site.Next}', which cannot open a sentence")
            : null;

    private BreakClue? CommaAtEnd() =>
        site.Last is '，' or '、' or ',' && shapes.SecondIsProse
            ? BreakClue.Strong(BreakClueKind.CommaAtEnd, $"the block ends with '{site.Last}'")
            : null;

    /// <summary>The second piece opens with a particle or conjunction standing as a word (的序幕, 和人大代表).</summary>
    private BreakClue? ParticleOpening() =>
        BreakWords.OpensWithBoundWord(lexicon, site.After)
            ? BreakClue.Strong(BreakClueKind.ParticleOpening, $"the next block opens with the particle '{site.Next}'")
            : null;

    /// <summary>The first piece ends on a word that needs what follows (的, 对, 还有); a headline's last noun does not count.</summary>
    private BreakClue? OpenWordAtEnd() =>
        BreakWords.EndsWithOpenWord(lexicon, site.Before, out string word) && !(shapes.FirstIsBare && word.Length > 1 && shapes.FirstLength > BreakSite.TinyFragment)
            ? BreakClue.Strong(BreakClueKind.OpenWordAtEnd, $"the block ends on '{word}', which needs what follows")
            : null;

    /// <summary>The break cuts a dictionary word (考|察, 公安|机关); into a headline-shaped second piece only a frequent one.</summary>
    private BreakClue? WordCut()
    {
        string? word = BreakWords.WordAcrossBreak(lexicon, site.Before, site.After, out bool strong);
        if (word is null || !(shapes.SecondIsProse || lexicon.Frequency(word) >= FrequentWord))
        {
            return null;
        }

        return new BreakClue(BreakClueKind.WordCut, strong ? ClueWeight.Strong : ClueWeight.Weak, $"the break cuts the word '{word}'");
    }

    /// <summary>A quotation open at the break: strong when the second piece closes it before opening another.</summary>
    private BreakClue? Quotation()
    {
        if (!BreakWords.EndsInsideQuotation(site.Before))
        {
            return null;
        }

        var after = site.After;
        int close = after.IndexOf('”');
        int open = after.IndexOf('“');
        return close >= 0 && (open < 0 || close < open)
            ? BreakClue.Strong(BreakClueKind.Quotation, "a quotation opened before the break closes after it")
            : BreakClue.Weak(BreakClueKind.Quotation, "the block ends inside an open quotation");
    }
}
