using System.CommandLine;
using Proofread.Cli.Output;
using Proofread.Engine;
using Proofread.Store;

namespace Proofread.Cli.Commands;

/// <summary>
/// <c>proofread fix PATH... (--out DIR | --in-place | --dry-run)</c>: apply fixes (safe ones by
/// default) and write each corrected file, atomically, in its own encoding.
/// </summary>
internal static class FixCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var outDir = new Option<string?>("--out", "-o") { Description = "Write corrected files under this folder (same names, folder layout kept)" };
        var inPlace = new Option<bool>("--in-place") { Description = "Overwrite the inputs (atomically), keeping a NAME.orig backup" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print unified diffs and write nothing" };
        var keepMeta = new Option<bool>("--keep-meta") { Description = "Also write what the masthead held (paper, date, issue…) to NAME.meta.json beside each output" };
        var apply = CommonOptions.Apply();
        var jobs = CommonOptions.Jobs();
        var rules = new RuleSelection();
        var store = new StoreOptions();
        var command = new Command("fix", "Apply fixes and write the corrected files") { paths, outDir, inPlace, dryRun, apply, jobs, keepMeta };
        store.AddTo(command);
        rules.AddTo(command);
        command.Validators.Add(result =>
        {
            int modes = (result.GetValue(outDir) is null ? 0 : 1) + (result.GetValue(inPlace) ? 1 : 0) + (result.GetValue(dryRun) ? 1 : 0);
            if (modes != 1)
            {
                result.AddError("fix needs exactly one of --out DIR, --in-place or --dry-run");
            }
        });
        command.SetAction(parse =>
        {
            var engine = rules.CreateEngine(parse, out var catalog);
            using var database = store.OpenForFix(parse, console.Clock);
            string mode = parse.GetValue(inPlace) ? "in-place" : parse.GetValue(dryRun) ? "dry-run" : "out";
            IFixOutput? output = mode switch
            {
                "in-place" => new InPlaceOutput(),
                "out" => new OutputFolder(parse.GetValue(outDir)!),
                _ => null,
            };
            var run = database is null ? null : store.DescribeRun(parse, "fix", engine, catalog, ("apply", parse.GetValue(apply)!), ("output", mode));
            var options = new FixRunOptions(CommonOptions.ParseApply(parse.GetValue(apply)!), parse.GetValue(jobs), parse.GetValue(keepMeta));
            var fixRun = new FixRun(engine, options, output, console.Clock, database, run);

            var (files, failures) = InputErrors.Expand(parse.GetValue(paths)!);
            bool verbose = parse.GetValue(CommonOptions.Verbose);
            FixRunSummary? summary = null;
            ProgressDisplay.Run(console, files.Count * 2, "fixing", step =>
                summary = fixRun.Run(files, failures.Add, (file, result) => ReportFile(console, file, result, output is null, verbose), step));
            failures.Report(console);
            ReportSummary(console.Error, summary!, output, database);
            rules.ReportTimings(console);
            return failures.Any ? CliApp.ExitError : CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>A dry run's diff of the file, or with <c>--verbose</c> what was done to it; a warning when the fixes did not converge.</summary>
    private static void ReportFile(CliConsole console, InputFile file, FixResult result, bool dryRun, bool verbose)
    {
        if (dryRun && result.Changed)
        {
            console.Out.Write(UnifiedDiff.Create(result.Original.Text, result.Fixed.Text, "a/" + file.RelativeOutputPath, "b/" + file.RelativeOutputPath));
        }
        else if (verbose)
        {
            console.Error.WriteLine($"{file.Path}: {result.Applied.Count} fix(es) in {result.Passes} pass(es)");
        }

        if (!result.Converged)
        {
            console.Error.WriteLine($"proofread: warning: {file.Path}: fixes did not converge after {result.Passes} passes; the output holds the last pass");
        }
    }

    private static void ReportSummary(TextWriter summary, FixRunSummary run, IFixOutput? output, SqliteDecisionStore? database)
    {
        string where = output switch
        {
            null => "nothing written (dry run)",
            OutputFolder folder => $"{run.Written} file(s) written to {folder.Folder}",
            _ => $"{run.Written} file(s) rewritten in place",
        };
        summary.WriteLine($"{run.Fixes} fix(es) applied in {run.Changed} of {run.Files} file(s); {where}.");
        foreach (var (rule, n) in run.FixesByRule)
        {
            summary.WriteLine($"  {n,6}  {rule}");
        }

        if (database is not null && run.Recorded is { } recorded)
        {
            string skipped = recorded.SkippedAsRejected > 0 ? $"; {recorded.SkippedAsRejected} finding(s) left out as rejected before" : string.Empty;
            summary.WriteLine(output is null
                ? $"Review store {database.Path}: nothing recorded (dry run){skipped}."
                : $"Review store {database.Path}: run {recorded.RunId} recorded with {recorded.AutoApplied} auto-applied fix(es) and {recorded.Proposed} finding(s) waiting for review{skipped}.");
        }
    }
}
