using System.CommandLine;
using Proofread.Config;
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

    private readonly Option<string[]> _ruleFolders = new("--rules")
    {
        Description = "Also load the rule packs (*.yaml) of this folder (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string?> _config = new("--config")
    {
        Description = $"Read this configuration file instead of ./{ProofreadConfig.FileName}",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_only);
        command.Options.Add(_none);
        command.Options.Add(_ruleFolders);
        command.Options.Add(_config);
    }

    /// <summary>
    /// Loads the configuration and every pack (a broken one stops the run here, before any file
    /// is touched) and lists the available rules.
    /// </summary>
    public RuleCatalog CreateCatalog(ParseResult parse)
    {
        string? configPath = parse.GetValue(_config);
        ProofreadConfig config;
        if (configPath is not null)
        {
            if (!File.Exists(configPath))
            {
                throw new ProofreadException("no such configuration file", configPath);
            }

            config = ProofreadConfig.Load(configPath);
        }
        else
        {
            config = File.Exists(ProofreadConfig.FileName) ? ProofreadConfig.Load(ProofreadConfig.FileName) : ProofreadConfig.Empty;
        }

        return RuleCatalog.Create(config, parse.GetValue(_ruleFolders) ?? []);
    }

    public RuleEngine CreateEngine(ParseResult parse) => CreateEngine(parse, out _);

    public RuleEngine CreateEngine(ParseResult parse, out RuleCatalog? catalog)
    {
        if (parse.GetValue(_none))
        {
            catalog = null;
            return RuleEngine.Empty;
        }

        catalog = CreateCatalog(parse);
        return catalog.CreateEngine(parse.GetValue(_only) ?? []);
    }
}
