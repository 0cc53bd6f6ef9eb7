using System.Text;

namespace Proofread.OcrPages;

/// <summary>
/// The clean text pages are set from: the held-out sentences of the corpus, one a line, walked in
/// an order fixed by the seed. Lines that end as sentences become prose; short lines without
/// final punctuation (the corpus's own titles) and opening clauses of sentences become heads.
/// Nothing else is ever printed in a story, so gold text can be traced back to the corpus.
/// </summary>
public sealed class HeldOutText
{
    public const string RelativePath = "tests/fixtures/corpus/heldout/sentences.txt";

    private readonly string[] _prose;
    private readonly string[] _titles;
    private readonly Random _order;
    private int _nextProse;
    private int _nextTitle;

    private HeldOutText(string[] prose, string[] titles, int seed)
    {
        _order = new Random(seed);
        _prose = prose;
        _titles = titles;
        _order.Shuffle(_prose);
        _order.Shuffle(_titles);
    }

    public static HeldOutText Load(string path, int seed)
    {
        if (!File.Exists(path))
        {
            throw new GeneratorException($"{path}: held-out corpus not found (pass --corpus FILE)");
        }

        var prose = new List<string>();
        var titles = new List<string>();
        foreach (string raw in File.ReadLines(path, Encoding.UTF8))
        {
            string line = raw.Trim();
            if (line.Length < 6 || line.Contains('\uFFFD'))
            {
                continue;
            }

            if (IsProse(line))
            {
                prose.Add(line);
            }
            else if (line.Length <= 24 && !"“”（）《》".Contains(line[0]))
            {
                titles.Add(line);
            }
        }

        if (prose.Count < 200 || titles.Count == 0)
        {
            throw new GeneratorException($"{path}: too little text ({prose.Count} sentences, {titles.Count} titles)");
        }

        return new HeldOutText([.. prose], [.. titles], seed);
    }

    /// <summary>Prose opens on a character and ends with 。！？ (or a closing quotation after one).</summary>
    private static bool IsProse(string line)
    {
        string end = line.TrimEnd('”', '’', '」', '）');
        return end.Length > 0 && end[^1] is '。' or '！' or '？' && !"，。、；：？！）》”".Contains(line[0]);
    }

    /// <summary>The next sentence, without taking it: a story takes it only if it fits.</summary>
    public string PeekSentence() => _prose[_nextProse % _prose.Length];

    public string TakeSentence() => _prose[_nextProse++ % _prose.Length];

    /// <summary>A sentence no longer than <paramref name="maxLength"/> (a caption, a teaser), or the next one.</summary>
    public string TakeShortSentence(int maxLength) => TakeFirst(s => s.Length <= maxLength) ?? TakeSentence();

    /// <summary>
    /// Takes the first of the next sentences that <paramref name="accept"/> takes (one that fits
    /// what is left of a column), or none; the ones passed over stay next in line.
    /// </summary>
    public string? TakeFirst(Func<string, bool> accept, int lookAhead = 40)
    {
        for (int look = 0; look < lookAhead; look++)
        {
            int index = (_nextProse + look) % _prose.Length, next = _nextProse % _prose.Length;
            if (accept(_prose[index]))
            {
                (_prose[index], _prose[next]) = (_prose[next], _prose[index]);
                return TakeSentence();
            }
        }

        return null;
    }

    /// <summary>
    /// A head of at most <paramref name="maxLength"/> characters: a corpus title, or the opening
    /// clause of a sentence (the corpus has few titles, and heads must not recur across pages,
    /// where a recurring line is furniture).
    /// </summary>
    public string TakeHead(int maxLength, Random random)
    {
        if (random.NextDouble() < 0.3)
        {
            for (int look = 0; look < _titles.Length; look++)
            {
                string title = _titles[_nextTitle++ % _titles.Length];
                if (title.Length <= maxLength)
                {
                    return title;
                }
            }
        }

        string sentence = TakeSentence();
        int cut = sentence.AsSpan().IndexOfAny("，。！？；：“”、（）《》");
        string clause = cut >= 5 ? sentence[..cut] : sentence.TrimEnd('。', '！', '？');
        return clause.Length <= maxLength ? clause : clause[..Math.Min(maxLength, Math.Max(8, maxLength * 2 / 3))];
    }
}
