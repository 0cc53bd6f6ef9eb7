using System.CommandLine;
using System.Text;
using Proofread.Config;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Packs;
using Proofread.Rules;
using Proofread.Text;

namespace Proofread.Cli.Commands;

/// <summary>
/// <c>proofread rules [--explain ID] [--rules DIR] [--test DIR] [--docs DIR]</c>: list the rules (built-in
/// and pack rules), print one rule's documentation, run every example of the packs in a folder, or
/// write the built-in rules' documentation pages (docs/rules/ID.md) from their descriptors.
/// </summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var explain = new Option<string?>("--explain") { Description = "Print the documentation of one rule" };
        var test = new Option<string?>("--test") { Description = "Run every example of the rule packs in this folder (exit 1 if one fails)" };
        var docs = new Option<string?>("--docs") { Description = "Write the documentation page of every built-in rule (ID.md) and an index into this folder" };
        var selection = new RuleSelection();
        var command = new Command("rules", "List the rules with id, default applicability, source and description") { explain, test, docs };
        selection.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(test) is { } folder)
            {
                return Test(console, RulePackLoader.LoadFolder(folder));
            }

            if (parse.GetValue(docs) is { } docsFolder)
            {
                return WriteDocs(console, docsFolder);
            }

            var catalog = selection.CreateCatalog(parse);
            var rules = catalog.Rules;
            string? id = parse.GetValue(explain);
            if (id is not null)
            {
                var rule = rules.FirstOrDefault(r => r.Descriptor.Id == id)
                    ?? throw new ProofreadException($"unknown rule '{id}' (see `proofread rules`)");
                console.Out.WriteLine($"{rule.Descriptor.Id} ({rule.Descriptor.DefaultApplicability.Name()}): {rule.Descriptor.Summary}");
                console.Out.WriteLine();
                console.Out.WriteLine(rule.Descriptor.Documentation);
                return CliApp.ExitOk;
            }

            int width = rules.Max(r => r.Descriptor.Id.Length);
            foreach (var rule in rules)
            {
                var d = rule.Descriptor;
                string source = d.Source.StartsWith("pack ", StringComparison.Ordinal) ? d.Source.Split(' ')[1] : d.Source;
                console.Out.WriteLine($"{d.Id.PadRight(width)}  {d.DefaultApplicability.Name(),-6}  {source,-14}  {d.Summary}");
            }

            return CliApp.ExitOk;
        });
        return command;
    }

    private static int WriteDocs(CliConsole console, string folder)
    {
        Directory.CreateDirectory(folder);
        var pages = RuleDocumentation.Pages(BuiltInRules.Rules);
        foreach (var (name, markdown) in pages)
        {
            AtomicFile.WriteAllBytes(Path.Combine(folder, name), Encoding.UTF8.GetBytes(markdown));
        }

        console.Out.WriteLine($"wrote {pages.Count} page(s) to {folder}");
        return CliApp.ExitOk;
    }

    private static int Test(CliConsole console, IReadOnlyList<RulePack> packs)
    {
        int passed = 0, failed = 0;
        foreach (var pack in packs)
        {
            foreach (var rule in pack.Rules)
            {
                foreach (var example in rule.Examples)
                {
                    string? failure = RuleExampleCheck.Failure(rule, example);
                    if (failure is null)
                    {
                        passed++;
                        continue;
                    }

                    failed++;
                    console.Out.WriteLine($"FAIL {rule.Descriptor.Source}: {rule.Descriptor.Id}: {failure}");
                }
            }
        }

        console.Out.WriteLine($"{packs.Count} pack(s), {passed} example(s) passed, {failed} failed.");
        return failed == 0 ? CliApp.ExitOk : CliApp.ExitFindings;
    }
}
