namespace Proofread.Tests.Synthetic;

/// <summary>
/// Clean People's Daily sentences (../shared/corpus) grouped into the shape of newspaper pages:
/// a headline, a byline, a story opening with 本报讯, paragraphs of a few sentences. Deterministic
/// for a given seed, so every failure can be reproduced.
/// </summary>
public sealed class CleanCorpus
{
    private static readonly Lazy<string[]> Lines = new(() =>
        File.ReadAllLines(TestPaths.SharedCorpus).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray());

    /// <summary>Lines that end a sentence: the material of paragraphs.</summary>
    private static readonly Lazy<string[]> Sentences = new(() => Lines.Value.Where(EndsSentence).ToArray());

    /// <summary>
    /// The corpus's other lines (no sentence-final mark: headlines, sub-heads, captions) are not
    /// paragraph material; the short ones make realistic headlines.
    /// </summary>
    private static readonly Lazy<string[]> Headlines = new(() =>
        Lines.Value.Where(l => !EndsSentence(l) && l.Length is >= 6 and <= 30 && !l.Contains('。')).ToArray());

    private static bool EndsSentence(string line) => "。！？…”’」』）".Contains(line[^1]);

    private static readonly string[] Reporters = ["陈润", "罗文鹏", "许珂", "姚永军", "唐海强", "王勤"];

    public static IReadOnlyList<string> AllSentences => Sentences.Value;

    /// <summary>A clean page and, for checks, its headlines.</summary>
    public sealed record Page(IReadOnlyList<Story> Stories)
    {
        public string Text => string.Join("\n\n", Stories.Select(s => s.Text)) + "\n";
    }

    public sealed record Story(string Headline, string Byline, IReadOnlyList<string> Paragraphs)
    {
        public string Text => string.Join("\n\n", new[] { Headline, Byline }.Concat(Paragraphs));
    }

    public static IEnumerable<Page> Pages(int seed, int count, int storiesPerPage = 3)
    {
        var random = new Random(seed);
        var sentences = Sentences.Value;
        for (int p = 0; p < count; p++)
        {
            var stories = new List<Story>();
            for (int s = 0; s < storiesPerPage; s++)
            {
                var paragraphs = new List<string>();
                int paragraphCount = random.Next(2, 6);
                for (int i = 0; i < paragraphCount; i++)
                {
                    int n = random.Next(2, 7);
                    string paragraph = string.Concat(Enumerable.Range(0, n).Select(_ => sentences[random.Next(sentences.Length)]));
                    paragraphs.Add(i == 0 ? "本报讯 " + paragraph : paragraph);
                }

                stories.Add(new Story(Headlines.Value[random.Next(Headlines.Value.Length)], "■本报记者 " + Reporters[random.Next(Reporters.Length)], paragraphs));
            }

            yield return new Page(stories);
        }
    }
}
