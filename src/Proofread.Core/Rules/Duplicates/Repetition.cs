using Proofread.Findings;

namespace Proofread.Rules.Duplicates;

/// <summary>What a unit printed twice is, as the lexicon and the words around it tell.</summary>
public enum RepetitionKind
{
    /// <summary>A reduplicated word said twice (谢谢谢谢): may be emphasis.</summary>
    ReduplicatedWordSaidTwice,

    /// <summary>A noun, adverb, conjunction… twice (经济经济): such words do not reduplicate.</summary>
    NonVerbWord,

    /// <summary>A verb twice before an aspect particle the reduplicated form does not take (修改修改过的).</summary>
    VerbBeforeAspect,

    /// <summary>A verb twice that has no tentative ABAB form (强调强调, 进行进行).</summary>
    VerbWithoutTentativeForm,

    /// <summary>A verb twice with nothing before it that asks for the tentative form ('a little').</summary>
    VerbNotAskedFor,

    /// <summary>A verb twice after a word that may ask for the tentative form (要研究研究): a person decides.</summary>
    PossibleTentativeVerb,

    /// <summary>A common one-character word, both copies standing alone (是是, 的的).</summary>
    TwoLoneCopies,

    /// <summary>A character rarely a word by itself, one copy alone beside the word the other belongs to (障障碍).</summary>
    RareLoneCharacter,

    /// <summary>A common verb or adverb alone before a word it starts, which it cannot govern (有有关).</summary>
    VerbBeforeWordItStarts,

    /// <summary>A common noun, adjective or locality word alone before a word it starts (党党校).</summary>
    NounBeforeWordItStarts,

    /// <summary>A common noun or locality word alone after a word it ends (以后后).</summary>
    NounAfterWordItEnds,
}

/// <summary>The evidence on one repetition: its kind, the repeated unit, and the word or mark the message names.</summary>
public sealed record Repetition(RepetitionKind Kind, string Unit, string Detail = "");

/// <summary>
/// What a repetition is worth: safe where the lexicon speaks clearly, review where the doubling
/// may be meant (emphasis, a tentative verb), with the message that names the evidence.
/// </summary>
public sealed record DuplicationVerdict(Applicability Applicability, double Confidence, string Message)
{
    public static DuplicationVerdict Weigh(Repetition r)
    {
        string unit = r.Unit, twice = $"'{r.Unit}' is printed twice";
        return r.Kind switch
        {
            RepetitionKind.ReduplicatedWordSaidTwice => new(Applicability.Review, 0.6, $"{twice}; '{unit}' is a reduplication itself, and saying it twice may be emphasis, so a person decides"),
            RepetitionKind.NonVerbWord => new(Applicability.Safe, 0.93, $"{twice}; '{unit}{unit}' is no word and '{unit}' ({r.Detail}) does not reduplicate"),
            RepetitionKind.VerbBeforeAspect => new(Applicability.Safe, 0.9, $"{twice}; a reduplicated verb does not take '{r.Detail}'"),
            RepetitionKind.VerbWithoutTentativeForm => new(Applicability.Safe, 0.85, $"{twice}; '{unit}' has no reduplicated form ({unit}{unit} 'a little')"),
            RepetitionKind.VerbNotAskedFor => new(Applicability.Safe, 0.85, $"{twice}; nothing before it asks for a reduplicated verb ({unit}{unit} 'a little')"),
            RepetitionKind.PossibleTentativeVerb => new(Applicability.Review, 0.6, $"{twice}; after '{r.Detail}' it may be a reduplicated verb ({unit}{unit} 'a little'), so a person decides"),
            RepetitionKind.TwoLoneCopies => new(Applicability.Safe, 0.9, $"{twice}; '{unit}{unit}' is no word"),
            RepetitionKind.RareLoneCharacter => new(Applicability.Safe, 0.9, $"{twice}; it is rarely a word by itself and the other copy belongs to '{r.Detail}'"),
            RepetitionKind.VerbBeforeWordItStarts => new(Applicability.Safe, 0.9, $"{twice} before a word it starts ('{r.Detail}')"),
            RepetitionKind.NounBeforeWordItStarts => new(Applicability.Safe, 0.85, $"{twice} before a word it starts ('{r.Detail}')"),
            RepetitionKind.NounAfterWordItEnds => new(Applicability.Safe, 0.85, $"{twice} after a word it ends ('{r.Detail}')"),
            _ => throw new ArgumentOutOfRangeException(nameof(r), r.Kind, "no verdict for this kind of repetition"),
        };
    }
}
