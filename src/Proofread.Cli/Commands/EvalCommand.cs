using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Proofread.Cli.Output;
using Proofread.Engine;
using Proofread.Evaluation;
using Proofread.Text;

namespace Proofread.Cli.Commands;

/// <summary>
/// <c>proofread eval --gold DIR PATH...</c>: fixes each input in memory and measures how much of
/// its edit distance to its gold twin (same file name in DIR) the fix removed, per file, overall
/// and per rule. Exit 0, or 2 on an error.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var gold = new Option<string>("--gold")
        {
            Description = "Folder of the corrected twins, matched to the inputs by file name",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text or json",
            DefaultValueFactory = _ => "text",
        }.AcceptOnlyFromAmong("text", "json");
        var apply = CommonOptions.Apply();
        var jobs = CommonOptions.Jobs();
        var rules = new RuleSelection();
        var command = new Command("eval", "Measure the fixes against gold: the share of the edit distance they remove") { paths, gold, apply, format, jobs };
        rules.AddTo(command);
        command.SetAction(parse =>
        {
            string goldFolder = parse.GetValue(gold)!;
            if (!Directory.Exists(goldFolder))
            {
                throw new ProofreadException("no such gold folder", goldFolder);
            }

            var evaluator = new Evaluator(rules.CreateEngine(parse), CommonOptions.ParseApply(parse.GetValue(apply)!));
            int exit = Run(console, parse.GetValue(paths)!, goldFolder, evaluator, parse.GetValue(format) == "json", parse.GetValue(jobs));
            rules.ReportTimings(console);
            return exit;
        });
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string goldFolder, Evaluator evaluator, bool json, int jobs)
    {
        var (inputs, failures) = InputErrors.Expand(paths);
        var files = new List<InputFile>();
        foreach (var input in inputs)
        {
            if (File.Exists(GoldPath(goldFolder, input)))
            {
                files.Add(input);
            }
            else
            {
                console.Error.WriteLine($"proofread: warning: {input.Path}: no gold twin {GoldPath(goldFolder, input)}; skipped");
            }
        }


        var results = new List<FileEvaluation>();
        var batch = new Batch(files, jobs);
        var run = batch.GatherStatistics(failures.Add);
        batch.Process(
            (file, source) => evaluator.Evaluate(source, SourceText.Load(GoldPath(goldFolder, file)).Text, run),
            (_, result) => results.Add(result),
            failures.Add);
        failures.Report(console);

        var summary = EvalSummary.Of(results);
        if (json)
        {
            WriteJson(console.Out, summary);
        }
        else
        {
            WriteText(console.Out, summary);
        }

        return failures.Any ? CliApp.ExitError : CliApp.ExitOk;
    }

    private static string GoldPath(string goldFolder, InputFile input) => Path.Combine(goldFolder, input.RelativeOutputPath);

    internal static string Figure(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    private static void WriteText(TextWriter output, EvalSummary summary)
    {
        output.WriteLine($"{"file",-40} {"d(in)",8} {"d(out)",8}  improvement");
        foreach (var file in summary.Files)
        {
            output.WriteLine($"{file.Path,-40} {file.DistanceBefore,8} {file.DistanceAfter,8}  {Figure(file.Improvement)}");
        }

        output.WriteLine();
        output.WriteLine($"{"rule",-32} {"applied",8} {"helpful",8} {"harmful",8} {"neutral",8}");
        foreach (var rule in summary.Rules)
        {
            output.WriteLine($"{rule.RuleId,-32} {rule.Applied,8} {rule.Helpful,8} {rule.Harmful,8} {rule.Neutral,8}");
        }

        output.WriteLine();
        DamageClassTable.Write(output, summary.Classes);

        output.WriteLine();
        output.WriteLine($"distance to gold: {summary.DistanceBefore} before, {summary.DistanceAfter} after, over {summary.Files.Count} file(s)");
        output.WriteLine($"overall improvement: {Figure(summary.Improvement)}");
    }

    private static void WriteJson(TextWriter output, EvalSummary summary)
    {
        var document = new
        {
            files = summary.Files.Select(f => new { path = f.Path, distanceBefore = f.DistanceBefore, distanceAfter = f.DistanceAfter, improvement = f.Improvement, classes = DamageClassTable.Json(f.Classes) }),
            rules = summary.Rules.Select(r => new { rule = r.RuleId, applied = r.Applied, helpful = r.Helpful, harmful = r.Harmful, neutral = r.Neutral }),
            overall = new { files = summary.Files.Count, distanceBefore = summary.DistanceBefore, distanceAfter = summary.DistanceAfter, improvement = summary.Improvement, classes = DamageClassTable.Json(summary.Classes) },
        };
        output.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
