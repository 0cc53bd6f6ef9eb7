using Spectre.Console;

namespace Proofread.Cli.Output;

/// <summary>
/// A progress bar on standard error for runs over many files, shown only when a person is
/// watching an interactive terminal; piped or CI output stays quiet.
/// </summary>
internal static class ProgressDisplay
{
    private const int MinFiles = 20;

    /// <param name="body">Does the work; receives the callback to call once per finished step.</param>
    public static void Run(CliConsole console, int steps, string label, Action<Action> body)
    {
        if (!console.IsInteractive || steps < MinFiles)
        {
            body(() => { });
            return;
        }

        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        ansi.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(label, maxValue: steps);
                body(() => task.Increment(1));
            });
    }
}
