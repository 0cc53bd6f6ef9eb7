namespace Proofread.Packs;

/// <summary>What a pack rule does with the text its pattern matches.</summary>
public enum PackRuleKind
{
    /// <summary>The pattern matches a whole line (trimmed); the line goes, with its line break.</summary>
    LineFurniture,

    /// <summary>The pattern matches across lines (multi-line mode); every line it touches goes.</summary>
    BlockFurniture,

    /// <summary>The pattern matches anywhere; the match is replaced (<c>$1</c> and <c>${name}</c> refer to groups).</summary>
    Replace,

    /// <summary>The pattern names phrases no rule may edit.</summary>
    Protect,
}

public static class PackRuleKindNames
{
    public static string Name(this PackRuleKind kind) => kind switch
    {
        PackRuleKind.LineFurniture => "line-furniture",
        PackRuleKind.BlockFurniture => "block-furniture",
        PackRuleKind.Replace => "replace",
        _ => "protect",
    };

    public static PackRuleKind? Parse(string name) => name switch
    {
        "line-furniture" => PackRuleKind.LineFurniture,
        "block-furniture" => PackRuleKind.BlockFurniture,
        "replace" => PackRuleKind.Replace,
        "protect" => PackRuleKind.Protect,
        _ => null,
    };
}
