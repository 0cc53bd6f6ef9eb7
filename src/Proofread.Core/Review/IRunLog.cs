using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Review;

/// <summary>A decision with the text either side of the change it made (or refused), as recorded.</summary>
public sealed record RecordedChange(Finding Finding, Decision Decision, string ContextBefore, string ContextAfter);

/// <summary>
/// Where a batch run (<c>fix</c>) is recorded: the run itself, every fix it applied, the findings it
/// leaves for a person, and the exceptions (findings rejected before) it must leave out. Core's
/// <see cref="Engine.FixRun"/> reports to it, as the review session reports to
/// <see cref="IDecisionStore"/>; a store implements both. Files are fixed in parallel, so calls come
/// from several threads at once; each is durable when it returns.
/// </summary>
public interface IRunLog
{
    /// <summary>Every fingerprint rejected so far, read once: a batch run checks its findings against this snapshot.</summary>
    IReadOnlySet<string> LoadExceptions();

    /// <summary>Starts a run: every change and proposal from now on is recorded under it. Returns its id.</summary>
    long BeginRun(RunInfo run);

    /// <summary>Registers a document (path, content hash, encoding) or finds it again; returns its id.</summary>
    long OpenDocument(SourceText source);

    /// <summary>Records the changes made to a document, all in one go (every fix a run applied to a file).</summary>
    void RecordChanges(long documentId, IReadOnlyList<RecordedChange> changes);

    /// <summary>Notes the findings with edits the run leaves for a person, in the document's final text.</summary>
    void Propose(long documentId, Document document, IReadOnlyList<Finding> findings);

    /// <summary>Marks the run finished (a run never finished was interrupted).</summary>
    void FinishRun();
}
