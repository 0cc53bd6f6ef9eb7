using Proofread.Engine;
using Proofread.Packs;
using Proofread.Text;
using Xunit.Abstractions;

namespace Proofread.Tests.Corpus;

/// <summary>
/// Rule examples and hand-written test cases may quote only the dev part of the corpus (and the
/// seeds): a quote from the held-out part would let the rules be tuned on what measures them.
/// These tests find every quote of <see cref="HeldOutQuotes.Length"/> or more characters of
/// Chinese text shared with a held-out sentence.
/// </summary>
public class HeldOutQuoteTests
{
    private static readonly Lazy<HeldOutQuotes> Quotes = new(() => new HeldOutQuotes(File.ReadAllLines(TestPaths.HeldOutCorpus)));

    [Fact]
    public void The_detector_finds_a_held_out_sentence_and_not_a_dev_one()
    {
        string heldOut = File.ReadAllLines(TestPaths.HeldOutCorpus).First(l => l.Length > 30 && l.All(HeldOutQuotes.IsChinese));
        string dev = File.ReadAllLines(TestPaths.DevCorpus).First(l => l.Length > 30 && Quotes.Value.In(l).Count == 0);
        Assert.Equal(heldOut, Assert.Single(Quotes.Value.In("前言：" + heldOut + "（完）")));
        Assert.Empty(Quotes.Value.In(dev));
        Assert.Empty(Quotes.Value.In(heldOut[..(HeldOutQuotes.Length - 1)]));
    }

    [Fact]
    public void Rule_and_pack_examples_quote_no_held_out_sentence()
    {
        var leaks = new List<string>();
        foreach (var rule in BuiltInRules.Rules.Concat(ShippedPacks.Packs.SelectMany(p => p.Rules)))
        {
            foreach (var example in rule.Examples)
            {
                foreach (string quote in Quotes.Value.In(example.Text + "\n" + example.Expected))
                {
                    leaks.Add($"{rule.Descriptor.Id}: «{quote}»");
                }
            }
        }

        Assert.True(leaks.Count == 0, "examples quoting held-out sentences:\n" + string.Join("\n", leaks.Distinct()));
    }

    [Fact]
    public void Hand_written_test_and_benchmark_strings_quote_no_held_out_sentence()
    {
        var leaks = new List<string>();
        foreach (string folder in new[] { "tests", "bench" })
        {
            foreach (string file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, folder), "*.cs", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(TestPaths.RepoRoot, file);
                if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                {
                    continue;
                }

                string[] lines = File.ReadAllLines(file);
                for (int i = 0; i < lines.Length; i++)
                {
                    leaks.AddRange(Quotes.Value.In(lines[i]).Select(quote => $"{relative}:{i + 1}: «{quote}»"));
                }
            }
        }

        Assert.True(leaks.Count == 0, "hand-written strings quoting held-out sentences:\n" + string.Join("\n", leaks));
    }
}

/// <summary>Finds the runs of Chinese text a text shares with the held-out sentences.</summary>
public sealed class HeldOutQuotes
{
    /// <summary>The shortest shared run that counts as a quote: 12 characters of Chinese text.</summary>
    public const int Length = 12;

    private readonly HashSet<string> _windows = new(StringComparer.Ordinal);

    public HeldOutQuotes(IEnumerable<string> sentences)
    {
        foreach (string sentence in sentences)
        {
            for (int i = 0; i + Length <= sentence.Length; i++)
            {
                if (IsChineseRun(sentence, i))
                {
                    _windows.Add(sentence.Substring(i, Length));
                }
            }
        }
    }

    /// <summary>Each longest run of <paramref name="text"/> whose every window of <see cref="Length"/> characters is in a held-out sentence.</summary>
    public IReadOnlyList<string> In(string text)
    {
        var quotes = new List<string>();
        for (int i = 0; i + Length <= text.Length; i++)
        {
            if (!IsChineseRun(text, i) || !_windows.Contains(text.Substring(i, Length)))
            {
                continue;
            }

            int end = i + Length;
            while (end < text.Length && IsChineseRun(text, end - Length + 1) && _windows.Contains(text.Substring(end - Length + 1, Length)))
            {
                end++;
            }

            quotes.Add(text[i..end]);
            i = end - 1;
        }

        return quotes;
    }

    /// <summary>A Han character, a Chinese mark (not the ideographic space) or a full-width letter or digit.</summary>
    public static bool IsChinese(char c) =>
        (CharClass.IsHan(c) || CharClass.IsCjkPunctuation(c) || CharClass.IsFullWidthAlnum(c)) && !CharClass.IsInlineSpace(c);

    /// <summary>Chinese text (<see cref="IsChinese"/>), <see cref="Length"/> characters of it from <paramref name="start"/>.</summary>
    private static bool IsChineseRun(string text, int start)
    {
        for (int i = start; i < start + Length; i++)
        {
            if (!IsChinese(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
