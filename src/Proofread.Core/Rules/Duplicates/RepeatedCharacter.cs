using Proofread.Lexicon;

namespace Proofread.Rules.Duplicates;

/// <summary>
/// The evidence on one character printed twice where one copy stands alone in the segmentation
/// (both copies inside words is a boundary: 委员会会议, 具体体现). A character that is rarely a word
/// by itself is an artefact (障障碍, 跟踪踪). A common one is an artefact only when it cannot govern
/// the word it starts (有有关); prepositions, conjunctions, particles and modals can (对对方, 和和平,
/// 目的的, 要要求).
/// </summary>
internal static class RepeatedCharacter
{
    /// <summary>Single characters at least this frequent in the lexicon are common words on their own (的, 是, 有, 和).</summary>
    private const int CommonFrequency = 20000;

    /// <summary>Modal verbs: 要要求, 会会见 are legitimate.</summary>
    private static readonly HashSet<char> Modals = ['要', '会', '能', '可', '该', '应', '得', '想', '敢', '肯', '愿'];

    public static Repetition? Judge(ChineseLexicon lexicon, string unit, Segmentation around)
    {
        string? pos = lexicon.PartOfSpeech(unit);
        bool common = lexicon.Frequency(unit) >= CommonFrequency;
        if (around.FirstAlone && around.CopyAlone)
        {
            // Two lone copies: a common word printed twice (是是, 的的); rarer characters are most
            // often a reduplicated given name (向吟吟).
            return common && pos is not null && pos[0] is not ('m' or 'q') ? new Repetition(RepetitionKind.TwoLoneCopies, unit) : null;
        }

        bool loneBeforeWord = around.FirstAlone && around.CopyStartsWord;
        bool loneAfterWord = around.FirstEndsWord && around.CopyAlone;
        if (!loneBeforeWord && !loneAfterWord)
        {
            return null;
        }

        if (!common)
        {
            return MayBelongToAName(pos, around, loneBeforeWord, loneAfterWord) ? null : new Repetition(RepetitionKind.RareLoneCharacter, unit, around.NeighbourWord);
        }

        return pos is null ? null : JudgeCommon(lexicon, unit, pos, around, loneBeforeWord, loneAfterWord);
    }

    private static Repetition? JudgeCommon(ChineseLexicon lexicon, string unit, string pos, Segmentation around, bool loneBeforeWord, bool loneAfterWord)
    {
        if (loneBeforeWord && pos is "v" or "d" && !Modals.Contains(unit[0])
            && lexicon.PartOfSpeech(around.NeighbourWord) is { } next && next[0] != 'n')
        {
            return new Repetition(RepetitionKind.VerbBeforeWordItStarts, unit, around.NeighbourWord);
        }

        // A common noun, adjective or locality word alone before a word it starts, with nothing
        // on its left it could be the suffix of (在党党校, 装修新新房).
        if (loneBeforeWord && pos[0] is 'n' or 'a' or 'f' && !around.LeftMayTakeSuffix)
        {
            return new Repetition(RepetitionKind.NounBeforeWordItStarts, unit, around.NeighbourWord);
        }

        // A common noun or locality word alone after a word it ends, before a whole word (以后后，);
        // function words and verbs do follow such words (目的的, 现在在, 想到到, 实事求是是).
        if (loneAfterWord && around.RightIsWordOrEnd && pos[0] is not ('u' or 'p' or 'c' or 'r' or 'm' or 'q' or 'd' or 'v' or 'y' or 'e'))
        {
            return new Repetition(RepetitionKind.NounAfterWordItEnds, unit, around.NeighbourWord);
        }

        return null;
    }

    /// <summary>
    /// A rare lone character may still belong to a name or compound the lexicon does not know: the
    /// suffix of the name before it (中平村村规民约), the head of a word after it (保育院院歌), or a
    /// reduplicated measure word (一趟趟).
    /// </summary>
    private static bool MayBelongToAName(string? pos, Segmentation around, bool loneBeforeWord, bool loneAfterWord)
    {
        bool nominal = pos is null || pos[0] is not ('v' or 'a' or 'd' or 'p' or 'c' or 'u');
        return (loneBeforeWord && nominal && around.LeftMayTakeSuffix) || (loneAfterWord && !around.RightIsWordOrEnd)
            || around.LeftWord == "一" || (loneAfterWord && around.NeighbourWord.Length == 2 && around.NeighbourWord[0] == '一');
    }
}
