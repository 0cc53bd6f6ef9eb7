using System.CommandLine;
using Proofread.Cli.Commands;

namespace Proofread.Cli;

/// <summary>The command line: one file per command under Commands/, wired here.</summary>
public static class CliApp
{
    public const int ExitOk = 0;
    public const int ExitFindings = 1;
    public const int ExitError = 2;

    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Proofread: find and fix OCR damage in Chinese newspaper pages.");
        root.Options.Add(CommonOptions.Verbose);
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(FixCommand.Create(console));
        root.Subcommands.Add(RulesCommand.Create(console));
        root.Subcommands.Add(InitCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        root.Subcommands.Add(ReviewCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        root.Subcommands.Add(LearnConfusionsCommand.Create(console));

        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            int code = parse.Invoke(config);
            return parse.Errors.Count > 0 ? ExitError : code;
        }
        catch (ProofreadException e)
        {
            console.Error.WriteLine($"proofread: error: {e.Describe()}");
            if (parse.GetValue(CommonOptions.Verbose))
            {
                console.Error.WriteLine(e);
            }

            return ExitError;
        }
    }
}
