using System.Globalization;
using System.Text;

namespace Proofread.Store.Reports;

/// <summary>
/// The report's counts as one CSV table (RFC 4180), for a spreadsheet: a row per run, document and
/// rule, then a row per run and rule with the document column empty.
/// </summary>
public static class CsvReportWriter
{
    public static string Write(CorrectionReport report)
    {
        var sb = new StringBuilder();
        sb.Append("run,command,started_at,reviewer,document,rule,proposed,auto_applied,accepted,rejected,edited,pending,acceptance_rate\r\n");
        foreach (var run in report.Runs)
        {
            foreach (var document in run.Documents)
            {
                foreach (var rule in document.Rules)
                {
                    Row(sb, run, document.Path, rule);
                }
            }

            foreach (var rule in run.Rules)
            {
                Row(sb, run, string.Empty, rule);
            }
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, RunReport run, string document, RuleCounts rule)
    {
        var c = rule.Counts;
        string rate = c.AcceptanceRate is double r ? r.ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;
        string[] fields =
        [
            run.Id.ToString(CultureInfo.InvariantCulture), run.Command, run.StartedAt, run.Reviewer, document, rule.Rule,
            Number(c.Proposed), Number(c.AutoApplied), Number(c.Accepted), Number(c.Rejected), Number(c.Edited), Number(c.Pending), rate,
        ];
        for (int i = 0; i < fields.Length; i++)
        {
            sb.Append(i == 0 ? string.Empty : ",").Append(Quote(fields[i]));
        }

        sb.Append("\r\n");
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string field)
    {
        // A leading = + - @ would make a spreadsheet run the cell as a formula.
        if (field.Length > 0 && "=+-@".Contains(field[0]) && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
