using SkiaSharp;

namespace Proofread.OcrPages;

/// <summary>
/// The Noto CJK faces of Debian's fonts-noto-cjk, found by path. The .ttc files hold one face per
/// region (JP, KR, SC, TC, HK); glyph shapes differ between them, so the Simplified Chinese one
/// is picked by its family name.
/// </summary>
public sealed class FontSet : IDisposable
{
    public const string DefaultDirectory = "/usr/share/fonts/opentype/noto";

    private static readonly (Face Face, string File)[] Files =
    [
        (Face.SerifRegular, "NotoSerifCJK-Regular.ttc"),
        (Face.SerifBold, "NotoSerifCJK-Bold.ttc"),
        (Face.SansRegular, "NotoSansCJK-Regular.ttc"),
        (Face.SansBold, "NotoSansCJK-Bold.ttc"),
    ];

    private readonly Dictionary<Face, SKTypeface> _faces;
    private readonly Dictionary<(Face, float), SKFont> _fonts = [];
    private readonly Dictionary<(Face, float, string), float> _widths = [];
    private readonly Lock _lock = new();

    private FontSet(Dictionary<Face, SKTypeface> faces, IReadOnlyList<string> paths)
    {
        _faces = faces;
        Paths = paths;
    }

    /// <summary>The font files used, for the record of how a corpus was made.</summary>
    public IReadOnlyList<string> Paths { get; }

    public static FontSet Load(string directory)
    {
        var faces = new Dictionary<Face, SKTypeface>();
        var paths = new List<string>();
        foreach (var (face, file) in Files)
        {
            string path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                throw new GeneratorException($"{path}: font not found (install the Debian package fonts-noto-cjk, or pass --fonts DIR)");
            }

            faces[face] = SimplifiedChinese(path);
            paths.Add(path);
        }

        return new FontSet(faces, paths);
    }

    private static SKTypeface SimplifiedChinese(string path)
    {
        for (int index = 0; index < 16; index++)
        {
            var typeface = SKTypeface.FromFile(path, index);
            if (typeface is null)
            {
                break;
            }

            if (typeface.FamilyName.EndsWith(" SC", StringComparison.Ordinal))
            {
                return typeface;
            }

            typeface.Dispose();
        }

        throw new GeneratorException($"{path}: no Simplified Chinese (SC) face in this font collection");
    }

    /// <summary>The font of a face at a size; shared, so callers must not dispose it.</summary>
    public SKFont Font(Face face, float size)
    {
        lock (_lock)
        {
            if (!_fonts.TryGetValue((face, size), out var font))
            {
                font = new SKFont(_faces[face], size) { Subpixel = true, Edging = SKFontEdging.Antialias };
                _fonts[(face, size)] = font;
            }

            return font;
        }
    }

    /// <summary>The advance of one character (a string, for the rare ones outside the BMP).</summary>
    public float Advance(Face face, float size, string character)
    {
        lock (_lock)
        {
            if (!_widths.TryGetValue((face, size, character), out float width))
            {
                width = character == "\u3000" ? size : Font(face, size).MeasureText(character);
                _widths[(face, size, character)] = width;
            }

            return width;
        }
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        foreach (var typeface in _faces.Values)
        {
            typeface.Dispose();
        }
    }
}
