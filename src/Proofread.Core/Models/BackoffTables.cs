namespace Proofread.Models;

/// <summary>
/// A smoothed model in backoff form while it is built: for each order the kept n-grams (packed
/// keys, sorted), their log probabilities, and for the contexts their backoff weights, chosen so
/// that every context's probabilities still sum to one after pruning. <see cref="ToModel"/>
/// quantizes it into the compact <see cref="CharacterModel"/>.
/// </summary>
internal sealed class BackoffTables
{
    private readonly ulong[][] _keys;
    private readonly double[][] _logProbability;
    private readonly double[][] _logBackoff;

    private BackoffTables(ulong[][] keys, double[][] logProbability, double[][] logBackoff)
    {
        _keys = keys;
        _logProbability = logProbability;
        _logBackoff = logBackoff;
    }

    /// <param name="kept">The n-grams kept, per order.</param>
    /// <param name="probability">The smoothed (interpolated) probability of every n-gram, per order.</param>
    public static BackoffTables Build(int order, HashSet<ulong>[] kept, Dictionary<ulong, double>[] probability)
    {
        var keys = new ulong[order][];
        var logProbability = new double[order][];
        var logBackoff = new double[order][];
        for (int k = 1; k <= order; k++)
        {
            var set = k == 1 ? [.. kept[0], NgramCounts.SentenceStart] : kept[k - 1];
            keys[k - 1] = [.. set.Order()];
            logProbability[k - 1] = [.. keys[k - 1].Select(key => probability[k - 1].TryGetValue(key, out double p) ? Math.Log(p) : double.NegativeInfinity)];
            logBackoff[k - 1] = new double[keys[k - 1].Length];
        }

        var tables = new BackoffTables(keys, logProbability, logBackoff);
        for (int k = 1; k < order; k++)
        {
            tables.ComputeBackoffs(k);
        }

        return tables;
    }

    public CharacterModel ToModel()
    {
        int order = _keys.Length;
        var vocabulary = _keys[0].Where(s => s > NgramCounts.FragmentStart).Select(s => (char)s).ToArray();
        var idOf = new ushort[char.MaxValue + 1];
        for (int i = 0; i < vocabulary.Length; i++)
        {
            idOf[vocabulary[i]] = (ushort)(i + CharacterModel.FirstCharacterId);
        }

        idOf[NgramCounts.SentenceStart] = CharacterModel.SentenceStartId;
        idOf[NgramCounts.SentenceEnd] = CharacterModel.SentenceEndId;

        // Unigrams are indexed by id: the unknown character, the marks, then the vocabulary in order.
        ulong[] symbolOfId = [NgramCounts.Unknown, NgramCounts.SentenceStart, NgramCounts.SentenceEnd, .. vocabulary.Select(c => (ulong)c)];
        var levels = new CharacterModel.Level[order];
        for (int k = 1; k <= order; k++)
        {
            var keys = k == 1 ? symbolOfId : _keys[k - 1];
            var at = new int[keys.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                at[i] = Array.BinarySearch(_keys[k - 1], keys[i]);
            }

            ushort[]? ids = k == 1 ? null : [.. keys.Select(key => idOf[(ushort)key])];
            ushort[] probabilities = [.. at.Select(i => CharacterModel.QuantizeProbability(i >= 0 ? _logProbability[k - 1][i] : double.NegativeInfinity))];
            short[]? backoffs = k == order ? null : [.. at.Select(i => CharacterModel.QuantizeBackoff(i >= 0 ? _logBackoff[k - 1][i] : 0))];
            int[]? children = k == order ? null : ChildStarts(keys, _keys[k], k);
            levels[k - 1] = new CharacterModel.Level(ids, probabilities, backoffs, children);
        }

        return new CharacterModel(order, vocabulary, levels);
    }

    /// <summary>
    /// Where each context's children start in the next order (plus one past the end): children of a
    /// context are contiguous there, since both orders are sorted by their packed keys.
    /// </summary>
    private static int[] ChildStarts(ulong[] contexts, ulong[] children, int length)
    {
        var starts = new int[contexts.Length + 1];
        int c = 0;
        for (int i = 0; i < contexts.Length; i++)
        {
            starts[i] = c;
            while (c < children.Length && children[c] >> 16 == contexts[i])
            {
                c++;
            }
        }

        starts[^1] = c;
        if (c != children.Length)
        {
            throw new InvalidOperationException($"an n-gram of order {length + 1} has no context in order {length}");
        }

        return starts;
    }

    /// <summary>Backoff weights of the contexts of order <paramref name="length"/>: the mass their kept children leave, over the mass those children have one order down.</summary>
    private void ComputeBackoffs(int length)
    {
        var contexts = _keys[length - 1];
        var children = _keys[length];
        int c = 0;
        for (int i = 0; i < contexts.Length; i++)
        {
            double left = 1, lowerLeft = 1;
            while (c < children.Length && children[c] >> 16 == contexts[i])
            {
                left -= Math.Exp(_logProbability[length][c]);
                lowerLeft -= Probability(children[c] & NgramCounts.Mask(length), length);
                c++;
            }

            _logBackoff[length - 1][i] = Math.Log(Math.Max(left, 1e-12)) - Math.Log(Math.Max(lowerLeft, 1e-12));
        }
    }

    /// <summary>The backoff model's probability of an n-gram, using the orders up to <paramref name="length"/>.</summary>
    private double Probability(ulong key, int length)
    {
        int i = Array.BinarySearch(_keys[length - 1], key);
        if (i >= 0)
        {
            return Math.Exp(_logProbability[length - 1][i]);
        }

        if (length == 1)
        {
            return Math.Exp(_logProbability[0][Array.BinarySearch(_keys[0], (ulong)NgramCounts.Unknown)]);
        }

        int context = Array.BinarySearch(_keys[length - 2], key >> 16);
        double backoff = context >= 0 ? Math.Exp(_logBackoff[length - 2][context]) : 1;
        return backoff * Probability(key & NgramCounts.Mask(length - 1), length - 1);
    }
}
