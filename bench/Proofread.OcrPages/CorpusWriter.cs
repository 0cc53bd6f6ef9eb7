using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Proofread.OcrPages;

/// <summary>
/// Scans each composed page and reads it back with Tesseract, then writes MODE/in/NAME.txt (the
/// OCR text), MODE/gold/NAME.txt (the stories), with --keep-ocr-xml MODE/xml/NAME.hocr.gz
/// and NAME.alto.xml.gz, and with --keep-images images/NAME.png (and the zones' crops). Zoned reading cuts each zone out of
/// the scan, reads it with --psm 6 and joins the zones' texts in reading order, a blank line
/// between them; page reading reads the whole scan with --psm 3. Every file is written to a
/// temporary name and renamed, so a stopped run leaves no half-written page.
/// </summary>
public sealed class CorpusWriter(GeneratorOptions options, Tesseract tesseract, PageScan scanner)
{
    private const float ZonePadding = 6;
    private static readonly UTF8Encoding Utf8 = new(false);

    public void Write(IReadOnlyList<ComposedPage> pages, string workFolder)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Jobs };
        Parallel.For(0, pages.Count, parallel, i => WritePage(pages[i], i, Path.Combine(workFolder, pages[i].Name)));
    }

    private void WritePage(ComposedPage page, int index, string folder)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(unchecked((options.Seed * 31) + index) ^ 0x5bd1e995);
        var look = ScanLook.Draw(random);
        using var scan = scanner.Render(page, look, random);
        string image = page.Name + ".png";
        Save(scan, Path.Combine(folder, image));
        if (options.KeepImages)
        {
            Copy(Path.Combine(folder, image), Path.Combine(options.Output, "images", image));
        }

        string gold = string.Join("\n\n", page.Gold) + "\n";
        if (options.Modes.HasFlag(ReadingModes.Zoned))
        {
            var texts = new List<string>();
            var xml = new List<OcrXml.ZoneXml>();
            for (int z = 0; z < page.Zones.Count; z++)
            {
                var crop = look.Locate(page.Zones[z].Bounds, page.Width, page.Height, ZonePadding);
                using var zoneImage = new SKBitmap();
                scan.ExtractSubset(zoneImage, crop);
                string zoneName = $"zone{z:D2}";
                Save(zoneImage, Path.Combine(folder, zoneName + ".png"));
                if (options.KeepImages)
                {
                    Copy(Path.Combine(folder, zoneName + ".png"), Path.Combine(options.Output, "images", page.Name, zoneName + ".png"));
                }

                string text = tesseract.Read(folder, zoneName + ".png", zoneName, 6, options.KeepOcrXml).Trim();
                if (text.Length > 0)
                {
                    texts.Add(text);
                }

                if (options.KeepOcrXml)
                {
                    xml.Add(new OcrXml.ZoneXml(File.ReadAllText(Path.Combine(folder, zoneName + ".hocr")), File.ReadAllText(Path.Combine(folder, zoneName + ".xml")), crop.Left, crop.Top));
                }
            }

            string mode = Path.Combine(options.Output, "zoned");
            WriteText(Path.Combine(mode, "in", page.Name + ".txt"), string.Join("\n\n", texts) + "\n");
            WriteText(Path.Combine(mode, "gold", page.Name + ".txt"), gold);
            if (options.KeepOcrXml && xml.Count > 0)
            {
                WriteCompressed(Path.Combine(mode, "xml", page.Name + ".hocr.gz"), OcrXml.MergeHocr(xml, image, page.Width, page.Height));
                WriteCompressed(Path.Combine(mode, "xml", page.Name + ".alto.xml.gz"), OcrXml.MergeAlto(xml, image, page.Width, page.Height));
            }
        }

        if (options.Modes.HasFlag(ReadingModes.Page))
        {
            string text = tesseract.Read(folder, image, page.Name, 3, options.KeepOcrXml).Trim();
            string mode = Path.Combine(options.Output, "page");
            WriteText(Path.Combine(mode, "in", page.Name + ".txt"), text + "\n");
            WriteText(Path.Combine(mode, "gold", page.Name + ".txt"), gold);
            if (options.KeepOcrXml)
            {
                WriteCompressed(Path.Combine(mode, "xml", page.Name + ".hocr.gz"), File.ReadAllText(Path.Combine(folder, page.Name + ".hocr")));
                WriteCompressed(Path.Combine(mode, "xml", page.Name + ".alto.xml.gz"), File.ReadAllText(Path.Combine(folder, page.Name + ".xml")));
            }
        }

        Console.Error.WriteLine($"{page.Name}: {page.Zones.Count} zones, {look}");
    }

    private static void Save(SKBitmap bitmap, string path)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var stream = File.Create(path);
        data.SaveTo(stream);
    }

    private static void WriteText(string path, string text) => Replace(path, temporary => File.WriteAllText(temporary, text, Utf8));

    /// <summary>hOCR and ALTO are verbose (about 400 KB a page); gzip makes them a tenth of that.</summary>
    private static void WriteCompressed(string path, string text) => Replace(path, temporary =>
    {
        using var file = File.Create(temporary);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        gzip.Write(Utf8.GetBytes(text));
    });

    private static void Copy(string from, string to) => Replace(to, temporary => File.Copy(from, temporary, true));

    private static void Replace(string path, Action<string> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temporary = path + ".tmp";
        write(temporary);
        File.Move(temporary, path, true);
    }
}
