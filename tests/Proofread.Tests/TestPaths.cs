namespace Proofread.Tests;

/// <summary>Where the repository's files are, from the test binaries.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    public static string Fixture(string relative) => Path.Combine(RepositoryRoot, "tests", "fixtures", relative);

    public static string NewTempFolder()
    {
        string dir = Path.Combine(Path.GetTempPath(), "proofread-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Proofread.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (Proofread.sln) not found above " + AppContext.BaseDirectory);
    }
}
