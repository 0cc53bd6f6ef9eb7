using Proofread.Findings;
using Proofread.Review;

namespace Proofread.Store;

/// <summary>A decision with the text either side of the change it made (or refused), as recorded.</summary>
public sealed record RecordedChange(Finding Finding, Decision Decision, string ContextBefore, string ContextAfter);
