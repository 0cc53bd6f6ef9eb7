namespace Proofread.Synth;

/// <summary>The kinds of OCR and layout damage the generator injects.</summary>
[Flags]
public enum DamageKinds
{
    None = 0,

    /// <summary>A masthead recurring on every page, an editor line and an ad block at the foot of some pages.</summary>
    Furniture = 1,

    /// <summary>Jump lines: （下转第N版） at the end of a paragraph, （上接第一版） at the start of a page's first.</summary>
    Jumps = 2,

    /// <summary>Paragraphs cut by a column or page break into two blocks.</summary>
    Breaks = 4,

    /// <summary>Whole pages hard-wrapped at a column width.</summary>
    Wraps = 8,

    /// <summary>A word, a character or a run of two to four characters (on no word boundary) printed twice.</summary>
    Duplicates = 16,

    /// <summary>Full-width punctuation read as ASCII (，→, ：→: （→( …).</summary>
    HalfWidth = 32,

    All = Furniture | Jumps | Breaks | Wraps | Duplicates | HalfWidth,
}

/// <summary>How often each kind of damage strikes, where it is asked for: the share of paragraphs (or pages) it hits.</summary>
public sealed record DamageRates
{
    public static DamageRates Default { get; } = new();

    /// <summary>Paragraphs cut by a column or page break (once, or twice in a quarter of them).</summary>
    public double Breaks { get; init; } = 0.3;

    /// <summary>Pages hard-wrapped at a column width of 18 to 30 characters.</summary>
    public double Wraps { get; init; } = 0.3;

    /// <summary>Paragraphs with something printed twice.</summary>
    public double Duplicates { get; init; } = 0.25;

    /// <summary>Paragraphs with half-width punctuation (half their marks of the kinds read so).</summary>
    public double HalfWidth { get; init; } = 0.3;

    /// <summary>Pages closing with an ad block; as many close with an editor line.</summary>
    public double Ads { get; init; } = 0.5;
}

public static class DamageKindNames
{
    public static readonly IReadOnlyDictionary<string, DamageKinds> ByName = new Dictionary<string, DamageKinds>(StringComparer.OrdinalIgnoreCase)
    {
        ["furniture"] = DamageKinds.Furniture,
        ["jumps"] = DamageKinds.Jumps,
        ["breaks"] = DamageKinds.Breaks,
        ["wraps"] = DamageKinds.Wraps,
        ["duplicates"] = DamageKinds.Duplicates,
        ["half-width"] = DamageKinds.HalfWidth,
        ["all"] = DamageKinds.All,
        ["none"] = DamageKinds.None,
    };

    /// <summary>Parses "breaks,duplicates" or "all".</summary>
    public static DamageKinds Parse(string text)
    {
        var kinds = DamageKinds.None;
        foreach (string name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!ByName.TryGetValue(name, out var kind))
            {
                throw new ArgumentException($"unknown damage kind '{name}' (known: {string.Join(", ", ByName.Keys)})");
            }

            kinds |= kind;
        }

        return kinds;
    }
}
