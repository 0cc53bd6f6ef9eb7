using Proofread.Text;

namespace Proofread.Packs;

/// <summary>
/// What the page furniture says about the page (paper, date, issue number, page count…), read
/// from the named groups of the furniture rules' patterns, so that removing a masthead does not
/// lose what it recorded. The first value of each name wins (the masthead stands at the top).
/// </summary>
public static class PageMetadata
{
    public static IReadOnlyDictionary<string, string> Extract(Document document, IEnumerable<FurniturePackRule> rules)
    {
        var metadata = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var (name, value) in rule.Metadata(document))
            {
                metadata.TryAdd(name, value);
            }
        }

        return metadata;
    }
}
