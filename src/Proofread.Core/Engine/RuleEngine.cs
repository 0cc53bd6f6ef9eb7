using System.Diagnostics;
using Proofread.Corpus;
using Proofread.Findings;
using Proofread.Rules;
using Proofread.Text;

namespace Proofread.Engine;

/// <summary>
/// Runs a set of rules over a document and returns their findings in a deterministic order
/// (by span, then rule id), after applying configured settings and protected spans.
/// Thread-safe: one engine serves all documents of a run.
/// </summary>
public sealed class RuleEngine
{
    private readonly IReadOnlyDictionary<string, RuleSettings> _settings;

    public RuleEngine(IEnumerable<IRule> rules, IReadOnlyDictionary<string, RuleSettings>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, RuleSettings>();
        Rules = rules
            .Where(r => SettingsFor(r.Descriptor.Id).Enabled)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .ToArray();
        var duplicate = Rules.GroupBy(r => r.Descriptor.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ProofreadException($"two rules share the id '{duplicate.Key}' ({string.Join(", ", duplicate.Select(r => r.Descriptor.Source))})");
        }
    }

    /// <summary>An engine with every built-in rule at its defaults.</summary>
    public static RuleEngine Default { get; } = new(BuiltInRules.Rules);

    /// <summary>An engine that does nothing: fixing with it gives every input back byte for byte.</summary>
    public static RuleEngine Empty { get; } = new([]);

    public IReadOnlyList<IRule> Rules { get; }

    /// <summary>Where the time each rule takes is summed, when someone asked for it (<c>--timings</c>).</summary>
    public RuleTimings? Timings { get; private init; }

    /// <summary>The lexicon and models every rule's context carries: the shared ones unless a caller hands others.</summary>
    public RuleResources Resources { get; init; } = RuleResources.Shared;

    /// <summary>The same engine, timing every rule into <paramref name="timings"/>.</summary>
    public RuleEngine WithTimings(RuleTimings timings) => new(Rules, _settings) { Timings = timings, Resources = Resources };

    public RuleSettings SettingsFor(string ruleId) =>
        _settings.TryGetValue(ruleId, out var s) ? s : RuleSettings.Default;

    /// <param name="focus">Where the text changed since a previous analysis (see <see cref="RuleContext.Focus"/>); null: everywhere.</param>
    /// <param name="editsOnly">Skip the rules that never propose an edit (report-only): a fixer needs only edits.</param>
    public IReadOnlyList<Finding> Analyze(Document document, RunStatistics? run = null, TextRegions? focus = null, bool editsOnly = false)
    {
        var context = new RuleContext(document, run ?? RunStatistics.Empty, focus) { Resources = Resources };
        var protectedSpans = new List<TextSpan>();
        foreach (var rule in Rules)
        {
            if (rule is IProtectedSpanSource source)
            {
                protectedSpans.AddRange(source.ProtectedSpans(context));
            }
        }

        var findings = new List<Finding>();
        foreach (var rule in Rules)
        {
            var settings = SettingsFor(rule.Descriptor.Id);
            if (editsOnly && (settings.Applicability ?? rule.Descriptor.DefaultApplicability) == Applicability.None)
            {
                continue;
            }

            long started = Timings is null ? 0 : Stopwatch.GetTimestamp();
            int before = findings.Count;
            foreach (var finding in rule.Analyze(context))
            {
                if (finding.Confidence < settings.MinConfidence)
                {
                    continue;
                }

                if (finding.HasEdits && !EditsAreValid(document.Text, finding))
                {
                    throw new InvalidOperationException($"rule {rule.Descriptor.Id} proposed an edit outside the text or inside a surrogate pair at {finding.Span}");
                }

                if (finding.HasEdits && TouchesProtected(finding, protectedSpans))
                {
                    continue;
                }

                findings.Add(settings.Applicability is { } a && finding.HasEdits ? finding with { Applicability = a } : finding);
            }

            Timings?.Add(rule.Descriptor.Id, Stopwatch.GetTimestamp() - started, findings.Count - before);
        }

        findings.Sort(CompareFindings);
        return findings;
    }

    /// <summary>
    /// The order in which findings are listed and fixes applied: by extent, then rule id, then the
    /// edits themselves, so the outcome never depends on the order rules happened to report in.
    /// </summary>
    public static int CompareFindings(Finding a, Finding b)
    {
        int c = a.Extent.CompareTo(b.Extent);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.RuleId, b.RuleId);
        }

        for (int i = 0; c == 0 && i < Math.Min(a.Edits.Count, b.Edits.Count); i++)
        {
            c = a.Edits[i].Span.CompareTo(b.Edits[i].Span);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.Edits[i].NewText, b.Edits[i].NewText);
            }
        }

        if (c == 0)
        {
            c = a.Edits.Count.CompareTo(b.Edits.Count);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }

    private static bool TouchesProtected(Finding finding, List<TextSpan> protectedSpans)
    {
        foreach (var edit in finding.Edits)
        {
            foreach (var p in protectedSpans)
            {
                if (edit.Span.Overlaps(p) || (edit.Span.IsEmpty && p.Start < edit.Span.Start && edit.Span.Start < p.End))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool EditsAreValid(string text, Finding finding)
    {
        foreach (var edit in finding.Edits)
        {
            var s = edit.Span;
            if (s.Start < 0 || s.End > text.Length || s.Start > s.End)
            {
                return false;
            }

            if (SplitsPair(text, s.Start) || SplitsPair(text, s.End))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SplitsPair(string text, int position) =>
        position > 0 && position < text.Length && char.IsHighSurrogate(text[position - 1]) && char.IsLowSurrogate(text[position]);
}
