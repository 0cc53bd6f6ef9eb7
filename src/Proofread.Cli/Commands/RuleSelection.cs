using System.CommandLine;
using Proofread.Engine;

namespace Proofread.Cli.Commands;

/// <summary>
/// The options that decide which rules a run uses, and the engine they make.
/// Every command that runs rules adds these, so they mean the same everywhere.
/// </summary>
internal sealed class RuleSelection
{
    private readonly Option<string[]> _only = new("--rule")
    {
        Description = "Run only this rule (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> _none = new("--no-rules")
    {
        Description = "Run no rule at all (every file comes back byte for byte)",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_only);
        command.Options.Add(_none);
    }

    public RuleEngine CreateEngine(ParseResult parse)
    {
        if (parse.GetValue(_none))
        {
            return RuleEngine.Empty;
        }

        var rules = BuiltInRules.Rules;
        string[] only = parse.GetValue(_only) ?? [];
        if (only.Length == 0)
        {
            return RuleEngine.Default;
        }

        var known = rules.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = only.Where(id => !known.Contains(id)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ProofreadException($"unknown rule '{unknown[0]}' (see `proofread rules`)");
        }

        return new RuleEngine(rules.Where(r => only.Contains(r.Descriptor.Id)));
    }
}
