using System.Runtime.InteropServices;
using SkiaSharp;

namespace Proofread.OcrPages;

/// <summary>How a page was scanned: a slight skew, some blur, paper and ink greys (low contrast)
/// and noise. Mild on purpose: the damage should come from reading, not from an unreadable image.</summary>
public sealed record ScanLook(float SkewDegrees, float Blur, byte Ink, byte Paper, float Noise, int Specks)
{
    public static ScanLook Draw(Random random) => new(
        SkewDegrees: (float)((random.NextDouble() * 1.0) - 0.5),
        Blur: 0.3f + ((float)random.NextDouble() * 0.5f),
        Ink: (byte)random.Next(20, 70),
        Paper: (byte)random.Next(205, 240),
        Noise: 4 + ((float)random.NextDouble() * 8),
        Specks: random.Next(200, 1200));

    /// <summary>Where a rectangle of the composed page lies on the scan: its corners turned with
    /// the skew, boxed, padded and kept on the page.</summary>
    public SKRectI Locate(Box box, int width, int height, float padding)
    {
        var rotation = SKMatrix.CreateRotationDegrees(SkewDegrees, width / 2f, height / 2f);
        SKPoint[] corners = [new(box.X, box.Y), new(box.Right, box.Y), new(box.X, box.Bottom), new(box.Right, box.Bottom)];
        var turned = corners.Select(rotation.MapPoint).ToArray();
        int left = (int)Math.Max(0, turned.Min(p => p.X) - padding);
        int top = (int)Math.Max(0, turned.Min(p => p.Y) - padding);
        int right = (int)Math.Min(width, Math.Ceiling(turned.Max(p => p.X) + padding));
        int bottom = (int)Math.Min(height, Math.Ceiling(turned.Max(p => p.Y) + padding));
        return new SKRectI(left, top, right, bottom);
    }
}

/// <summary>Draws a composed page in black on white, then scans it: skew, blur, contrast, noise.</summary>
public sealed class PageScan(FontSet fonts)
{
    public SKBitmap Render(ComposedPage page, ScanLook look, Random random)
    {
        var info = new SKImageInfo(page.Width, page.Height, SKColorType.Gray8, SKAlphaType.Opaque);
        using var clean = new SKBitmap(info);
        using (var canvas = new SKCanvas(clean))
        {
            canvas.Clear(SKColors.White);
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            foreach (var ornament in page.Ornaments)
            {
                Draw(canvas, ornament, ink, random);
            }

            foreach (var line in page.Zones.SelectMany(z => z.Lines))
            {
                var font = fonts.Font(line.Face, line.Size);
                foreach (var glyph in line.Glyphs)
                {
                    canvas.DrawText(glyph.Text, glyph.X, line.Baseline, SKTextAlign.Left, font, ink);
                }
            }
        }

        var scan = new SKBitmap(info);
        using (var canvas = new SKCanvas(scan))
        {
            canvas.Clear(SKColors.White);
            canvas.RotateDegrees(look.SkewDegrees, page.Width / 2f, page.Height / 2f);
            using var blur = new SKPaint { ImageFilter = SKImageFilter.CreateBlur(look.Blur, look.Blur) };
            canvas.DrawBitmap(clean, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), blur);
        }

        Age(scan, look, random);
        return scan;
    }

    private static void Draw(SKCanvas canvas, Ornament ornament, SKPaint ink, Random random)
    {
        var b = ornament.Bounds;
        switch (ornament.Kind)
        {
            case "border":
                using (var stroke = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = ornament.Stroke })
                {
                    canvas.DrawRect(b.X, b.Y, b.Width, b.Height, stroke);
                }

                break;
            case "photo":
                // A photograph prints as mid greys with shapes; only its presence matters to the reader.
                using (var grey = new SKPaint { IsAntialias = true })
                {
                    grey.Color = new SKColor(150, 150, 150);
                    canvas.DrawRect(b.X, b.Y, b.Width, b.Height, grey);
                    for (int i = 0; i < 6; i++)
                    {
                        byte tone = (byte)random.Next(60, 220);
                        grey.Color = new SKColor(tone, tone, tone);
                        canvas.DrawOval(b.X + (float)(random.NextDouble() * b.Width), b.Y + (float)(random.NextDouble() * b.Height),
                            b.Width * (0.1f + (0.25f * (float)random.NextDouble())), b.Height * (0.1f + (0.3f * (float)random.NextDouble())), grey);
                    }
                }

                break;
            default:
                canvas.DrawRect(b.X, b.Y, b.Width, b.Height, ink);
                break;
        }
    }

    /// <summary>Maps white and black to paper and ink greys, adds grain (Gaussian) and specks.</summary>
    private static void Age(SKBitmap bitmap, ScanLook look, Random random)
    {
        int count = bitmap.Width * bitmap.Height;
        var pixels = new byte[count];
        Marshal.Copy(bitmap.GetPixels(), pixels, 0, count);
        float range = (look.Paper - look.Ink) / 255f;
        for (int i = 0; i < count; i++)
        {
            double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
            double grain = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2) * look.Noise;
            pixels[i] = (byte)Math.Clamp(look.Ink + (pixels[i] * range) + grain, 0, 255);
        }

        for (int s = 0; s < look.Specks; s++)
        {
            int at = random.Next(count), radius = random.Next(1, 3);
            for (int dy = 0; dy < radius; dy++)
            {
                for (int dx = 0; dx < radius; dx++)
                {
                    int i = at + (dy * bitmap.Width) + dx;
                    if (i < count)
                    {
                        pixels[i] = look.Ink;
                    }
                }
            }
        }

        Marshal.Copy(pixels, 0, bitmap.GetPixels(), count);
    }
}
