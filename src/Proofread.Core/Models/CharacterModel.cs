using System.Reflection;

namespace Proofread.Models;

/// <summary>
/// A character n-gram language model of Chinese newspaper text in backoff form: how likely a
/// character is after the few before it. The shipped model (<see cref="Shared"/>) is embedded in
/// this assembly, loaded once, lazily, on first use and shared read-only by every rule and thread;
/// <c>models/README.md</c> says how it was trained and measured.
/// </summary>
/// <remarks>
/// The n-grams form a trie, one level per order: a context's children are a sorted run of
/// character ids in the next level, found by binary search. Log probabilities and backoff weights
/// are fixed-point numbers of 1/1024 nat: about 0.1% relative error, far below what separates
/// a likely character from an unlikely one.
/// </remarks>
public sealed class CharacterModel
{
    public const ushort UnknownId = 0;
    public const ushort SentenceStartId = 1;
    public const ushort SentenceEndId = 2;
    public const ushort FirstCharacterId = 3;

    private const double Scale = 1024;
    private const string ResourceName = "Proofread.Models.characters.lm";

    private static readonly Lazy<CharacterModel> Instance = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ushort[] _idOf = new ushort[char.MaxValue + 1];
    private readonly BigramIndex? _bigrams;

    internal CharacterModel(int order, char[] vocabulary, Level[] levels)
    {
        Order = order;
        Vocabulary = vocabulary;
        Levels = levels;
        for (int i = 0; i < vocabulary.Length; i++)
        {
            _idOf[vocabulary[i]] = (ushort)(i + FirstCharacterId);
        }

        _bigrams = order > 1 ? new BigramIndex(levels[0], levels[1]) : null;
    }

    /// <summary>The shipped model, loaded on first use.</summary>
    public static CharacterModel Shared => Instance.Value;

    /// <summary>How many characters the model conditions on, plus one.</summary>
    public int Order { get; }

    /// <summary>The characters the model knows, in code-unit order; any other character is unknown to it.</summary>
    public IReadOnlyList<char> Vocabulary { get; }

    /// <summary>How many n-grams of each order the model stores (index 0: the unigrams, marks and unknown included).</summary>
    public IReadOnlyList<int> StoredNgrams => [.. Levels.Select(l => l.LogProbabilities.Length)];

    internal Level[] Levels { get; }

    public bool Knows(char c) => IdOf(c) != UnknownId;

    /// <summary>
    /// The natural log of the probability of <paramref name="next"/> after <paramref name="history"/>,
    /// the text from the start of its sentence or paragraph (only its last <see cref="Order"/> − 1
    /// characters matter; a shorter history is preceded by the start of the sentence).
    /// </summary>
    public double LogProbability(ReadOnlySpan<char> history, char next) => LogProbability(history, IdOf(next));

    /// <summary>The natural log of the probability that the sentence ends after <paramref name="history"/>.</summary>
    public double LogProbabilityOfEnd(ReadOnlySpan<char> history) => LogProbability(history, SentenceEndId);

    /// <summary>The natural log of the probability of a whole sentence: each character after those before it, then its end.</summary>
    public double LogProbability(ReadOnlySpan<char> sentence)
    {
        double sum = 0;
        for (int i = 0; i < sentence.Length; i++)
        {
            sum += LogProbability(sentence[..i], IdOf(sentence[i]));
        }

        return sum + LogProbabilityOfEnd(sentence);
    }

    internal static ushort QuantizeProbability(double logProbability) =>
        (ushort)Math.Clamp(Math.Round(-logProbability * Scale), 0, ushort.MaxValue);

    internal static short QuantizeBackoff(double logBackoff) =>
        (short)Math.Clamp(Math.Round(logBackoff * Scale), short.MinValue, short.MaxValue);

    /// <summary>Reads a model written by <see cref="CharacterModelFile.Write"/>; <paramref name="name"/> names the source in errors.</summary>
    public static CharacterModel Load(Stream stream, string name) => CharacterModelFile.Read(stream, name);

    private ushort IdOf(char c) => _idOf[NgramCounts.Symbol(c)];

    private double LogProbability(ReadOnlySpan<char> history, ushort next)
    {
        // The context: the start mark when the history is short, then its last characters.
        int length = Math.Min(history.Length + 1, Order - 1);
        Span<ushort> context = stackalloc ushort[Math.Max(length, 0)];
        int fromHistory = Math.Min(history.Length, length);
        if (fromHistory < length)
        {
            context[0] = SentenceStartId;
        }

        for (int i = 0; i < fromHistory; i++)
        {
            context[length - fromHistory + i] = IdOf(history[history.Length - fromHistory + i]);
        }

        // Longest context first; each context that is stored but lacks the character costs its backoff weight.
        long backoff = 0;
        for (int start = 0; start < context.Length; start++)
        {
            int node = Find(context[start..]);
            if (node < 0)
            {
                continue;
            }

            int contextLevel = context.Length - start - 1;
            int child = Child(contextLevel, node, next);
            if (child >= 0)
            {
                return -(Levels[contextLevel + 1].LogProbabilities[child] + backoff) / Scale;
            }

            backoff -= Levels[contextLevel].LogBackoffs![node];
        }

        return -(Levels[0].LogProbabilities[next] + backoff) / Scale;
    }

    /// <summary>The index of an n-gram in its level, or −1 when it is not stored.</summary>
    private int Find(ReadOnlySpan<ushort> ngram)
    {
        int node = ngram[0];
        for (int level = 1; level < ngram.Length && node >= 0; level++)
        {
            node = Child(level - 1, node, ngram[level]);
        }

        return node;
    }

    private int Child(int level, int node, ushort id)
    {
        if (level == 0)
        {
            return _bigrams!.Find((ushort)node, id);
        }

        var starts = Levels[level].ChildStarts!;
        int from = starts[node];
        int found = Levels[level + 1].Ids!.AsSpan(from, starts[node + 1] - from).BinarySearch(id);
        return found >= 0 ? from + found : -1;
    }

    private static CharacterModel LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("the embedded character model (models/characters.lm) is missing from Proofread.Core");
        return Load(stream, "models/characters.lm");
    }

    /// <summary>
    /// One order of the trie. Unigrams are indexed by character id (<see cref="Ids"/> null); higher
    /// orders list their ids in runs, one per context. The highest order has no backoffs or children.
    /// </summary>
    internal sealed record Level(ushort[]? Ids, ushort[] LogProbabilities, short[]? LogBackoffs, int[]? ChildStarts);
}
