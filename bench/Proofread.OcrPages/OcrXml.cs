using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Proofread.OcrPages;

/// <summary>
/// Puts the hOCR and ALTO that Tesseract wrote for each zone of a page together into one hOCR and
/// one ALTO document for the page: every zone's blocks, in reading order, with their coordinates
/// moved from the zone's crop to the page, and ids numbered afresh so they stay unique.
/// </summary>
public static partial class OcrXml
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>A zone's output: its hOCR and ALTO text, and where its crop lies on the page.</summary>
    public sealed record ZoneXml(string Hocr, string Alto, int OffsetX, int OffsetY);

    public static string MergeHocr(IReadOnlyList<ZoneXml> zones, string image, int width, int height)
    {
        var page = Load(zones[0].Hocr);
        var pageDiv = PageElement(page);
        pageDiv.RemoveNodes();
        pageDiv.SetAttributeValue("title", $"image \"{image}\"; bbox 0 0 {width} {height}; ppageno 0; scan_res {Tesseract.Dpi} {Tesseract.Dpi}");
        var ids = new Dictionary<string, int>();
        foreach (var zone in zones)
        {
            foreach (var block in PageElement(Load(zone.Hocr)).Elements())
            {
                foreach (var element in block.DescendantsAndSelf())
                {
                    if (element.Attribute("title") is { } title)
                    {
                        title.Value = BoundingBox().Replace(title.Value, m => $"bbox {Shift(m, 1, zone.OffsetX)} {Shift(m, 2, zone.OffsetY)} {Shift(m, 3, zone.OffsetX)} {Shift(m, 4, zone.OffsetY)}");
                    }

                    Renumber(element.Attribute("id"), ids, id => $"{id}_1_{ids[id]}");
                }

                pageDiv.Add(block);
            }
        }

        return Save(page);
    }

    public static string MergeAlto(IReadOnlyList<ZoneXml> zones, string image, int width, int height)
    {
        var page = Load(zones[0].Alto);
        var ns = page.Root!.Name.Namespace;
        if (page.Descendants(ns + "fileName").FirstOrDefault() is { } file)
        {
            file.Value = image;
        }

        var pageElement = page.Descendants(ns + "Page").First();
        pageElement.SetAttributeValue("WIDTH", width);
        pageElement.SetAttributeValue("HEIGHT", height);
        var space = pageElement.Element(ns + "PrintSpace")!;
        space.RemoveNodes();
        foreach (var (name, value) in new[] { ("HPOS", 0), ("VPOS", 0), ("WIDTH", width), ("HEIGHT", height) })
        {
            space.SetAttributeValue(name, value);
        }

        var ids = new Dictionary<string, int>();
        foreach (var zone in zones)
        {
            foreach (var block in Load(zone.Alto).Descendants(ns + "PrintSpace").First().Elements())
            {
                foreach (var element in block.DescendantsAndSelf())
                {
                    Move(element.Attribute("HPOS"), zone.OffsetX);
                    Move(element.Attribute("VPOS"), zone.OffsetY);
                    Renumber(element.Attribute("ID"), ids, id => $"{id}_{ids[id] - 1}");
                }

                space.Add(block);
            }
        }

        return Save(page);
    }

    private static XDocument Load(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        return XDocument.Load(reader);
    }

    private static string Save(XDocument document) => document.Declaration + "\n" + document.ToString() + "\n";

    private static XElement PageElement(XDocument hocr) =>
        hocr.Descendants(Xhtml + "div").First(e => (string?)e.Attribute("class") == "ocr_page");

    private static int Shift(Match match, int group, int by) =>
        int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) + by;

    private static void Move(XAttribute? attribute, int by)
    {
        if (attribute is not null && double.TryParse(attribute.Value, CultureInfo.InvariantCulture, out double value))
        {
            attribute.Value = (value + by).ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Tesseract numbers ids per kind within one image (block_1_2, string_5); across zones
    /// they would repeat, so each kind is counted again over the page.</summary>
    private static void Renumber(XAttribute? attribute, Dictionary<string, int> ids, Func<string, string> format)
    {
        if (attribute is null)
        {
            return;
        }

        string kind = IdKind().Match(attribute.Value).Groups[1].Value;
        ids[kind] = ids.GetValueOrDefault(kind) + 1;
        attribute.Value = format(kind);
    }

    [GeneratedRegex(@"bbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)")]
    private static partial Regex BoundingBox();

    [GeneratedRegex(@"^([A-Za-z]+)")]
    private static partial Regex IdKind();
}
