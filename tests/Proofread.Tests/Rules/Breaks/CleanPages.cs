using System.Text;

namespace Proofread.Tests.Rules.Breaks;

/// <summary>The clean corpus for the break tests.</summary>
public static class RepositoryFiles
{
    /// <summary>Clean People's Daily prose, one sentence a line (tests/fixtures/corpus).</summary>
    public static IReadOnlyList<string> CleanSentences() =>
        File.ReadAllLines(TestPaths.CleanCorpus, Encoding.UTF8)
            .Where(l => l.Trim().Length > 0)
            .ToArray();
}

/// <summary>A headline as laid out on a page, and how its story opens.</summary>
public sealed record PlacedHeadline(string Text, string FirstParagraph);

/// <summary>One made-up page: its text, its paragraphs as written, and its headlines.</summary>
public sealed record CleanPage(string Text, IReadOnlyList<string> Paragraphs, IReadOnlyList<PlacedHeadline> Headlines);

/// <summary>
/// Lays the clean corpus out as newspaper pages. The corpus keeps its articles' headlines as lines
/// without final punctuation; each starts a story, set with a second headline line as sub-head
/// when two follow each other, then (at random) a byline, a 本报讯 / 本报…电 / 新华社…电 opening,
/// or the story directly below. Stories run in paragraphs of two to five sentences separated by
/// blank lines, two to four stories a page. Deterministic for a given seed.
/// </summary>
public static class CleanPages
{
    private static readonly string[] Reporters = ["■本报记者 王文", "■本报记者 李 明 张华", "■新华社记者 刘洋", "■本报评论员"];

    public static IReadOnlyList<CleanPage> Build(IReadOnlyList<string> corpus, int seed)
    {
        var sentences = Sentences(corpus);
        var random = new Random(seed);
        var pages = new List<CleanPage>();
        var text = new StringBuilder();
        var paragraphs = new List<string>();
        var headlines = new List<PlacedHeadline>();
        int storiesOnPage = 0, storiesWanted = random.Next(2, 5);
        int next = 0;
        while (next < sentences.Count)
        {
            var headlineLines = new List<string>();
            while (next < sentences.Count && IsHeadline(sentences[next]))
            {
                headlineLines.Add(sentences[next++]);
            }

            int shape = random.Next(5);
            bool firstOfStory = true;
            while (next < sentences.Count && !IsHeadline(sentences[next]))
            {
                var paragraph = new StringBuilder();
                int count = random.Next(2, 6);
                for (int n = 0; n < count && next < sentences.Count && !IsHeadline(sentences[next]); n++)
                {
                    paragraph.Append(sentences[next++]);
                }

                string written = paragraph.ToString();
                if (firstOfStory && headlineLines.Count > 0)
                {
                    foreach (string line in headlineLines)
                    {
                        text.Append(line).Append("\n\n");
                    }

                    switch (shape)
                    {
                        case 0:
                            text.Append(Reporters[random.Next(Reporters.Length)]).Append("\n\n");
                            written = "本报讯 " + written;
                            break;
                        case 1:
                            written = $"本报北京{random.Next(1, 13)}月{random.Next(1, 29)}日电 " + written;
                            break;
                        case 2:
                            written = $"新华社北京{random.Next(1, 13)}月{random.Next(1, 29)}日电 （记者 陈润） " + written;
                            break;
                        case 3:
                            text.Append(Reporters[random.Next(Reporters.Length)]).Append("\n\n");
                            break;
                        default:
                            // The story stands directly under its headline.
                            break;
                    }

                    headlines.Add(new PlacedHeadline(headlineLines[^1], written));
                }

                firstOfStory = false;
                paragraphs.Add(written);
                text.Append(written).Append("\n\n");
            }

            if (++storiesOnPage >= storiesWanted || next >= sentences.Count)
            {
                pages.Add(new CleanPage(text.ToString(), paragraphs.ToArray(), headlines.ToArray()));
                text.Clear();
                paragraphs.Clear();
                headlines.Clear();
                storiesOnPage = 0;
                storiesWanted = random.Next(2, 5);
            }
        }

        return pages;
    }

    /// <summary>A line that ends without a full stop, question or exclamation mark (or a colon, dash or semicolon that leads on) is a headline.</summary>
    public static bool IsHeadline(string sentence) => !EndsAsSentence(sentence);

    /// <summary>
    /// The corpus as sentences to lay out. Two defects of its sentence splitting are mended: a line
    /// that opens with a closing mark (》一文中指出…, split after a title ending in 。) belongs to
    /// the line before, and a line over 30 characters with no final punctuation is a sentence that
    /// lost its full stop or a weather table, neither a headline nor a paragraph, and is left out.
    /// </summary>
    private static List<string> Sentences(IReadOnlyList<string> corpus)
    {
        var sentences = new List<string>(corpus.Count);
        foreach (string line in corpus)
        {
            string s = line.Trim();
            if (s.Length > 0 && s[0] is '》' or '”' or '）' or '’' or '」' or '』' or '】' && sentences.Count > 0)
            {
                sentences[^1] += s;
            }
            else if (s.Length > 0 && (EndsAsSentence(s) || s.Length <= 30))
            {
                sentences.Add(s);
            }
        }

        return sentences;
    }

    private static bool EndsAsSentence(string sentence)
    {
        string s = sentence.TrimEnd('”', '’', '）', '》', '」', '』');
        return s.Length == 0 || s[^1] is '。' or '！' or '？' or '…' or '：' or '—' or '；';
    }
}
