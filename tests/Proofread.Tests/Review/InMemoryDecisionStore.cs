using Proofread.Findings;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Tests.Review;

/// <summary>A decision store in memory, with the semantics the SQLite store has, for session tests.</summary>
public sealed class InMemoryDecisionStore : IDecisionStore
{
    private readonly Dictionary<string, long> _documents = new(StringComparer.Ordinal);
    private readonly List<(long Document, Decision Decision, bool Retracted)> _log = [];

    public int Records { get; private set; }

    public long OpenDocument(SourceText source) =>
        _documents.TryGetValue(source.Path, out long id) ? id : _documents[source.Path] = _documents.Count + 1;

    public IReadOnlyDictionary<string, Decision> LoadDecisions(long documentId)
    {
        var current = new Dictionary<string, Decision>(StringComparer.Ordinal);
        foreach (var (document, decision, retracted) in _log)
        {
            if (document == documentId && !retracted)
            {
                current[decision.Fingerprint] = decision;
            }
        }

        return current;
    }

    public void Record(long documentId, Finding finding, Decision decision)
    {
        Records++;
        _log.Add((documentId, decision, false));
    }

    public void Retract(long documentId, string fingerprint)
    {
        int last = _log.FindLastIndex(e => e.Document == documentId && e.Decision.Fingerprint == fingerprint && !e.Retracted);
        if (last >= 0)
        {
            _log[last] = _log[last] with { Retracted = true };
        }
    }

    public bool IsRejected(string fingerprint)
    {
        var latest = _log.LastOrDefault(e => e.Decision.Fingerprint == fingerprint && !e.Retracted);
        return latest.Decision?.Kind == DecisionKind.Rejected;
    }
}
