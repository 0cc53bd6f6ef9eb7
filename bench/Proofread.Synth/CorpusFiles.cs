namespace Proofread.Synth;

/// <summary>
/// The two parts of the clean corpus in the repository (tests/fixtures/corpus): <c>dev/</c>, the
/// only text examples and models may come from, and <c>heldout/</c>, the only text measures run on.
/// </summary>
public static class CorpusFiles
{
    public static string HeldOut() => Find(Path.Combine("heldout", "sentences.txt"));

    public static string Dev() => Find(Path.Combine("dev", "sentences.txt"));

    private static string Find(string part)
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "tests", "fixtures", "corpus", part);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new ArgumentException($"tests/fixtures/corpus/{part} not found above {AppContext.BaseDirectory}; pass --corpus FILE");
    }
}
