using Proofread.Engine;
using Proofread.Findings;
using Proofread.Rules.Breaks;
using Proofread.Text;
using Xunit.Abstractions;

namespace Proofread.Tests.Rules.Breaks;

/// <summary>
/// The measures of the break rules on People's Daily prose: no join proposed on clean pages, and
/// on pages with injected column breaks, at least 95% mended by a default <c>fix</c> with no
/// headline joined to its story.
/// </summary>
public class BreakMeasureTests
{
    private const int PageSeed = 20211018;
    private const int DamageSeed = 4086;

    private static readonly Lazy<IReadOnlyList<CleanPage>> Pages = new(() => CleanPages.Build(RepositoryFiles.CleanSentences(), PageSeed));

    private readonly ITestOutputHelper _output;

    public BreakMeasureTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Clean_pages_get_no_join_at_all()
    {
        var engine = new RuleEngine([new ColumnBreakRule(), new HardWrappedLineRule()]);
        var proposed = new List<string>();
        int blocks = 0;
        foreach (var page in Pages.Value)
        {
            var document = Document.FromText(page.Text);
            blocks += document.Blocks.Count;
            foreach (var finding in engine.Analyze(document))
            {
                proposed.Add($"{finding.RuleId}: {finding.Message}");
            }
        }

        _output.WriteLine($"{Pages.Value.Count} clean pages, {blocks} blocks, {Pages.Value.Sum(p => p.Headlines.Count)} headlines: {proposed.Count} joins proposed");
        Assert.True(blocks > 2000, "the clean corpus should give thousands of blocks");
        Assert.True(proposed.Count == 0, string.Join("\n", proposed.Take(20)));
    }

    [Fact]
    public void Injected_breaks_are_mended_by_a_default_fix_and_no_headline_is_joined()
    {
        var random = new Random(DamageSeed);
        var fixer = new Fixer(RuleEngine.Default);
        int breaks = 0, mended = 0, headlinesJoined = 0, paragraphsJoined = 0, atSentenceEnd = 0;
        var missed = new List<string>();
        foreach (var page in Pages.Value)
        {
            var damaged = SyntheticBreaks.Damage(page, random);
            string output = fixer.Fix(new SourceText("<synthetic>", damaged.Text)).Fixed.Text;
            foreach (var injected in damaged.Breaks)
            {
                breaks++;
                if (Occurrences(output, injected.Mended) >= Occurrences(page.Text, injected.Mended))
                {
                    mended++;
                }
                else if (EndsSentence(injected.Before))
                {
                    atSentenceEnd++;
                }
                else if (missed.Count < 60)
                {
                    int at = output.IndexOf(injected.Before + "\n", StringComparison.Ordinal);
                    missed.Add(at < 0 ? $"{injected.Before}|{injected.After}" : output[Math.Max(0, at - 16)..Math.Min(output.Length, at + 24)].Replace("\n", "⏎"));
                }
            }

            var lines = output.Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
            foreach (var headline in page.Headlines)
            {
                if (!lines.Contains(headline.Text))
                {
                    headlinesJoined++;
                }
            }

            paragraphsJoined += JoinedCleanBlocks(page.Text, output);
        }

        double rate = (double)mended / breaks;
        _output.WriteLine($"{breaks} breaks injected, {mended} mended ({rate:P1}); {headlinesJoined} headlines joined; {paragraphsJoined} clean blocks joined to the next");
        _output.WriteLine($"{atSentenceEnd} of the missed breaks fall where a sentence ends, where a paragraph may end too");
        _output.WriteLine("missed: " + string.Join("  ", missed));
        Assert.True(breaks > 1000, "the synthetic corpus should carry over a thousand breaks");
        Assert.True(rate >= 0.95, $"only {rate:P1} of the injected breaks were mended; missed: {string.Join("  ", missed)}");
        Assert.Equal(0, headlinesJoined);
        Assert.Equal(0, paragraphsJoined);
    }

    private static bool EndsSentence(string before)
    {
        string s = before.TrimEnd('”', '’', '）', '》');
        return s.Length > 0 && s[^1] is '。' or '！' or '？' or '…' or '；' or '：';
    }

    /// <summary>How many neighbouring blocks of the clean page run together in the output.</summary>
    private static int JoinedCleanBlocks(string clean, string output)
    {
        var blocks = Document.FromText(clean).Blocks;
        int joined = 0;
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            string tail = clean.Substring(Math.Max(blocks[i].Span.Start, blocks[i].Span.End - 4), Math.Min(4, blocks[i].Span.Length));
            string head = clean.Substring(blocks[i + 1].Span.Start, Math.Min(4, blocks[i + 1].Span.Length));
            if (Occurrences(output, tail + head) > Occurrences(clean, tail + head))
            {
                joined++;
            }
        }

        return joined;
    }

    private static int Occurrences(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
