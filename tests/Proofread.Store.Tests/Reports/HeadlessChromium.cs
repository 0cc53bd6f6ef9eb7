using System.Diagnostics;

namespace Proofread.Store.Tests.Reports;

/// <summary>
/// Debian's chromium, run headless as the machine notes say (no sandbox as root, no background
/// networking on a closed network, a fresh profile each time).
/// </summary>
public static class HeadlessChromium
{
    public static string? Executable { get; } = Find();

    /// <summary>The page's DOM after the browser parsed it, serialized back to HTML.</summary>
    public static string DumpDom(string htmlFile) => Run(htmlFile, "--dump-dom");

    /// <summary>Renders the page to a PNG and returns the file's length.</summary>
    public static long Screenshot(string htmlFile, string pngFile)
    {
        Run(htmlFile, $"--screenshot={pngFile}", "--window-size=1200,900", "--hide-scrollbars");
        return new FileInfo(pngFile).Length;
    }

    private static string Run(string htmlFile, params string[] extra)
    {
        string profile = TestPaths.NewTempFolder();
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + profile,
        })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (string arg in extra)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 90 s");
        }

        Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {error.Result}");
        return output;
    }

    private static string? Find()
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in new[] { "chromium", "chromium-browser" })
            {
                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

/// <summary>A test that needs chromium: skipped, with the reason, where it is not installed (.ci/run installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.Executable is null)
        {
            Skip = "chromium is not installed here; .ci/run installs it (apt-get install chromium)";
        }
    }
}
