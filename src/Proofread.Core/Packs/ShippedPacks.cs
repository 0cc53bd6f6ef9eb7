namespace Proofread.Packs;

/// <summary>
/// The packs that come with Proofread (the repository's <c>rules/</c> folder, copied next to the
/// program on build). Found and loaded once, lazily, and shared read-only.
/// </summary>
public static class ShippedPacks
{
    private static readonly Lazy<IReadOnlyList<RulePack>> All = new(() =>
        Folder is { } folder ? RulePackLoader.LoadFolder(folder, shipped: true) : []);

    public static IReadOnlyList<RulePack> Packs => All.Value;

    /// <summary>
    /// <c>rules/</c> next to the program, or, when running from a build folder of the repository,
    /// the repository's own <c>rules/</c> (the folder holding Proofread.sln).
    /// </summary>
    public static string? Folder { get; } = Locate();

    private static string? Locate()
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "rules");
        if (Directory.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Proofread.sln")) && Directory.Exists(Path.Combine(dir.FullName, "rules")))
            {
                return Path.Combine(dir.FullName, "rules");
            }
        }

        return null;
    }
}
