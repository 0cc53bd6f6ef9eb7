namespace Proofread;

/// <summary>
/// The one exception type for problems a user can act on: a file that cannot be read,
/// an encoding that cannot be told, a rule pack with an error. The CLI turns it into a
/// one-line message and exit code 2; <see cref="Path"/> names the file when there is one.
/// </summary>
public sealed class ProofreadException : Exception
{
    public ProofreadException(string message, string? path = null, Exception? inner = null)
        : base(message, inner)
    {
        Path = path;
    }

    public string? Path { get; }

    /// <summary>The message as the CLI prints it: "path: problem".</summary>
    public string Describe() => Path is null ? Message : $"{Path}: {Message}";
}
