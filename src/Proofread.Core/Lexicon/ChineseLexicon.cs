using System.Reflection;

namespace Proofread.Lexicon;

/// <summary>
/// The Chinese lexicon: jieba.NET's dictionary of 349,046 words with frequencies and parts of
/// speech, embedded in this assembly. Loaded once, lazily, on first use and shared read-only by
/// every rule and thread (<see cref="Shared"/>).
/// </summary>
public sealed class ChineseLexicon
{
    private static readonly Lazy<ChineseLexicon> Instance = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, Entry> _words;
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly double _logTotal;

    /// <param name="words">Each word once, its entry made by <see cref="Entry.Word"/>; this lexicon takes the dictionary over.</param>
    private ChineseLexicon(Dictionary<string, Entry> words)
    {
        long total = 0;
        int max = 1;
        foreach (var (word, entry) in words)
        {
            total += entry.Frequency;
            max = Math.Max(max, word.Length);
        }

        _logTotal = Math.Log(Math.Max(1, total));
        MaxWordLength = max;
        Count = words.Count;

        // Every proper prefix of a word is kept too (as no word), so segmentation stops extending
        // a candidate as soon as no word can start that way, as jieba does.
        _words = words;
        _words.EnsureCapacity(words.Count * 2); // room for the prefixes without growing step by step
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string word in words.Keys.ToArray())
        {
            for (int length = word.Length - 1; length >= 1; length--)
            {
                // The prefix's string is made only when it is new.
                if (!_lookup.TryAdd(word.AsSpan(0, length), Entry.Prefix))
                {
                    break;
                }
            }
        }
    }

    public static ChineseLexicon Shared => Instance.Value;

    /// <summary>How many words the lexicon holds.</summary>
    public int Count { get; }

    public int MaxWordLength { get; }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var e) && e.IsWord;

    /// <summary>The word's corpus frequency in the dictionary, 0 when it is not a word.</summary>
    public int Frequency(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var e) ? e.Frequency : 0;

    /// <summary>The word's part-of-speech tag (jieba's ICTCLAS set: n, v, nr, ns, m, …), or null.</summary>
    public string? PartOfSpeech(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var e) ? e.PartOfSpeech : null;

    /// <summary>
    /// Splits a run of text into the most probable sequence of dictionary words (jieba's
    /// maximum-probability path over the word graph, without the HMM for unknown words):
    /// characters that start no word stand alone.
    /// </summary>
    public IReadOnlyList<string> Segment(ReadOnlySpan<char> text)
    {
        int n = text.Length;
        var best = new double[n + 1];
        var next = new int[n + 1];
        best[n] = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            best[i] = double.NegativeInfinity;
            int limit = Math.Min(n, i + MaxWordLength);
            for (int j = i + 1; j <= limit; j++)
            {
                bool known = _lookup.TryGetValue(text[i..j], out var entry);
                if (entry.Frequency == 0 && j > i + 1)
                {
                    if (!known)
                    {
                        break; // no word starts with text[i..j], so none is longer
                    }

                    continue;
                }

                double score = (entry.Frequency > 0 ? entry.LogFrequency : 0) - _logTotal + best[j];
                if (score > best[i])
                {
                    best[i] = score;
                    next[i] = j;
                }
            }
        }

        var words = new List<string>();
        for (int i = 0; i < n; i = next[i])
        {
            words.Add(text[i..next[i]].ToString());
        }

        return words;
    }

    /// <summary>A lexicon from lines in jieba's format (<c>word frequency [pos]</c>), for tests and user dictionaries.</summary>
    public static ChineseLexicon FromLines(IEnumerable<string> lines)
    {
        var words = new Dictionary<string, Entry>(StringComparer.Ordinal); // a word listed twice: the last line counts
        var tags = new Dictionary<string, string>(StringComparer.Ordinal); // one string per tag
        var tagLookup = tags.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<Range> parts = stackalloc Range[4];
        foreach (string line in lines)
        {
            var text = line.AsSpan();
            int count = text.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries);
            if (count == 0)
            {
                continue;
            }

            int freq = count > 1 && int.TryParse(text[parts[1]], out int f) ? f : 1;
            string? tag = null;
            if (count > 2 && !tagLookup.TryGetValue(text[parts[2]], out tag))
            {
                tag = text[parts[2]].ToString();
                tags[tag] = tag;
            }

            words[text[parts[0]].ToString()] = Entry.Word(freq, tag);
        }

        return new ChineseLexicon(words);
    }

    private static ChineseLexicon LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Proofread.Lexicon.dict.txt")
            ?? throw new InvalidOperationException("the embedded lexicon (jieba dict.txt) is missing from Proofread.Core");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return FromLines(ReadLines(reader));
    }

    private static IEnumerable<string> ReadLines(StreamReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>A word, or (IsWord false, frequency 0) a proper prefix of one.</summary>
    private readonly record struct Entry(int Frequency, string? PartOfSpeech, double LogFrequency, bool IsWord)
    {
        public static readonly Entry Prefix = new(0, null, 0, IsWord: false);

        public static Entry Word(int frequency, string? partOfSpeech) => new(frequency, partOfSpeech, Math.Log(Math.Max(1, frequency)), IsWord: true);
    }
}
