using Proofread.Engine;
using Proofread.Rules.Duplicates;
using Proofread.Text;

namespace Proofread.Tests.Rules.Duplicates;

public class DuplicatedWordCorpusTests
{
    [Fact]
    public void Proposes_fewer_than_one_edit_per_100000_characters_of_clean_text()
    {
        string text = File.ReadAllText(TestPaths.CleanCorpus);
        var findings = new RuleEngine([new DuplicatedWordRule()]).Analyze(Document.FromText(text));
        double perHundredThousand = findings.Count(f => f.HasEdits) * 100_000.0 / text.Length;
        Assert.True(perHundredThousand < 1, $"{findings.Count} edits on {text.Length} characters: {string.Join("; ", findings.Select(f => text.Substring(Math.Max(0, f.Span.Start - 6), 14) + " " + f.Applicability))}");
    }

    [Fact]
    public void Removes_the_duplicates_of_the_seeds_and_nothing_else()
    {
        var engine = new RuleEngine([new DuplicatedWordRule()]);
        var removed = new List<string>();
        foreach (string seed in Directory.GetFiles(TestPaths.Seeds, "*.txt"))
        {
            var doc = new Document(SourceText.Load(seed));
            removed.AddRange(engine.Analyze(doc).Select(f => doc.Slice(f.Span)));
        }

        Assert.Equal(["有有", "经济经济"], removed.Order(StringComparer.Ordinal).ToArray());
    }
}
