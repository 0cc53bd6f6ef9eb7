using System.Diagnostics;

namespace Proofread.Engine;

/// <summary>
/// How long each rule took over a run, summed across documents, passes and threads: what a user
/// reads to find the rule (often a pack pattern of their own) that slows a batch down.
/// </summary>
public sealed class RuleTimings
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (long Ticks, int Calls, int Findings)> _byRule = new(StringComparer.Ordinal);

    public void Add(string ruleId, long stopwatchTicks, int findings)
    {
        lock (_lock)
        {
            var (ticks, calls, found) = _byRule.GetValueOrDefault(ruleId);
            _byRule[ruleId] = (ticks + stopwatchTicks, calls + 1, found + findings);
        }
    }

    /// <summary>One row per rule that ran, slowest first.</summary>
    public IReadOnlyList<RuleTiming> Rows()
    {
        lock (_lock)
        {
            return _byRule
                .Select(kv => new RuleTiming(kv.Key, TimeSpan.FromSeconds((double)kv.Value.Ticks / Stopwatch.Frequency), kv.Value.Calls, kv.Value.Findings))
                .OrderByDescending(r => r.Time)
                .ThenBy(r => r.RuleId, StringComparer.Ordinal)
                .ToArray();
        }
    }
}

/// <param name="Calls">Analyses of one document by the rule (a fix runs several passes per document).</param>
public sealed record RuleTiming(string RuleId, TimeSpan Time, int Calls, int Findings);
