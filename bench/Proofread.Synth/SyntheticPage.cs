namespace Proofread.Synth;

/// <summary>
/// A made-up page: the damaged text a scan would give, the clean text (gold) it should become, and
/// what the generator put where, so a measure can check each piece.
/// </summary>
public sealed record SyntheticPage(string Name, string Damaged, string Gold)
{
    /// <summary>The paper the page is from.</summary>
    public required Paper Paper { get; init; }

    /// <summary>Content lines that stand alone and must stay so: kickers, headlines, sub-heads, bylines, captions.</summary>
    public IReadOnlyList<Heading> Headings { get; init; } = [];

    /// <summary>The column and page breaks injected into paragraphs.</summary>
    public IReadOnlyList<InjectedBreak> Breaks { get; init; } = [];

    /// <summary>The furniture of the damaged page, which gold does not have: masthead, ad and editor lines, and jump lines (some set inside a paragraph).</summary>
    public IReadOnlyList<FurnitureLine> Furniture { get; init; } = [];
}

/// <summary>What a standing content line is on the page.</summary>
public enum HeadingKind
{
    /// <summary>A kicker (引题) set above a headline.</summary>
    Kicker,

    Headline,

    /// <summary>A subtitle under a headline (——…).</summary>
    Subtitle,

    /// <summary>A short heading inside a story, between paragraphs.</summary>
    Subhead,

    Byline,

    /// <summary>A photo caption, with or without its credit.</summary>
    Caption,
}

public sealed record Heading(string Text, HeadingKind Kind);

/// <summary>A break injected into a paragraph: up to four characters just before and just after it.</summary>
public sealed record InjectedBreak(string Before, string After)
{
    /// <summary>The text across the break as it reads once mended.</summary>
    public string Mended => Before + After;
}

/// <summary>What a furniture line is: part of the masthead block, an ad, an editor line or a jump line.</summary>
public enum FurnitureKind
{
    Masthead,
    Ad,
    EditorLine,
    JumpLine,
}

public sealed record FurnitureLine(string Text, FurnitureKind Kind);
