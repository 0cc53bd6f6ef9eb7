using System.CommandLine;
using Proofread.Cli.Output;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Cli.Commands;

/// <summary><c>proofread check PATH...</c>: list findings; exit 0 when there are none, 1 when there are, 2 on an error.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (path:line:col: rule: message) or json",
            DefaultValueFactory = _ => "text",
        }.AcceptOnlyFromAmong("text", "json");
        var jobs = CommonOptions.Jobs();
        var rules = new RuleSelection();
        var command = new Command("check", "List the findings of every rule, with the fixes they propose") { paths, format, jobs };
        rules.AddTo(command);
        command.SetAction(parse =>
        {
            var engine = rules.CreateEngine(parse);
            bool json = parse.GetValue(format) == "json";
            int exit = Run(console, parse.GetValue(paths)!, engine, json, parse.GetValue(jobs));
            rules.ReportTimings(console);
            return exit;
        });
        return command;
    }

    private static int Run(CliConsole console, string[] paths, RuleEngine engine, bool json, int jobs)
    {
        var (files, failures) = InputErrors.Expand(paths);

        int total = 0, safe = 0, review = 0, filesWithFindings = 0, filesChecked = 0;
        using var jsonWriter = json ? new FindingJson(console.Out) : null;
        var batch = new Batch(files, jobs);
        ProgressDisplay.Run(console, files.Count * 2, "checking", step =>
        {
            batch.FileDone += step;
            var run = batch.GatherStatistics(failures.Add);
            batch.Process(
                (file, source) =>
                {
                    var document = new Document(source);
                    return (document, engine.Analyze(document, run));
                },
                (file, result) =>
                {
                    var (document, findings) = result;
                    filesChecked++;
                    total += findings.Count;
                    safe += findings.Count(f => f.HasEdits && f.Applicability == Applicability.Safe);
                    review += findings.Count(f => f.HasEdits && f.Applicability == Applicability.Review);
                    filesWithFindings += findings.Count > 0 ? 1 : 0;
                    if (jsonWriter is not null)
                    {
                        jsonWriter.WriteFile(document, findings);
                    }
                    else
                    {
                        WriteText(console.Out, document, findings);
                    }
                },
                failures.Add);
        });

        failures.Report(console);

        if (!json)
        {
            console.Out.WriteLine(total == 0
                ? $"No findings in {filesChecked} file(s)."
                : $"{total} finding(s) in {filesWithFindings} of {filesChecked} file(s): {safe} safe to fix, {review} for review, {total - safe - review} report-only.");
        }

        return failures.Any ? CliApp.ExitError : total > 0 ? CliApp.ExitFindings : CliApp.ExitOk;
    }

    private static void WriteText(TextWriter output, Document document, IReadOnlyList<Finding> findings)
    {
        foreach (var f in findings)
        {
            var (line, column) = document.LineMap.LineColumn(f.Extent.Start);
            output.WriteLine($"{document.Path}:{line}:{column}: {f.RuleId}: {f.Message} [{f.Applicability.Name()}, {f.Confidence:0.00}]");
            output.WriteLine($"    {FindingPreview.Describe(document, f)}");
        }
    }
}
