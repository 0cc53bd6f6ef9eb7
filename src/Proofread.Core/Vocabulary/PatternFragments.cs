using System.Text.RegularExpressions;

namespace Proofread.Vocabulary;

/// <summary>
/// The vocabulary's patterns by name, for rule packs: a pack pattern writes <c>{{date}}</c> or
/// <c>{{page-ref}}</c> where it means the definition the built-in rules use, and the loader
/// expands it (as a non-capturing group) before compiling. The names are documented in
/// docs/rule-packs.md.
/// </summary>
public static class PatternFragments
{
    public static IReadOnlyDictionary<string, string> All { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["date"] = PageFurniture.Date,
        ["weekday"] = PageFurniture.Weekday,
        ["page-number"] = PageFurniture.PageNumber,
        ["page-ref"] = PageFurniture.PageRef,
        ["jump-onward"] = PageFurniture.JumpOnward,
        ["jump-back"] = PageFurniture.JumpBack,
        ["jump-ref"] = PageFurniture.JumpRef,
        ["byline-mark"] = Bylines.Mark,
        ["reporter"] = Bylines.Reporter,
        ["news-agency"] = StoryTags.NewsAgency,
        ["story-opening"] = StoryTags.StoryOpening,
    };

    private static readonly Regex Reference = new(@"\{\{([^{}]*)\}\}", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The pattern with every <c>{{name}}</c> replaced by <c>(?:definition)</c>. False, with the
    /// name in <paramref name="unknown"/>, when a reference names no fragment.
    /// </summary>
    public static bool TryExpand(string pattern, out string expanded, out string? unknown)
    {
        string? missing = null;
        expanded = Reference.Replace(pattern, m =>
        {
            string name = m.Groups[1].Value.Trim();
            if (All.TryGetValue(name, out string? fragment))
            {
                return "(?:" + fragment + ")";
            }

            missing ??= name;
            return m.Value;
        });
        unknown = missing;
        return missing is null;
    }
}
