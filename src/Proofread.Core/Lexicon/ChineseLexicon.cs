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

    /// <param name="words">Each word once, with its frequency and part of speech.</param>
    private ChineseLexicon(IReadOnlyList<(string Word, int Frequency, string? PartOfSpeech)> words)
    {
        long total = 0;
        int max = 1;
        foreach (var w in words)
        {
            total += w.Frequency;
            max = Math.Max(max, w.Word.Length);
        }

        _logTotal = Math.Log(Math.Max(1, total));
        MaxWordLength = max;

        // Every proper prefix of a word is kept too (as no word), so segmentation stops extending
        // a candidate as soon as no word can start that way, as jieba does.
        _words = new Dictionary<string, Entry>(words.Count * 3 / 2, StringComparer.Ordinal);
        foreach (var (word, frequency, pos) in words)
        {
            _words[word] = new Entry(frequency, pos, Math.Log(Math.Max(1, frequency)) - _logTotal, IsWord: true);
        }

        foreach (var (word, _, _) in words)
        {
            for (int length = word.Length - 1; length >= 1; length--)
            {
                if (!_words.TryAdd(word[..length], Entry.Prefix))
                {
                    break;
                }
            }
        }

        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = words.Count;
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

                double score = (entry.Frequency > 0 ? entry.LogProbability : -_logTotal) + best[j];
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
        var words = new Dictionary<string, (string, int, string?)>(StringComparer.Ordinal); // a word listed twice: the last line counts
        var tags = new Dictionary<string, string>(StringComparer.Ordinal); // one string per tag
        foreach (string line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                continue;
            }

            int freq = parts.Length > 1 && int.TryParse(parts[1], out int f) ? f : 1;
            string? tag = parts.Length > 2 ? tags.TryAdd(parts[2], parts[2]) ? parts[2] : tags[parts[2]] : null;
            words[parts[0]] = (parts[0], freq, tag);
        }

        return new ChineseLexicon([.. words.Values]);
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
    private readonly record struct Entry(int Frequency, string? PartOfSpeech, double LogProbability, bool IsWord)
    {
        public static readonly Entry Prefix = new(0, null, 0, IsWord: false);
    }
}
