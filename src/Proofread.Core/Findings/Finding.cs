using Proofread.Text;

namespace Proofread.Findings;

/// <summary>
/// What a rule reports: where (<see cref="Span"/>), why (<see cref="Message"/>, with its evidence),
/// how sure it is, whether a batch may apply it, and the edits it proposes (none for report-only).
/// The edits of one finding are applied together or not at all.
/// </summary>
public sealed record Finding(
    string RuleId,
    TextSpan Span,
    string Message,
    double Confidence,
    Applicability Applicability,
    IReadOnlyList<TextEdit> Edits)
{
    public static Finding ReportOnly(string ruleId, TextSpan span, string message, double confidence) =>
        new(ruleId, span, message, confidence, Applicability.None, []);

    public static Finding WithEdit(string ruleId, TextSpan span, string message, double confidence, Applicability applicability, TextEdit edit) =>
        new(ruleId, span, message, confidence, applicability, [edit]);

    public bool HasEdits => Edits.Count > 0;

    /// <summary>The whole finding as one replacement of <see cref="Extent"/>, or null when it has no edit.</summary>
    public string? Replacement(string text)
    {
        if (!HasEdits)
        {
            return null;
        }

        var extent = Extent;
        var sb = new System.Text.StringBuilder();
        int pos = extent.Start;
        foreach (var edit in Edits.OrderBy(e => e.Span))
        {
            sb.Append(text, pos, edit.Span.Start - pos).Append(edit.NewText);
            pos = edit.Span.End;
        }

        sb.Append(text, pos, extent.End - pos);
        return sb.ToString();
    }

    /// <summary>The smallest span covering the finding's own span and all of its edits.</summary>
    public TextSpan Extent
    {
        get
        {
            int start = Span.Start, end = Span.End;
            foreach (var e in Edits)
            {
                start = Math.Min(start, e.Span.Start);
                end = Math.Max(end, e.Span.End);
            }

            return new TextSpan(start, end);
        }
    }
}
