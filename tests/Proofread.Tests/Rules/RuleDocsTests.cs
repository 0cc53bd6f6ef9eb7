using Proofread.Engine;
using Proofread.Rules;
using Proofread.Tests.Cli;

namespace Proofread.Tests.Rules;

/// <summary>Each rule's documentation has one source (its descriptor); the committed docs/rules pages and `rules --explain` come from it.</summary>
public class RuleDocsTests
{
    private const string Regenerate = "docs/rules is stale: run `dotnet run --project src/Proofread.Cli -- rules --docs docs/rules` and commit the result";

    private static string DocsFolder => Path.Combine(TestPaths.RepoRoot, "docs", "rules");

    [Fact]
    public void The_committed_pages_are_those_the_descriptors_generate()
    {
        var pages = RuleDocumentation.Pages(BuiltInRules.Rules);
        foreach (var (name, markdown) in pages)
        {
            string path = Path.Combine(DocsFolder, name);
            Assert.True(File.Exists(path), $"{name} is missing; {Regenerate}");
            Assert.True(markdown == File.ReadAllText(path), $"{name} differs from its rule's descriptor; {Regenerate}");
        }

        var extra = Directory.GetFiles(DocsFolder, "*.md").Select(Path.GetFileName).Where(f => !pages.ContainsKey(f!)).ToList();
        Assert.True(extra.Count == 0, $"no rule has the page(s) {string.Join(", ", extra)}: delete them; {Regenerate}");
    }

    [Fact]
    public void The_docs_command_writes_the_same_pages()
    {
        string folder = TestPaths.NewTempFolder();
        Assert.Equal(0, CliRunner.Run("rules", "--docs", folder).ExitCode);
        foreach (var (name, markdown) in RuleDocumentation.Pages(BuiltInRules.Rules))
        {
            Assert.Equal(markdown, File.ReadAllText(Path.Combine(folder, name)));
        }
    }

    [Fact]
    public void Explain_prints_the_descriptors_documentation()
    {
        var rule = BuiltInRules.Rules.Single(r => r.Descriptor.Id == "column-break");
        var outcome = CliRunner.Run("rules", "--explain", "column-break");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(rule.Descriptor.Documentation.ReplaceLineEndings(), outcome.Out.ReplaceLineEndings());
    }

    [Fact]
    public void A_page_has_the_four_sections_and_the_worked_examples()
    {
        var rule = BuiltInRules.Rules.Single(r => r.Descriptor.Id == "duplicated-word");
        string page = RuleDocumentation.Markdown(rule);
        int at = 0;
        foreach (string heading in RuleDocumentation.Headings.Append("Worked examples"))
        {
            int found = page.IndexOf("\n## " + heading + "\n", at, StringComparison.Ordinal);
            Assert.True(found > at, $"'{heading}' is missing or out of order");
            at = found;
        }

        Assert.Contains("src/Proofread.Core/Rules/Duplicates/DuplicatedWordRule.cs", page);
        Assert.All(rule.Examples, e => Assert.Contains(RuleExample.Visible(e.Text), page));
    }
}
