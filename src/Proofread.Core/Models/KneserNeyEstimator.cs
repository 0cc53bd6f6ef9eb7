namespace Proofread.Models;

/// <summary>
/// Turns n-gram counts into a character language model by interpolated modified Kneser–Ney
/// smoothing (Chen and Goodman 1998): three discounts per order taken from the counts of
/// counts, lower orders estimated from how many different characters precede an n-gram rather
/// than how often it occurs, every order interpolated with the one below and the unigrams with
/// the uniform distribution, so an unseen character keeps some probability.
/// </summary>
/// <remarks>
/// The result is written in backoff form (a probability for each stored n-gram, a backoff weight
/// for each stored context), which looks an n-gram up without summing over orders. Pruning keeps
/// the n-grams of each order whose loss would cost the most (count times the change of log
/// probability, Seymore and Rosenfeld's weighted difference) and recomputes the backoff weights
/// so that every context still sums to one.
/// </remarks>
public static class KneserNeyEstimator
{
    /// <param name="counts">The training counts.</param>
    /// <param name="maxNgrams">For each order from 2 up (index 0 is bigrams), how many n-grams to keep at most; null keeps all.</param>
    public static CharacterModel Estimate(NgramCounts counts, IReadOnlyList<int>? maxNgrams = null)
    {
        int order = counts.Order;
        var adjusted = AdjustedCounts(counts);
        var contexts = new Dictionary<ulong, ContextTotals>[order];
        var probability = new Dictionary<ulong, double>[order];
        for (int k = 1; k <= order; k++)
        {
            var d = Discounts.Of(adjusted[k - 1].Values);
            contexts[k - 1] = Totals(adjusted[k - 1], k, d);
            probability[k - 1] = new Dictionary<ulong, double>(adjusted[k - 1].Count);
            foreach (var (key, a) in adjusted[k - 1])
            {
                var totals = contexts[k - 1][ContextOf(key, k)];
                double lower = k == 1 ? 1.0 / totals.Vocabulary : Interpolated(probability, contexts, WithoutFirst(key, k), k - 1);
                probability[k - 1][key] = (Math.Max(a - d.For(a), 0) / totals.Sum) + (totals.Gamma * lower);
            }
        }

        // The unknown character has only the uniform share of the unigram distribution.
        if (!probability[0].ContainsKey(NgramCounts.Unknown))
        {
            var totals = contexts[0][0];
            probability[0][NgramCounts.Unknown] = totals.Gamma / totals.Vocabulary;
        }

        var kept = Prune(counts, probability, contexts, maxNgrams);
        return BackoffTables.Build(order, kept, probability).ToModel();
    }

    /// <summary>
    /// Kneser–Ney's counts: raw counts for the highest order and for n-grams opening a sentence
    /// (nothing can precede them), elsewhere the number of distinct symbols seen before the n-gram.
    /// </summary>
    private static Dictionary<ulong, long>[] AdjustedCounts(NgramCounts counts)
    {
        int order = counts.Order;
        var adjusted = new Dictionary<ulong, long>[order];
        for (int k = 1; k <= order; k++)
        {
            var continuation = new Dictionary<ulong, long>();
            if (k < order)
            {
                ulong mask = NgramCounts.Mask(k);
                foreach (ulong key in counts.OfLength(k + 1).Keys)
                {
                    ulong suffix = key & mask;
                    continuation[suffix] = continuation.GetValueOrDefault(suffix) + 1;
                }
            }

            adjusted[k - 1] = [];
            foreach (var (key, raw) in counts.OfLength(k))
            {
                ushort first = NgramCounts.SymbolAt(key, k, 0);
                bool opensSentence = first == NgramCounts.SentenceStart;
                if (first == NgramCounts.FragmentStart || (k == 1 && opensSentence) || (k > 1 && !HasContext(adjusted, key, k)))
                {
                    continue; // marks are contexts only, never predicted; an n-gram needs its context and suffix in the model
                }

                long a = k == order || opensSentence ? raw : continuation.GetValueOrDefault(key);
                if (a > 0)
                {
                    adjusted[k - 1][key] = a;
                }
            }
        }

        return adjusted;
    }

    /// <summary>
    /// Whether the n-gram's context and its suffix one order down are n-grams of the model (the
    /// sentence start always is a context): a junction of two words counts only the n-grams that
    /// cross it, so a character may be seen there and nowhere else.
    /// </summary>
    private static bool HasContext(Dictionary<ulong, long>[] adjusted, ulong key, int length)
    {
        ulong context = key >> 16, suffix = key & NgramCounts.Mask(length - 1);
        bool contextKnown = length == 2 ? context == NgramCounts.SentenceStart || adjusted[0].ContainsKey(context) : adjusted[length - 2].ContainsKey(context);
        return contextKnown && adjusted[length - 2].ContainsKey(suffix);
    }

