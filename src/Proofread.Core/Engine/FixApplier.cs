using System.Text;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Engine;

/// <summary>
/// Applies findings' edits to a text in one pass. Findings are taken in a deterministic order
/// (<see cref="RuleEngine.CompareFindings"/>); a finding whose edits conflict with one already
/// taken waits for the next pass. The output is built from slices of the input, so text outside
/// the edited spans is never altered.
/// </summary>
public static class FixApplier
{
    /// <param name="Changed">Where the output differs from the input: each applied edit's new text, as a span of the output (empty for a deletion).</param>
    public sealed record Result(string Text, IReadOnlyList<Finding> Applied, IReadOnlyList<Finding> Deferred, IReadOnlyList<TextSpan> Changed);

    public static Result Apply(string text, IEnumerable<Finding> findings)
    {
        var ordered = findings.Where(f => f.HasEdits).ToList();
        ordered.Sort(RuleEngine.CompareFindings);

        var taken = new List<TextEdit>();
        var applied = new List<Finding>();
        var deferred = new List<Finding>();
        foreach (var finding in ordered)
        {
            if (ConflictsWithTaken(finding, taken) || ConflictsWithItself(finding))
            {
                deferred.Add(finding);
                continue;
            }

            applied.Add(finding);
            foreach (var edit in finding.Edits)
            {
                int at = taken.BinarySearch(edit, EditOrder.Instance);
                taken.Insert(at < 0 ? ~at : at, edit);
            }
        }

        if (taken.Count == 0)
        {
            return new Result(text, applied, deferred, []);
        }

        var sb = new StringBuilder(text.Length);
        var changed = new List<TextSpan>(taken.Count);
        int pos = 0;
        foreach (var edit in taken)
        {
            sb.Append(text, pos, edit.Span.Start - pos);
            changed.Add(TextSpan.FromLength(sb.Length, edit.NewText.Length));
            sb.Append(edit.NewText);
            pos = edit.Span.End;
        }

        sb.Append(text, pos, text.Length - pos);
        return new Result(sb.ToString(), applied, deferred, changed);
    }

    private static bool ConflictsWithTaken(Finding finding, List<TextEdit> taken)
    {
        foreach (var edit in finding.Edits)
        {
            int at = taken.BinarySearch(edit, EditOrder.Instance);
            int i = at < 0 ? ~at : at;
            // Only neighbours can conflict: taken edits are disjoint and sorted.
            for (int j = Math.Max(0, i - 1); j <= Math.Min(taken.Count - 1, i + 1); j++)
            {
                if (taken[j].Span.ConflictsWith(edit.Span))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ConflictsWithItself(Finding finding)
    {
        for (int i = 0; i < finding.Edits.Count; i++)
        {
            for (int j = i + 1; j < finding.Edits.Count; j++)
            {
                if (finding.Edits[i].Span.ConflictsWith(finding.Edits[j].Span))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private sealed class EditOrder : IComparer<TextEdit>
    {
        public static readonly EditOrder Instance = new();

        public int Compare(TextEdit? x, TextEdit? y)
        {
            int c = x!.Span.Start.CompareTo(y!.Span.Start);
            if (c != 0)
            {
                return c;
            }

            // An insertion at a point comes before a replacement starting there.
            return x.Span.End.CompareTo(y.Span.End);
        }
    }
}
