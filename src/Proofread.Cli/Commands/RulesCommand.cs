using System.CommandLine;
using Proofread.Engine;
using Proofread.Findings;

namespace Proofread.Cli.Commands;

/// <summary><c>proofread rules [--explain ID]</c>: list the rules, or print one rule's documentation.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var explain = new Option<string?>("--explain") { Description = "Print the documentation of one rule" };
        var command = new Command("rules", "List the rules with id, description and default applicability") { explain };
        command.SetAction(parse =>
        {
            var rules = BuiltInRules.Rules;
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
                console.Out.WriteLine($"{d.Id.PadRight(width)}  {d.DefaultApplicability.Name(),-6}  {d.Summary}");
            }

            return CliApp.ExitOk;
        });
        return command;
    }
}
