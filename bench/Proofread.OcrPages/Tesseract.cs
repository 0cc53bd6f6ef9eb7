using System.Diagnostics;

namespace Proofread.OcrPages;

/// <summary>
/// The Tesseract command line. Each call runs on one thread (OMP_THREAD_LIMIT=1) so calls can run
/// side by side; it reads one image and writes the plain text and, when asked, hOCR and ALTO
/// beside it. Runs in the image's folder with relative names, so no temporary path gets into
/// the XML.
/// </summary>
public sealed class Tesseract
{
    public const string Language = "chi_sim";
    public const int Dpi = 300;

    private Tesseract(string version) => Version = version;

    /// <summary>The first line of <c>tesseract --version</c>, for the record of how a corpus was made.</summary>
    public string Version { get; }

    public static Tesseract Find()
    {
        string version, languages;
        try
        {
            version = Run(Environment.CurrentDirectory, "--version").Split('\n')[0].Trim();
            languages = Run(Environment.CurrentDirectory, "--list-langs");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new GeneratorException("tesseract: not found on PATH (install the Debian packages tesseract-ocr and tesseract-ocr-chi-sim)");
        }

        if (!languages.Split('\n').Any(l => l.Trim() == Language))
        {
            throw new GeneratorException($"tesseract: no '{Language}' language data (install the Debian package tesseract-ocr-chi-sim)");
        }

        return new Tesseract(version);
    }

    /// <summary>Reads <paramref name="image"/> (a file in <paramref name="folder"/>) with the page
    /// segmentation mode <paramref name="psm"/>; returns the text. Writes BASE.hocr and BASE.xml
    /// (ALTO) beside it when <paramref name="xml"/> is set.</summary>
    public string Read(string folder, string image, string outputBase, int psm, bool xml)
    {
        List<string> arguments = [image, outputBase, "--psm", psm.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-l", Language, "--dpi", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", "page_separator=", "txt"];
        if (xml)
        {
            arguments.AddRange(["hocr", "alto"]);
        }

        Run(folder, [.. arguments]);
        return File.ReadAllText(Path.Combine(folder, outputBase + ".txt"));
    }

    private static string Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("tesseract")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start) ?? throw new GeneratorException("tesseract: could not be started");
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new GeneratorException($"tesseract {string.Join(' ', arguments)} (in {folder}): exit {process.ExitCode}: {error.Result.Trim()}");
        }

        return output + error.Result;
    }
}
