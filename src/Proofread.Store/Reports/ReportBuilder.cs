using Proofread.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Proofread.Store.Reports;

/// <summary>Reads a review store into a <see cref="CorrectionReport"/>: every run, or one.</summary>
public static class ReportBuilder
{
    private sealed record RunRow(long Id, string Command, string StartedAt, string? FinishedAt, string ToolVersion, string Reviewer, string RulePacks, string Options);

    private sealed record DocumentRow(long Id, string Path, string ContentHash, string Encoding);

    private sealed record FindingRow(long DocumentId, string Fingerprint, string Rule);

    private sealed record DecisionRow(long Id, long DocumentId, string Fingerprint, string Rule, string Kind, string Before, string? Final, string ContextBefore, string ContextAfter, string Reviewer, string At);

    public static CorrectionReport Build(SqliteDecisionStore store, long? runId = null)
    {
        var runs = store.Query(
            "SELECT id, command, started_at, finished_at, tool_version, reviewer, rule_packs, options FROM runs WHERE $run IS NULL OR id = $run ORDER BY id",
            reader => ReadAll(reader, r => new RunRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7))),
            ("$run", runId));
        if (runId is not null && runs.Count == 0)
        {
            throw new ProofreadException($"no run {runId} in the database", store.Path);
        }

        var documents = store.Query(
            "SELECT id, path, content_hash, encoding FROM documents",
            reader => ReadAll(reader, r => new DocumentRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3))))
            .ToDictionary(d => d.Id);

        // Decided anywhere, in any run: what a proposal needs to stop being pending.
        var decided = store.Query(
            "SELECT DISTINCT doc.path, d.fingerprint FROM decisions d JOIN documents doc ON doc.id = d.document_id WHERE d.retracted_at IS NULL",
            reader => ReadAll(reader, r => (r.GetString(0), r.GetString(1))))
            .ToHashSet();

        var reports = new List<RunReport>(runs.Count);
        foreach (var run in runs)
        {
            reports.Add(BuildRun(store, run, documents, decided));
        }

        return new CorrectionReport(store.Path, reports);
    }

    private static RunReport BuildRun(SqliteDecisionStore store, RunRow run, Dictionary<long, DocumentRow> documents, HashSet<(string Path, string Fingerprint)> decided)
    {
        var findings = store.Query(
            "SELECT document_id, fingerprint, rule_id FROM findings WHERE run_id = $run ORDER BY id",
            reader => ReadAll(reader, r => new FindingRow(r.GetInt64(0), r.GetString(1), r.GetString(2))),
            ("$run", run.Id));
        var decisions = store.Query(
            """
            SELECT id, document_id, fingerprint, rule_id, kind, before_text, final_text, context_before, context_after, reviewer, decided_at
            FROM decisions WHERE run_id = $run AND retracted_at IS NULL ORDER BY id
            """,
            reader => ReadAll(reader, r => new DecisionRow(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetString(10))),
            ("$run", run.Id));

        // A person may change their mind on a finding within a run: the latest decision stands.
        // Every auto-applied fix stands on its own.
        var latest = new Dictionary<(long, string), long>();
        foreach (var d in decisions)
        {
            if (d.Kind != "auto-applied")
            {
                latest[(d.DocumentId, d.Fingerprint)] = d.Id;
            }
        }

        var tallies = new Dictionary<long, SortedDictionary<string, Tally>>();
        var changes = new Dictionary<long, List<ReportChange>>();
        Tally TallyFor(long documentId, string rule)
        {
            if (!tallies.TryGetValue(documentId, out var byRule))
            {
                tallies[documentId] = byRule = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
            }

            if (!byRule.TryGetValue(rule, out var tally))
            {
                byRule[rule] = tally = new Tally();
            }

            return tally;
        }

        foreach (var f in findings)
        {
            var tally = TallyFor(f.DocumentId, f.Rule);
            tally.Proposed++;
            if (!decided.Contains((documents[f.DocumentId].Path, f.Fingerprint)))
            {
                tally.Pending++;
            }
        }

        foreach (var d in decisions)
        {
            if (d.Kind != "auto-applied" && latest[(d.DocumentId, d.Fingerprint)] != d.Id)
            {
                continue;
            }

            var tally = TallyFor(d.DocumentId, d.Rule);
            switch (d.Kind)
            {
                case "auto-applied": tally.AutoApplied++; break;
                case "accepted": tally.Accepted++; break;
                case "edited": tally.Edited++; break;
                default: tally.Rejected++; break;
            }

            if (d.Kind != "rejected")
            {
                if (!changes.TryGetValue(d.DocumentId, out var list))
                {
                    changes[d.DocumentId] = list = [];
                }

                string after = d.Final ?? string.Empty;
                list.Add(new ReportChange(d.Rule, d.Kind, d.Reviewer, d.At, d.Before, after, d.ContextBefore, d.ContextAfter, CharacterDiff.Compute(d.ContextBefore, d.Before, after, d.ContextAfter)));
            }
        }

        var documentReports = new List<DocumentReport>();
        var runRules = new SortedDictionary<string, ReportCounts>(StringComparer.Ordinal);
        var runTotals = ReportCounts.Zero;
        foreach (var (documentId, byRule) in tallies.OrderBy(t => documents[t.Key].Path, StringComparer.Ordinal).ThenBy(t => t.Key))
        {
            var document = documents[documentId];
            var rules = new List<RuleCounts>();
            var totals = ReportCounts.Zero;
            foreach (var (rule, tally) in byRule)
            {
                var counts = tally.ToCounts();
                rules.Add(new RuleCounts(rule, counts));
                totals += counts;
                runRules[rule] = runRules.GetValueOrDefault(rule, ReportCounts.Zero) + counts;
            }

            runTotals += totals;
            documentReports.Add(new DocumentReport(document.Path, document.ContentHash, document.Encoding, totals, rules, changes.GetValueOrDefault(documentId) ?? []));
        }

        return new RunReport(
            run.Id,
            run.Command,
            run.StartedAt,
            run.FinishedAt,
            run.ToolVersion,
            run.Reviewer,
            JsonSerializer.Deserialize<List<string>>(run.RulePacks) ?? [],
            JsonSerializer.Deserialize<SortedDictionary<string, string>>(run.Options) ?? [],
            runTotals,
            [.. runRules.Select(r => new RuleCounts(r.Key, r.Value))],
            documentReports);
    }

    private static List<T> ReadAll<T>(SqliteDataReader reader, Func<SqliteDataReader, T> read)
    {
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private sealed class Tally
    {
        public int Proposed { get; set; }

        public int AutoApplied { get; set; }

        public int Accepted { get; set; }

        public int Rejected { get; set; }

        public int Edited { get; set; }

        public int Pending { get; set; }

        public ReportCounts ToCounts() => new(Proposed, AutoApplied, Accepted, Rejected, Edited, Pending);
    }
}
