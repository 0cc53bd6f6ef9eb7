using Proofread.Vocabulary;

namespace Proofread.Rules.Breaks;

/// <summary>
/// A number the break cuts. Digits on both sides, a digit and its unit sign, a decimal point or a
/// range dash between digits are decisive (no headline or paragraph ends inside a number); a
/// Chinese number, a number parted from its measure word, or a decimal point opening the second
/// piece are strong clues.
/// </summary>
public static class NumberCut
{
    /// <summary>Why the break certainly cuts a number written in digits (19|98, 36|℃, 3.|5, 2020—|2021), or null.</summary>
    public static string? Decisive(BreakSite site)
    {
        if (IsRange(site.Last, site.Next, site.AfterNext) || IsRange(site.BeforeLast, site.Last, site.Next))
        {
            return "the break cuts a range of numbers";
        }

        bool digits = Numbers.IsDigit(site.Last) && (Numbers.IsDigit(site.Next) || Numbers.IsUnitSign(site.Next));
        return digits || IsDecimal(site.BeforeLast, site.Last, site.Next) ? "the break cuts a number" : null;
    }

    /// <summary>The break cuts a Chinese number (十|二次), parts a number from its unit (60|个), or comes before a decimal point (3|.5).</summary>
    public static BreakClue? Clue(BreakSite site)
    {
        char last = site.Last, next = site.Next;
        if (Numbers.IsChineseNumeral(last) && (Numbers.IsChineseNumeral(next) || Numbers.IsMeasureWord(next)) && Text.CharClass.IsHan(last))
        {
            return BreakClue.Strong(BreakClueKind.NumberCut, $"the break cuts the number '…{last}{next}…'");
        }

        if (Numbers.IsDigit(last) && Numbers.IsMeasureWord(next))
        {
            return BreakClue.Strong(BreakClueKind.NumberCut, $"the break parts a number from its unit '{next}'");
        }

        return IsDecimal(last, next, site.AfterNext) ? BreakClue.Strong(BreakClueKind.NumberCut, "the break cuts a decimal number") : null;
    }

    /// <summary>Three characters in a row read as digit, decimal point, digit.</summary>
    public static bool IsDecimal(char digit, char point, char nextDigit) =>
        Numbers.IsDigit(digit) && Numbers.IsDecimalPoint(point) && Numbers.IsDigit(nextDigit);

    /// <summary>Three characters in a row read as digit, range dash, digit.</summary>
    public static bool IsRange(char digit, char dash, char nextDigit) =>
        Numbers.IsDigit(digit) && Numbers.IsRangeDash(dash) && Numbers.IsDigit(nextDigit);
}
