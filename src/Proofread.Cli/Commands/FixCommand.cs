using System.CommandLine;
using Proofread.Cli.Output;
using Proofread.Engine;
using Proofread.Store;
using Proofread.Text;

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
            var options = new FixOptions(
                parse.GetValue(outDir),
                parse.GetValue(inPlace),
                parse.GetValue(dryRun),
                CommonOptions.ParseApply(parse.GetValue(apply)!),
                parse.GetValue(jobs),
                parse.GetValue(CommonOptions.Verbose),
                parse.GetValue(keepMeta));
            var engine = rules.CreateEngine(parse, out var catalog);
            using var database = store.OpenForFix(parse);
            string output = parse.GetValue(inPlace) ? "in-place" : parse.GetValue(dryRun) ? "dry-run" : "out";
            var recorder = database is null
                ? null
                : new FixRunRecorder(database, engine, store.DescribeRun(parse, "fix", engine, catalog, ("apply", parse.GetValue(apply)!), ("output", output)));
            int exit = Run(console, parse.GetValue(paths)!, engine, options, recorder);
            rules.ReportTimings(console);
            return exit;
        });
        return command;
    }

    private sealed record FixOptions(string? OutDir, bool InPlace, bool DryRun, Findings.Applicability Minimum, int Jobs, bool Verbose, bool KeepMeta = false);

    private static int Run(CliConsole console, string[] paths, RuleEngine engine, FixOptions options, FixRunRecorder? recorder = null)
    {
        var (files, failures) = InputErrors.Expand(paths);

        var fixer = new Fixer(engine);
        var byRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int written = 0, changed = 0, unconverged = 0;
        var batch = new Batch(files, options.Jobs);
        using var writes = new BackgroundWrites(Math.Max(4, 2 * options.Jobs));
        ProgressDisplay.Run(console, files.Count * 2, "fixing", step =>
        {
            batch.FileDone += step;
            var run = batch.GatherStatistics(failures.Add);
            batch.Process(
                (file, source) =>
                {
                    var result = recorder?.Fix(fixer, source, run, options.Minimum) ?? fixer.Fix(source, run, options.Minimum);
                    if (options.DryRun)
                    {
                        recorder?.Discard(result);
                    }
                    else
                    {
                        writes.Start(() =>
                        {
                            try
                            {
                                Write(file, result, options);
                                if (options.KeepMeta)
                                {
                                    PageMetadataFile.Write(OutputPath(file, options), file, new Document(source), engine);
                                }

                                recorder?.Record(result, run);
                                Interlocked.Increment(ref written);
                            }
                            catch (ProofreadException e)
                            {
                                failures.Add(file, e);
                            }
                        });
                    }

                    return result;
                },
                (file, result) =>
                {
                    changed += result.Changed ? 1 : 0;
                    unconverged += result.Converged ? 0 : 1;
                    foreach (var (rule, n) in result.CountsByRule())
                    {
                        byRule[rule] = byRule.GetValueOrDefault(rule) + n;
                    }

                    if (options.DryRun && result.Changed)
                    {
                        console.Out.Write(UnifiedDiff.Create(result.Original.Text, result.Fixed.Text, "a/" + file.RelativeOutputPath, "b/" + file.RelativeOutputPath));
                    }
                    else if (options.Verbose)
                    {
                        console.Error.WriteLine($"{file.Path}: {result.Applied.Count} fix(es) in {result.Passes} pass(es)");
                    }

                    if (!result.Converged)
                    {
                        console.Error.WriteLine($"proofread: warning: {file.Path}: fixes did not converge after {result.Passes} passes; the output holds the last pass");
                    }
                },
                failures.Add);
            writes.WaitAll();
        });

        failures.Report(console);

        int fixes = byRule.Values.Sum();
        var summary = console.Error;
        string where = options.DryRun ? "nothing written (dry run)" : options.InPlace ? $"{written} file(s) rewritten in place" : $"{written} file(s) written to {options.OutDir}";
        summary.WriteLine($"{fixes} fix(es) applied in {changed} of {files.Count} file(s); {where}.");
        foreach (var (rule, n) in byRule)
        {
            summary.WriteLine($"  {n,6}  {rule}");
        }

        if (recorder is not null)
        {
            summary.WriteLine(recorder.Describe(options.DryRun));
        }

        return failures.Any ? CliApp.ExitError : CliApp.ExitOk;
    }

    private static string OutputPath(InputFile file, FixOptions options) =>
        options.InPlace ? file.Path : Path.Combine(options.OutDir!, file.RelativeOutputPath);

    private static void Write(InputFile file, FixResult result, FixOptions options)
    {
        byte[] bytes = result.Fixed.ToBytes();
        if (options.InPlace)
        {
            if (!result.Changed)
            {
                return;
            }

            AtomicFile.Backup(file.Path);
            AtomicFile.WriteAllBytes(file.Path, bytes);
            return;
        }

        string target = OutputPath(file, options);
        if (Path.GetFullPath(target) == Path.GetFullPath(file.Path))
        {
            throw new ProofreadException("the output would overwrite the input; use --in-place for that", file.Path);
        }

        AtomicFile.WriteAllBytes(target, bytes);
    }
}
