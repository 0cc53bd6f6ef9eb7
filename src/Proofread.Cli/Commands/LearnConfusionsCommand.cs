using System.CommandLine;
using System.Text;
using Proofread.Models;
using Proofread.Text;

namespace Proofread.Cli.Commands;

/// <summary>
/// <c>proofread learn-confusions --gold DIR PATH... --out FILE</c>: counts which characters the
/// OCR engine printed for which, from OCR pages and their corrected twins (same relative path in
/// DIR), and writes them as a confusion table. Exit 0, or 2 on an error.
/// </summary>
internal static class LearnConfusionsCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var gold = new Option<string>("--gold") { Description = "Folder of the corrected twins, matched to the inputs by file name", Required = true };
        var output = new Option<string>("--out") { Description = "The confusion table to write (tab-separated, as rules/confusions.tsv)", Required = true };
        var minCount = new Option<int>("--min-count") { Description = "Keep pairs seen at least this often", DefaultValueFactory = _ => 2 };
        var command = new Command("learn-confusions", "Learn the OCR engine's character confusions from pages and their corrected twins") { paths, gold, output, minCount };
        command.SetAction(parse =>
        {
            string goldFolder = parse.GetValue(gold)!;
            if (!Directory.Exists(goldFolder))
            {
                throw new ProofreadException("no such gold folder", goldFolder);
            }

            var (inputs, failures) = InputErrors.Expand(parse.GetValue(paths)!);
            var learner = new ConfusionLearner();
            foreach (var input in inputs)
            {
                string twin = Path.Combine(goldFolder, input.RelativeOutputPath);
                if (!File.Exists(twin))
                {
                    console.Error.WriteLine($"proofread: warning: {input.Path}: no gold twin {twin}; skipped");
                    continue;
                }

                learner.Add(SourceText.Load(input.Path).Text, SourceText.Load(twin).Text);
            }

            failures.Report(console);
            var learned = learner.Confusions(parse.GetValue(minCount));
            var text = new StringWriter();
            new ConfusionTable(learned).Write(text, [
                $"Confusions learned by proofread learn-confusions from {learner.Texts} page(s) against their corrected twins in {goldFolder}.",
                $"learned: the OCR printed 'read' where the page said 'meant', 'weight' times (pairs seen fewer than {parse.GetValue(minCount)} times left out)."]);
            AtomicFile.WriteAllBytes(parse.GetValue(output)!, new UTF8Encoding(false).GetBytes(text.ToString()));
            console.Out.WriteLine($"{learned.Count} confusion(s) from {learner.Texts} page(s) written to {parse.GetValue(output)}"
                + (learned.Count > 0 ? ": " + string.Join(" ", learned.Take(10).Select(c => $"{c.Read}→{c.Meant} {c.Count}")) : ""));
            return failures.Any ? CliApp.ExitError : CliApp.ExitOk;
        });
        return command;
    }
}
