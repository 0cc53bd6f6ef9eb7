namespace Proofread.Tests;

/// <summary>Folders the tests read from and write to.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    /// <summary>
    /// The held-out part of the clean People's Daily sentences, one a line: the only text measures
    /// run on (clean pages, injected damage). No rule example or hand-written case may quote it.
    /// </summary>
    public static string HeldOutCorpus => Fixture("corpus/heldout/sentences.txt");

    /// <summary>The development part: the only corpus text examples and models may quote or learn from.</summary>
    public static string DevCorpus => Fixture("corpus/dev/sentences.txt");

    public static string Fixture(string relative) => Path.Combine(RepoRoot, "tests", "fixtures", relative);

    /// <summary>A fresh empty folder under the system temp folder.</summary>
    public static string NewTempFolder()
    {
        string dir = Path.Combine(Path.GetTempPath(), "proofread-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Proofread.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Proofread.sln not found above " + AppContext.BaseDirectory);
    }
}