    private static Dictionary<ulong, ContextTotals> Totals(Dictionary<ulong, long> adjusted, int length, Discounts d)
    {
        var sums = new Dictionary<ulong, (long Sum, double Mass)>();
        foreach (var (key, a) in adjusted)
        {
            ulong context = ContextOf(key, length);
            var (sum, mass) = sums.GetValueOrDefault(context);
            sums[context] = (sum + a, mass + d.For(a));
        }

        int vocabulary = length == 1 ? adjusted.Count + (adjusted.ContainsKey(NgramCounts.Unknown) ? 0 : 1) : 0;
        return sums.ToDictionary(p => p.Key, p => new ContextTotals(p.Value.Sum, p.Value.Mass / p.Value.Sum, vocabulary));
    }

    /// <summary>The interpolated probability of an n-gram, stored or not (then backing off through the orders below).</summary>
    private static double Interpolated(Dictionary<ulong, double>[] probability, Dictionary<ulong, ContextTotals>[] contexts, ulong key, int length)
    {
        if (probability[length - 1].TryGetValue(key, out double p))
        {
            return p;
        }

        if (length == 1)
        {
            var unigrams = contexts[0][0];
            return unigrams.Gamma / unigrams.Vocabulary;
        }

        double gamma = contexts[length - 1].TryGetValue(key >> 16, out var totals) ? totals.Gamma : 1;
        return gamma * Interpolated(probability, contexts, WithoutFirst(key, length), length - 1);
    }

    /// <summary>The n-grams kept per order: all unigrams; of the higher orders the most costly to lose, closed under prefixes.</summary>
    private static HashSet<ulong>[] Prune(NgramCounts counts, Dictionary<ulong, double>[] probability, Dictionary<ulong, ContextTotals>[] contexts, IReadOnlyList<int>? maxNgrams)
    {
        int order = counts.Order;
        var kept = new HashSet<ulong>[order];
        kept[0] = [.. probability[0].Keys];
        for (int k = 2; k <= order; k++)
        {
            int limit = maxNgrams is not null && k - 2 < maxNgrams.Count ? maxNgrams[k - 2] : int.MaxValue;
            var entries = probability[k - 1];
            if (entries.Count <= limit)
            {
                kept[k - 1] = [.. entries.Keys];
                continue;
            }

            var raw = counts.OfLength(k);
            var cost = new List<(ulong Key, double Cost)>(entries.Count);
            foreach (var (key, p) in entries)
            {
                double backedOff = contexts[k - 1][key >> 16].Gamma * Interpolated(probability, contexts, WithoutFirst(key, k), k - 1);
                cost.Add((key, raw.GetValueOrDefault(key) * Math.Abs(Math.Log(p) - Math.Log(backedOff))));
            }

            cost.Sort((a, b) => b.Cost.CompareTo(a.Cost));
            kept[k - 1] = [.. cost.Take(limit).Select(c => c.Key)];
        }

        for (int k = order; k > 2; k--)
        {
            foreach (ulong key in kept[k - 1])
            {
                kept[k - 2].Add(key >> 16);
            }
        }

        return kept;
    }

    private static ulong ContextOf(ulong key, int length) => length == 1 ? 0 : key >> 16;

    private static ulong WithoutFirst(ulong key, int length) => key & NgramCounts.Mask(length - 1);

    /// <summary>A context's total count, the share of probability its discounts free (gamma), and, for unigrams, the vocabulary size.</summary>
    private readonly record struct ContextTotals(long Sum, double Gamma, int Vocabulary);

    /// <summary>Modified Kneser–Ney's three discounts, for counts of 1, 2 and 3 or more.</summary>
    private readonly record struct Discounts(double One, double Two, double ThreeOrMore)
    {
        public double For(long count) => count switch { 1 => One, 2 => Two, _ => ThreeOrMore };

        public static Discounts Of(IEnumerable<long> counts)
        {
            var n = new long[5];
            foreach (long c in counts)
            {
                if (c <= 4)
                {
                    n[c]++;
                }
            }

            if (n[1] == 0 || n[2] == 0 || n[3] == 0 || n[4] == 0)
            {
                return new(0.5, 1.0, 1.5); // too few counts to estimate from: the usual values
            }

            double y = n[1] / (double)(n[1] + (2 * n[2]));
            return new(
                Math.Clamp(1 - (2 * y * n[2] / n[1]), 0.05, 1),
                Math.Clamp(2 - (3 * y * n[3] / n[2]), 0.05, 2),
                Math.Clamp(3 - (4 * y * n[4] / n[3]), 0.05, 3));
        }
    }
}
