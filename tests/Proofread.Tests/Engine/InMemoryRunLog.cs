using Proofread.Findings;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Tests.Engine;

/// <summary>A run log in memory that keeps every call, for the batch fix's tests. Thread-safe, as the real one is.</summary>
public sealed class InMemoryRunLog(params string[] exceptions) : IRunLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _documents = new(StringComparer.Ordinal);

    public List<RunInfo> Runs { get; } = [];

    public int Finished { get; private set; }

    /// <summary>The changes recorded, by document path, in the order they came.</summary>
    public Dictionary<string, List<RecordedChange>> Changes { get; } = new(StringComparer.Ordinal);

    /// <summary>The findings proposed, by document path, with the text they were found in.</summary>
    public Dictionary<string, (string Text, IReadOnlyList<Finding> Findings)> Proposed { get; } = new(StringComparer.Ordinal);

    public IReadOnlySet<string> LoadExceptions() => new HashSet<string>(exceptions, StringComparer.Ordinal);

    public long BeginRun(RunInfo run)
    {
        lock (_gate)
        {
            Runs.Add(run);
            return Runs.Count;
        }
    }

    public long OpenDocument(SourceText source)
    {
        lock (_gate)
        {
            return _documents.TryGetValue(source.Path, out long id) ? id : _documents[source.Path] = _documents.Count + 1;
        }
    }

    public void RecordChanges(long documentId, IReadOnlyList<RecordedChange> changes)
    {
        lock (_gate)
        {
            Changes[PathOf(documentId)] = [.. changes];
        }
    }

    public void Propose(long documentId, Document document, IReadOnlyList<Finding> findings)
    {
        lock (_gate)
        {
            Proposed[PathOf(documentId)] = (document.Text, findings);
        }
    }

    public void FinishRun()
    {
        lock (_gate)
        {
            Finished++;
        }
    }

    private string PathOf(long documentId) => _documents.Single(d => d.Value == documentId).Key;
}
