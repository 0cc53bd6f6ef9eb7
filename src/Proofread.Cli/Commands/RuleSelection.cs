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

    private readonly Option<bool> _timings = new("--timings")
    {
        Description = "At the end, print on stderr the time each rule took (slowest first)",
    };

    /// <summary>What <c>--timings</c> collects, once the engine is made; null when nobody asked.</summary>
    public RuleTimings? Timings { get; private set; }

    public void AddTo(Command command)
    {
        command.Options.Add(_only);
        command.Options.Add(_none);
        command.Options.Add(_ruleFolders);
        command.Options.Add(_config);
        command.Options.Add(_timings);
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
        var engine = catalog.CreateEngine(parse.GetValue(_only) ?? []);
        if (parse.GetValue(_timings))
        {
            Timings = new RuleTimings();
            engine = engine.WithTimings(Timings);
        }

        return engine;
    }

    /// <summary>The <c>--timings</c> table, on stderr, when it was asked for.</summary>
    public void ReportTimings(CliConsole console)
    {
        if (Timings is null)
        {
            return;
        }

        var rows = Timings.Rows();
        double total = rows.Sum(r => r.Time.TotalSeconds);
        console.Error.WriteLine($"{"rule",-28} {"seconds",9} {"share",6} {"analyses",9} {"findings",9}");
        foreach (var r in rows)
        {
            console.Error.WriteLine($"{r.RuleId,-28} {r.Time.TotalSeconds,9:0.000} {(total > 0 ? 100 * r.Time.TotalSeconds / total : 0),5:0}% {r.Calls,9} {r.Findings,9}");
        }

        console.Error.WriteLine($"{"all rules",-28} {total,9:0.000}");
    }
}
