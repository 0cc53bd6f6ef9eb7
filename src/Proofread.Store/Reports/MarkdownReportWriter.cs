using Proofread.Text;
using System.Text;

namespace Proofread.Store.Reports;

/// <summary>
/// The report as Markdown: a table of counts per run and per document, and every change as a
/// character diff in a code span (<c>[-deleted-]{+inserted+}</c>), so no document text is ever
/// read as Markdown or HTML.
/// </summary>
public static class MarkdownReportWriter
{
    public static string Write(CorrectionReport report)
    {
        var sb = new StringBuilder();
        sb.Append("# Proofread correction report\n\n");
        sb.Append("Database: ").Append(Code(report.Database)).Append("\n\n");
        sb.Append("In changes, `[-text-]` was deleted, `{+text+}` inserted, and ⏎ marks a line break.\n");
        if (report.Runs.Count == 0)
        {
            sb.Append("\nNo runs recorded yet.\n");
        }

        foreach (var run in report.Runs)
        {
            sb.Append($"\n## Run {run.Id}: {run.Command} by {Plain(run.Reviewer)}\n\n");
            sb.Append($"Started {ReportFormats.ShortTime(run.StartedAt)}, ").Append(run.FinishedAt is null ? "not finished" : $"finished {ReportFormats.ShortTime(run.FinishedAt)}");
            sb.Append($"; Proofread {run.ToolVersion}");
            if (run.RulePacks.Count > 0)
            {
                sb.Append("; packs: ").Append(Plain(string.Join(", ", run.RulePacks)));
            }

            foreach (var (name, value) in run.Options)
            {
                if (name != "rules")
                {
                    sb.Append($"; {Plain(name)}: {Plain(value)}");
                }
            }

            sb.Append(".\n\n");
            CountsTable(sb, run.Rules, run.Totals);
            foreach (var document in run.Documents)
            {
                sb.Append("\n### ").Append(Code(document.Path)).Append("\n\n");
                sb.Append($"{document.Encoding}, SHA-256 {document.ContentHash[..12]}…\n\n");
                CountsTable(sb, document.Rules, document.Totals);
                if (document.Changes.Count > 0)
                {
                    sb.Append('\n');
                }

                foreach (var change in document.Changes)
                {
                    sb.Append($"- {Code(change.Rule)}, {change.Kind} by {Plain(change.Reviewer)}: ").Append(Code(Diff(change.Diff))).Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    private static void CountsTable(StringBuilder sb, IReadOnlyList<RuleCounts> rules, ReportCounts totals)
    {
        sb.Append("| rule | proposed | auto-applied | accepted | rejected | edited | pending | acceptance |\n");
        sb.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var rule in rules)
        {
            Row(sb, Code(rule.Rule), rule.Counts);
        }

        Row(sb, "**total**", totals);
    }

    private static void Row(StringBuilder sb, string label, ReportCounts c) =>
        sb.Append($"| {label} | {c.Proposed} | {c.AutoApplied} | {c.Accepted} | {c.Rejected} | {c.Edited} | {c.Pending} | {ReportFormats.Percent(c.AcceptanceRate)} |\n");

    private static string Diff(IReadOnlyList<DiffPiece> pieces)
    {
        var sb = new StringBuilder();
        foreach (var piece in pieces)
        {
            string text = ReportFormats.ShowBreaks(piece.Text);
            sb.Append(piece.Kind switch
            {
                DiffPieceKind.Deleted => "[-" + text + "-]",
                DiffPieceKind.Inserted => "{+" + text + "+}",
                _ => text,
            });
        }

        return sb.ToString();
    }

    /// <summary>A code span that holds any text: its fence is longer than any run of backticks inside.</summary>
    private static string Code(string text)
    {
        text = ReportFormats.ShowBreaks(text);
        int longest = 0, run = 0;
        foreach (char c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        string fence = new('`', longest + 1);
        string pad = text.StartsWith('`') || text.EndsWith('`') || text.Length == 0 ? " " : string.Empty;
        return fence + pad + text + pad + fence;
    }

    /// <summary>Text outside code spans (names, options): Markdown and HTML characters escaped.</summary>
    private static string Plain(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in ReportFormats.ShowBreaks(text))
        {
            if ("\\`*_[]|<>&".Contains(c))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
