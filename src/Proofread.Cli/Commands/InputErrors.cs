using Proofread.Engine;

namespace Proofread.Cli.Commands;

/// <summary>
/// The errors of a multi-file run (a path that does not exist, a file that is not text…),
/// gathered from worker threads and reported together at the end; one bad file never stops the
/// others.
/// </summary>
internal sealed class InputErrors
{
    private readonly List<ProofreadException> _errors;

    private InputErrors(IEnumerable<ProofreadException> errors) => _errors = [.. errors];

    public bool Any
    {
        get
        {
            lock (_errors)
            {
                return _errors.Count > 0;
            }
        }
    }

    /// <summary>Expands the command line's paths into input files, keeping the errors of those that do not resolve.</summary>
    public static (IReadOnlyList<InputFile> Files, InputErrors Errors) Expand(string[] paths)
    {
        var (files, errors) = InputSet.Expand(paths);
        return (files, new InputErrors(errors));
    }

    /// <summary>Records the error of one file (thread-safe; fits <see cref="Batch"/>'s error callbacks).</summary>
    public void Add(InputFile file, ProofreadException error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }

    /// <summary>Prints every error, one line each.</summary>
    public void Report(CliConsole console)
    {
        foreach (var e in _errors)
        {
            console.Error.WriteLine($"proofread: error: {e.Describe()}");
        }
    }
}
