using System.Text;

namespace Proofread.Synth;

/// <summary>
/// The one generator of synthetic newspaper pages with gold. It lays clean prose out as pages of a
/// made-up <see cref="Paper"/> (three to six stories, about 12 KB a page like the seed pages) in
/// layouts the page model knows and layouts it does not (<see cref="PageComposer"/>), and damages
/// them the ways OCR and page layout do (<see cref="DamageKinds"/>, at <see cref="Rates"/>). Gold
/// is the stories alone: no masthead, ads, editor or jump lines. Sentences and headlines are drawn
/// at random and reshuffled once used up, so any size comes from a small corpus. Deterministic for
/// a seed; pages come one at a time, so a 1 GB corpus never sits in memory.
/// </summary>
public sealed class SyntheticCorpus
{
    private readonly string[] _headlines;
    private readonly string[] _sentences;

    private SyntheticCorpus(string[] headlines, string[] sentences, DamageRates rates)
    {
        _headlines = headlines;
        _sentences = sentences;
        Rates = rates;
    }

    public SyntheticCorpus(IEnumerable<string> corpusLines)
    {
        var headlines = new List<string>();
        var sentences = new List<string>();
        foreach (string raw in corpusLines)
        {
            string line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            // A line opening with a closing mark (》一文中指出…) was split off the sentence before it.
            if ("》”）』」’】".Contains(line[0]))
            {
                if (sentences.Count > 0 && EndsAsSentence(line))
                {
                    sentences[^1] += line;
                }

                continue;
            }

            if (line.Length >= 4 && EndsAsSentence(line))
            {
                sentences.Add(line);
            }
            else if (line.Length is >= 4 and <= 30 && !"：；—，、".Contains(line[^1]))
            {
                headlines.Add(line);
            }
        }

        if (sentences.Count == 0 || headlines.Count == 0)
        {
            throw new ArgumentException("the corpus needs sentences and headlines (lines without final punctuation)");
        }

        _headlines = [.. headlines];
        _sentences = [.. sentences];
    }

    /// <summary>How often each kind of damage strikes.</summary>
    public DamageRates Rates { get; } = DamageRates.Default;

    /// <summary>The same text, damaged at other rates.</summary>
    public SyntheticCorpus WithRates(DamageRates rates) => new(_headlines, _sentences, rates);

    public static SyntheticCorpus Load(string path) => new(File.ReadLines(path, Encoding.UTF8));

    /// <summary>
    /// A sentence ends in 。！？… or closes a quotation or bracket right after one; the corpus
    /// also holds titles with a column tag (…的奥秘（医药新发现）), which are not prose.
    /// </summary>
    public static bool EndsAsSentence(string line)
    {
        char last = line[^1];
        return last is '。' or '！' or '？' or '…'
            || (last is '”' or '’' or '』' or '」' or '）' && line.Length > 1 && line[^2] is '。' or '！' or '？' or '…');
    }

    /// <summary>Pages of the paper <paramref name="seed"/> picks until their damaged text reaches <paramref name="targetBytes"/> of UTF-8.</summary>
    public IEnumerable<SyntheticPage> Generate(int seed, DamageKinds kinds, long targetBytes, string prefix = "page")
    {
        var random = new Random(seed);
        var composer = new PageComposer(Paper.ForSeed(seed), random, new Deck(_headlines, random), new Deck(_sentences, random), kinds, Rates);
        long bytes = 0;
        for (int index = 0; bytes < targetBytes; index++)
        {
            var page = composer.Page(index, $"{prefix}{index:D6}.txt");
            bytes += Encoding.UTF8.GetByteCount(page.Damaged);
            yield return page;
        }
    }
}

/// <summary>
/// Draws without replacement and reshuffles when all are drawn: a headline recurs only once the
/// corpus is used up, as on real pages, where a recurring line is furniture.
/// </summary>
internal sealed class Deck(string[] items, Random random)
{
    private readonly string[] _items = [.. items];
    private int _next = items.Length;

    public string Next()
    {
        if (_next == _items.Length)
        {
            random.Shuffle(_items);
            _next = 0;
        }

        return _items[_next++];
    }
}
