using Proofread.Engine;
using Proofread.Rules.Duplicates;
using Proofread.Tests.Measures;
using Proofread.Text;

namespace Proofread.Tests.Rules.Duplicates;

public class DuplicatedWordCorpusTests
{
    [Fact]
    public void Proposes_no_more_edits_on_clean_held_out_text_than_the_floor()
    {
        string text = File.ReadAllText(TestPaths.HeldOutCorpus);
        var findings = new RuleEngine([new DuplicatedWordRule()]).Analyze(Document.FromText(text)).Where(f => f.HasEdits).ToList();
        Assert.True(findings.Count <= MeasureFloors.DuplicatedWordEditsOnCleanText, $"{findings.Count} edits on {text.Length} characters, floor {MeasureFloors.DuplicatedWordEditsOnCleanText}: {string.Join("; ", findings.Select(f => text.Substring(Math.Max(0, f.Span.Start - 6), 14) + " " + f.Applicability))}");
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
