/// <summary>
/// What a command runs in, so tests can stand in for it: where it writes, whether a person is
/// watching (for progress bars), and the one clock every recorded time is read from.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsInteractive)
{
    public static CliConsole System => new(
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null);

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
