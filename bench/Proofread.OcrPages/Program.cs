using Proofread.OcrPages;

// proofread-ocr-pages: newspaper pages set from held-out corpus text, scanned and read back by
// Tesseract; see the README of tests/fixtures/ocr-pages.
try
{
    var options = GeneratorOptions.Parse(args);
    var tesseract = Tesseract.Find();
    using var fonts = FontSet.Load(options.Fonts);
    var text = HeldOutText.Load(options.Corpus, options.Seed);
    var typesetter = new Typesetter(fonts);
    var pages = IssuePlanner.Compose(new PageComposer(typesetter, text), options.Pages, options.Seed);
    if (options.DryRun)
    {
        // Composing checks every page (zones on the page, none overlapping); nothing is written.
        Console.Error.WriteLine($"{pages.Count} pages laid out, {pages.Sum(p => p.Zones.Count)} zones, {pages.Sum(p => p.Gold.Sum(g => g.Length))} characters of gold");
        return 0;
    }

    string work = Path.Combine(Path.GetTempPath(), $"proofread-ocr-pages-{Environment.ProcessId}");
    Console.Error.WriteLine($"{tesseract.Version}, -l {Tesseract.Language}; fonts: {string.Join(", ", fonts.Paths)}");
    try
    {
        new CorpusWriter(options, tesseract, new PageScan(fonts)).Write(pages, work);
    }
    finally
    {
        if (Directory.Exists(work))
        {
            Directory.Delete(work, true);
        }
    }

    Console.Error.WriteLine($"{pages.Count} pages written under {options.Output}");
    return 0;
}
catch (GeneratorException e)
{
    Console.Error.WriteLine($"proofread-ocr-pages: {e.Message}");
    Console.Error.WriteLine(GeneratorOptions.Usage);
    return 2;
}
catch (IOException e)
{
    Console.Error.WriteLine($"proofread-ocr-pages: {e.Message}");
    return 2;
}
