using System.CommandLine;
using Proofread.Findings;

namespace Proofread.Cli.Commands;

/// <summary>Options several commands share; each command gets its own instance where System.CommandLine needs one.</summary>
internal static class CommonOptions
{
    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Print more detail, and stack traces with errors",
        Recursive = true,
    };

    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Files, or folders searched recursively for *.txt and *.md",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<int> Jobs() => new("--jobs", "-j")
    {
        Description = "Files processed at once (default: all cores)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static Option<string> Apply() => new Option<string>("--apply")
    {
        Description = "Which fixes to apply: safe (unattended) or all (safe and review)",
        DefaultValueFactory = _ => "safe",
    }.AcceptOnlyFromAmong("safe", "all");

    public static Applicability ParseApply(string value) => value == "all" ? Applicability.Review : Applicability.Safe;
}
