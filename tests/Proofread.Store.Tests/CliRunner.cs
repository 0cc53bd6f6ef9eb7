using Proofread.Cli;

namespace Proofread.Store.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static Outcome Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, new CliConsole(output, error, IsInteractive: false));
        return new Outcome(code, output.ToString(), error.ToString());
    }
}
