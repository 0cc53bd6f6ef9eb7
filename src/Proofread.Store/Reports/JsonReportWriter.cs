using Proofread.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Proofread.Store.Reports;

/// <summary>
/// The report as JSON: a stable contract documented in the README ("Review store and reports").
/// Offsets are not part of it; changes carry their text, so they read without the documents.
/// </summary>
public static class JsonReportWriter
{
    public static string Write(CorrectionReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("database", report.Database);
            json.WriteStartArray("runs");
            foreach (var run in report.Runs)
            {
                json.WriteStartObject();
                json.WriteNumber("id", run.Id);
                json.WriteString("command", run.Command);
                json.WriteString("startedAt", run.StartedAt);
                json.WriteString("finishedAt", run.FinishedAt);
                json.WriteString("toolVersion", run.ToolVersion);
                json.WriteString("reviewer", run.Reviewer);
                json.WriteStartArray("rulePacks");
                foreach (string pack in run.RulePacks)
                {
                    json.WriteStringValue(pack);
                }

                json.WriteEndArray();
                json.WriteStartObject("options");
                foreach (var (name, value) in run.Options)
                {
                    json.WriteString(name, value);
                }

                json.WriteEndObject();
                WriteCounts(json, "totals", run.Totals);
                WriteRules(json, run.Rules);
                json.WriteStartArray("documents");
                foreach (var document in run.Documents)
                {
                    json.WriteStartObject();
                    json.WriteString("path", document.Path);
                    json.WriteString("contentHash", document.ContentHash);
                    json.WriteString("encoding", document.Encoding);
                    WriteCounts(json, "totals", document.Totals);
                    WriteRules(json, document.Rules);
                    json.WriteStartArray("changes");
                    foreach (var change in document.Changes)
                    {
                        WriteChange(json, change);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteRules(Utf8JsonWriter json, IReadOnlyList<RuleCounts> rules)
    {
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("rule", rule.Rule);
            WriteCountFields(json, rule.Counts);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, ReportCounts counts)
    {
        json.WriteStartObject(name);
        WriteCountFields(json, counts);
        json.WriteEndObject();
    }

    private static void WriteCountFields(Utf8JsonWriter json, ReportCounts counts)
    {
        json.WriteNumber("proposed", counts.Proposed);
        json.WriteNumber("autoApplied", counts.AutoApplied);
        json.WriteNumber("accepted", counts.Accepted);
        json.WriteNumber("rejected", counts.Rejected);
        json.WriteNumber("edited", counts.Edited);
        json.WriteNumber("pending", counts.Pending);
        if (counts.AcceptanceRate is double rate)
        {
            json.WriteNumber("acceptanceRate", Math.Round(rate, 4));
        }
        else
        {
            json.WriteNull("acceptanceRate");
        }
    }

    private static void WriteChange(Utf8JsonWriter json, ReportChange change)
    {
        json.WriteStartObject();
        json.WriteString("rule", change.Rule);
        json.WriteString("kind", change.Kind);
        json.WriteString("reviewer", change.Reviewer);
        json.WriteString("at", change.At);
        json.WriteString("before", change.Before);
        json.WriteString("after", change.After);
        json.WriteString("contextBefore", change.ContextBefore);
        json.WriteString("contextAfter", change.ContextAfter);
        json.WriteStartArray("diff");
        foreach (var piece in change.Diff)
        {
            json.WriteStartObject();
            json.WriteString("op", piece.Kind switch { DiffPieceKind.Deleted => "delete", DiffPieceKind.Inserted => "insert", _ => "equal" });
            json.WriteString("text", piece.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
