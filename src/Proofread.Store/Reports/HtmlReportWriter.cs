using Proofread.Text;
using System.Net;
using System.Text;

namespace Proofread.Store.Reports;

/// <summary>
/// The report as one self-contained HTML page: inline CSS, no script, no external resource. Every
/// piece of document text goes through <see cref="WebUtility.HtmlEncode(string)"/>; deletions and
/// insertions are <c>&lt;del&gt;</c> and <c>&lt;ins&gt;</c> (struck through and underlined, so they
/// read without colour too).
/// </summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1b1b1b; line-height: 1.5; }
        h1 { font-size: 1.6rem; margin-bottom: .25rem; }
        h2 { font-size: 1.3rem; border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; margin-top: 2.5rem; }
        h3 { font-size: 1.05rem; margin: 1.8rem 0 .3rem; word-break: break-all; }
        .meta, .legend { color: #57606a; font-size: .9rem; margin: .2rem 0; }
        table { border-collapse: collapse; margin: .6rem 0; font-size: .9rem; }
        th, td { border: 1px solid #d0d7de; padding: .2rem .6rem; }
        th { background: #f6f8fa; text-align: left; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        tr.total td { font-weight: bold; background: #f6f8fa; }
        ol.changes { padding-left: 2.5rem; margin: .4rem 0; }
        ol.changes li { margin: .35rem 0; }
        .who { color: #57606a; font-size: .8rem; }
        .rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85rem; background: #eef1f4; padding: 0 .3rem; border-radius: 3px; }
        .kind { font-size: .8rem; padding: 0 .3rem; border-radius: 3px; border: 1px solid #d0d7de; }
        .diff { font-size: 1.05rem; white-space: pre-wrap; word-break: break-all; }
        .context { color: #57606a; }
        del { background: #ffd7d5; color: #82071e; text-decoration: line-through; padding: 0 2px; border-radius: 2px; }
        ins { background: #ccffd8; color: #055d20; text-decoration: underline; padding: 0 2px; border-radius: 2px; }
        .break { color: #8c959f; }
        """;

    public static string Write(CorrectionReport report)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>Proofread correction report</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        sb.Append("<h1>Proofread correction report</h1>\n");
        sb.Append("<p class=\"meta\">Database: <code>").Append(Encode(report.Database)).Append("</code></p>\n");
        sb.Append("<p class=\"legend\">In changes, <del>deleted text</del> is struck through, <ins>inserted text</ins> underlined; grey text is the context; <span class=\"break\">⏎</span> marks a line break.</p>\n");
        if (report.Runs.Count == 0)
        {
            sb.Append("<p>No runs recorded yet.</p>\n");
        }

        foreach (var run in report.Runs)
        {
            sb.Append($"<section class=\"run\" id=\"run-{run.Id}\">\n<h2>Run {run.Id}: {Encode(run.Command)} by {Encode(run.Reviewer)}</h2>\n");
            sb.Append("<p class=\"meta\">Started ").Append(Encode(ReportFormats.ShortTime(run.StartedAt))).Append(", ")
                .Append(run.FinishedAt is null ? "not finished" : "finished " + Encode(ReportFormats.ShortTime(run.FinishedAt)))
                .Append("; Proofread ").Append(Encode(run.ToolVersion));
            if (run.RulePacks.Count > 0)
            {
                sb.Append("; packs: ").Append(Encode(string.Join(", ", run.RulePacks)));
            }

            foreach (var (name, value) in run.Options)
            {
                if (name != "rules")
                {
                    sb.Append("; ").Append(Encode(name)).Append(": ").Append(Encode(value));
                }
            }

            sb.Append(".</p>\n");
            CountsTable(sb, run.Rules, run.Totals);
            foreach (var document in run.Documents)
            {
                sb.Append("<section class=\"document\">\n<h3>").Append(Encode(document.Path)).Append("</h3>\n");
                sb.Append("<p class=\"meta\">").Append(Encode(document.Encoding)).Append(", SHA-256 <code>").Append(Encode(document.ContentHash)).Append("</code></p>\n");
                CountsTable(sb, document.Rules, document.Totals);
                if (document.Changes.Count > 0)
                {
                    sb.Append("<ol class=\"changes\">\n");
                    foreach (var change in document.Changes)
                    {
                        Change(sb, change);
                    }

                    sb.Append("</ol>\n");
                }

                sb.Append("</section>\n");
            }

            sb.Append("</section>\n");
        }

        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void CountsTable(StringBuilder sb, IReadOnlyList<RuleCounts> rules, ReportCounts totals)
    {
        sb.Append("<table class=\"counts\">\n<thead><tr><th>rule</th><th>proposed</th><th>auto-applied</th><th>accepted</th><th>rejected</th><th>edited</th><th>pending</th><th>acceptance</th></tr></thead>\n<tbody>\n");
        foreach (var rule in rules)
        {
            Row(sb, "<tr>", "<span class=\"rule\">" + Encode(rule.Rule) + "</span>", rule.Counts);
        }

        Row(sb, "<tr class=\"total\">", "total", totals);
        sb.Append("</tbody>\n</table>\n");
    }

    private static void Row(StringBuilder sb, string open, string label, ReportCounts c) =>
        sb.Append(open).Append("<td>").Append(label).Append("</td>")
            .Append($"<td class=\"n\">{c.Proposed}</td><td class=\"n\">{c.AutoApplied}</td><td class=\"n\">{c.Accepted}</td><td class=\"n\">{c.Rejected}</td><td class=\"n\">{c.Edited}</td><td class=\"n\">{c.Pending}</td>")
            .Append("<td class=\"n\">").Append(Encode(ReportFormats.Percent(c.AcceptanceRate))).Append("</td></tr>\n");

    private static void Change(StringBuilder sb, ReportChange change)
    {
        sb.Append("<li><span class=\"rule\">").Append(Encode(change.Rule)).Append("</span> <span class=\"kind\">").Append(Encode(change.Kind))
            .Append("</span> <span class=\"who\">").Append(Encode(change.Reviewer)).Append(", ").Append(Encode(ReportFormats.ShortTime(change.At))).Append("</span>\n<div class=\"diff\">");
        foreach (var piece in change.Diff)
        {
            string text = Encode(piece.Text);
            sb.Append(piece.Kind switch
            {
                DiffPieceKind.Deleted => "<del>" + text + "</del>",
                DiffPieceKind.Inserted => "<ins>" + text + "</ins>",
                _ => "<span class=\"context\">" + text + "</span>",
            });
        }

        sb.Append("</div></li>\n");
    }

    /// <summary>HTML-escapes document text and shows its line breaks as a visible mark.</summary>
    private static string Encode(string text) =>
        WebUtility.HtmlEncode(text).Replace("\r\n", "\n").Replace('\r', '\n').Replace("\n", "<span class=\"break\">⏎</span>");
}
