using Proofread.Cli;

namespace Proofread.Tests.Cli;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static Outcome Run(params string[] args) => Run(TimeProvider.System, args);

    /// <summary>Runs the command line with <paramref name="clock"/> as the time every record is made at.</summary>
    public static Outcome Run(TimeProvider clock, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, new CliConsole(output, error, IsInteractive: false) { Clock = clock });
        return new Outcome(code, output.ToString(), error.ToString());
    }
}
