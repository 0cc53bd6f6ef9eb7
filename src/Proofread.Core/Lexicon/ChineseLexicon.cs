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

    private ChineseLexicon(Dictionary<string, Entry> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        long total = 0;
        int max = 1;
        foreach (var (word, entry) in words)
        {
            total += entry.Frequency;
            max = Math.Max(max, word.Length);
        }

        _logTotal = Math.Log(Math.Max(1, total));
        MaxWordLength = max;
    }

    public static ChineseLexicon Shared => Instance.Value;

    public int Count => _words.Count;

    public int MaxWordLength { get; }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

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
                int freq = Frequency(text[i..j]);
                if (freq == 0 && j > i + 1)
                {
                    continue;
                }

                double score = Math.Log(Math.Max(1, freq)) - _logTotal + best[j];
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
        var words = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                continue;
            }

            int freq = parts.Length > 1 && int.TryParse(parts[1], out int f) ? f : 1;
            words[parts[0]] = new Entry(freq, parts.Length > 2 ? string.Intern(parts[2]) : null);
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

    private readonly record struct Entry(int Frequency, string? PartOfSpeech);
}
