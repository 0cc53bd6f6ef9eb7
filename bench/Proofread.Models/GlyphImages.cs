using System.Numerics;
using System.Text;
using SkiaSharp;

namespace Proofread.Models.Build;

/// <summary>
/// The GB 2312 characters and their glyphs as small grey images: each character drawn at 96 px in
/// each font, its ink averaged down to 24 × 24 cells, the images of all fonts laid end to end and
/// scaled to unit length, so the dot product of two characters is the cosine of their glyphs.
/// Drawing in a Song (serif) and a Hei (sans) face makes a pair similar only if it is in both,
/// as it is in print whatever the paper's typeface.
/// </summary>
internal sealed class GlyphImages
{
    public const int Cells = 24;
    private const int Pixels = 96;

    private GlyphImages(IReadOnlyList<char> characters, float[][] vectors)
    {
        Characters = characters;
        Vectors = vectors;
    }

    public IReadOnlyList<char> Characters { get; }

    public float[][] Vectors { get; }

    /// <summary>The 6,763 characters of GB 2312's two levels (rows 16 to 87), in its order.</summary>
    public static IReadOnlyList<char> Gb2312Characters()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB2312", EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        var characters = new List<char>();
        for (int row = 0xB0; row <= 0xF7; row++)
        {
            for (int cell = 0xA1; cell <= 0xFE; cell++)
            {
                string s = gb.GetString([(byte)row, (byte)cell]);
                if (s.Length == 1 && s[0] >= '\u4E00' && s[0] <= '\u9FFF')
                {
                    characters.Add(s[0]);
                }
            }
        }

        return characters;
    }

    public static GlyphImages Render(IReadOnlyList<char> characters, IReadOnlyList<(string File, int Index)> fonts)
    {
        var vectors = new float[characters.Count][];
        for (int i = 0; i < characters.Count; i++)
        {
            vectors[i] = new float[Cells * Cells * fonts.Count];
        }

        for (int f = 0; f < fonts.Count; f++)
        {
            using var typeface = SKTypeface.FromFile(fonts[f].File, fonts[f].Index)
                ?? throw new FileNotFoundException($"cannot load the font {fonts[f].File} (index {fonts[f].Index})");
            using var font = new SKFont(typeface, Pixels * 0.9f);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            using var bitmap = new SKBitmap(new SKImageInfo(Pixels, Pixels, SKColorType.Gray8, SKAlphaType.Opaque));
            using var canvas = new SKCanvas(bitmap);
            for (int i = 0; i < characters.Count; i++)
            {
                canvas.Clear(SKColors.White);
                canvas.DrawText(characters[i].ToString(), Pixels / 2f, Pixels * 0.82f, SKTextAlign.Center, font, paint);
                Downsample(bitmap, vectors[i].AsSpan(f * Cells * Cells, Cells * Cells));
            }
        }

        foreach (var v in vectors)
        {
            float norm = MathF.Sqrt(Dot(v, v));
            for (int j = 0; j < v.Length; j++)
            {
                v[j] /= Math.Max(norm, 1e-6f);
            }
        }

        return new GlyphImages(characters, vectors);
    }

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        float total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    /// <summary>The share of ink in each cell of a grid over the bitmap.</summary>
    private static void Downsample(SKBitmap bitmap, Span<float> cells)
    {
        const int step = Pixels / Cells;
        var pixels = bitmap.GetPixelSpan();
        cells.Clear();
        for (int y = 0; y < Pixels; y++)
        {
            for (int x = 0; x < Pixels; x++)
            {
                cells[((y / step) * Cells) + (x / step)] += (255 - pixels[(y * bitmap.RowBytes) + x]) / (255f * step * step);
            }
        }
    }
}
