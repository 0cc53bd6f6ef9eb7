using Proofread.Models;

namespace Proofread.Models.Build;

/// <summary>
/// Stupid backoff (Brants et al. 2007) over the same counts, for comparison with Kneser–Ney: the
/// relative frequency of the longest context that has seen the character, times alpha per order
/// backed off. Its scores do not sum to one, so each context's total is computed (from the
/// characters seen after it, recursively) and divided out: only then is its perplexity comparable.
/// </summary>
internal sealed class StupidBackoff
{
    private readonly int _order;
    private readonly double _alpha;
    private readonly IReadOnlyDictionary<ulong, long>[] _counts;
    private readonly Dictionary<ulong, (long Total, List<ushort> Next)>[] _contexts;
    private readonly Dictionary<ulong, double> _totals = [];
    private readonly double _unigramTotal;
    private readonly int _vocabulary;

    public StupidBackoff(NgramCounts counts, double alpha)
    {
        _order = counts.Order;
        _alpha = alpha;
        _counts = [.. Enumerable.Range(1, _order).Select(counts.OfLength)];
        _contexts = new Dictionary<ulong, (long, List<ushort>)>[_order];
        for (int k = 2; k <= _order; k++)
        {
            var byContext = new Dictionary<ulong, (long Total, List<ushort> Next)>();
            foreach (var (key, count) in _counts[k - 1])
            {
                if (NgramCounts.SymbolAt(key, k, 0) == NgramCounts.FragmentStart)
                {
                    continue;
                }

                if (!byContext.TryGetValue(key >> 16, out var entry))
                {
                    entry = (0, []);
                }

                entry.Next.Add((ushort)key);
                byContext[key >> 16] = (entry.Total + count, entry.Next);
            }

            _contexts[k - 1] = byContext;
        }

        var unigrams = _counts[0].Where(p => p.Key != NgramCounts.SentenceStart).ToList();
        _vocabulary = unigrams.Count + 1;
        _unigramTotal = unigrams.Sum(p => (double)p.Value) + (0.5 * _vocabulary);
    }

    /// <summary>The normalised log probability of <paramref name="next"/> after the context (symbols, oldest first).</summary>
    public double LogProbability(ReadOnlySpan<ushort> context, ushort next)
    {
        int length = Math.Min(context.Length, _order - 1);
        var used = context[(context.Length - length)..];
        return Math.Log(Score(used, next) / Total(used));
    }

    private double Score(ReadOnlySpan<ushort> context, ushort next)
    {
        if (context.IsEmpty)
        {
            return (_counts[0].GetValueOrDefault(next) + 0.5) / _unigramTotal;
        }

        int k = context.Length + 1;
        ulong key = (NgramCounts.Pack(context) << 16) | next;
        if (_counts[k - 1].TryGetValue(key, out long count) && _contexts[k - 1].TryGetValue(key >> 16, out var c))
        {
            return count / (double)c.Total;
        }

        return _alpha * Score(context[1..], next);
    }

    /// <summary>The sum of <see cref="Score"/> over every symbol after the context.</summary>
    private double Total(ReadOnlySpan<ushort> context)
    {
        if (context.IsEmpty)
        {
            return 1;
        }

        ulong cacheKey = NgramCounts.Pack(context) | ((ulong)context.Length << 60);
        if (_totals.TryGetValue(cacheKey, out double total))
        {
            return total;
        }

        double lower = Total(context[1..]);
        total = _alpha * lower;
        if (_contexts[context.Length].TryGetValue(NgramCounts.Pack(context), out var c))
        {
            double seenLower = 0;
            foreach (ushort next in c.Next)
            {
                seenLower += Score(context[1..], next);
            }

            total = 1 + (_alpha * (lower - seenLower));
        }

        _totals[cacheKey] = total;
        return total;
    }
}
