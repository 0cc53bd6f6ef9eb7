using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Review;

/// <summary>
/// The model behind the review screen: every proposed fix of a set of documents, analysed once,
/// with the reviewer's position, filter and decisions. A decision goes to the store the moment it
/// is made, so a crash or a closed terminal loses nothing, and a new session on the same store
/// resumes where this one stopped. Moving, deciding and undoing cost O(1) (a filter change is one
/// pass over the items): nothing is re-analysed while the reviewer works.
/// </summary>
public sealed class ReviewSession
{
    private readonly IDecisionStore _store;
    private readonly TimeProvider _clock;
    private readonly List<ReviewItem> _items = [];
    private readonly Stack<IReadOnlyList<(ReviewItem Item, ReviewStatus Status, string? Edited)>> _undo = new();
    private readonly int[] _counts = new int[Enum.GetValues<ReviewStatus>().Length];
    private List<int> _visible = [];

    private ReviewSession(IReadOnlyList<ReviewDocument> documents, IDecisionStore store, string reviewer, TimeProvider clock)
    {
        Documents = documents;
        _store = store;
        Reviewer = reviewer;
        _clock = clock;
    }

    public IReadOnlyList<ReviewDocument> Documents { get; }

    /// <summary>Every proposed fix, document by document in text order.</summary>
    public IReadOnlyList<ReviewItem> Items => _items;

    public string Reviewer { get; }

    public ReviewFilter Filter { get; private set; } = ReviewFilter.None;

    /// <summary>The items the filter lets through, as indices into <see cref="Items"/>.</summary>
    public IReadOnlyList<int> Visible => _visible;

    /// <summary>Position of the current item in <see cref="Visible"/>; -1 when nothing is visible.</summary>
    public int Position { get; private set; } = -1;

    public ReviewItem? Current => Position >= 0 ? _items[_visible[Position]] : null;

    public int Count(ReviewStatus status) => _counts[(int)status];

    /// <summary>
    /// Analyses each text once, with the run's statistics (gathered over all of them, as <c>fix</c>
    /// does), and loads the decisions the store already holds for them. Fixes rejected before in
    /// another file (the same rule and surrounding text) are not proposed again.
    /// </summary>
    public static ReviewSession Open(IReadOnlyList<ReviewInput> inputs, RunStatistics run, RuleEngine engine, IDecisionStore store, string reviewer, TimeProvider? clock = null)
    {
        var documents = new List<ReviewDocument>();
        foreach (var input in inputs)
        {
            documents.Add(new ReviewDocument(input.File, input.Source, store.OpenDocument(input.Source)));
        }

        var session = new ReviewSession(documents, store, reviewer, clock ?? TimeProvider.System);
        foreach (var document in documents)
        {
            session.Load(document, engine.Analyze(document.Document, run));
        }

        session.ApplyFilter(ReviewFilter.None);
        return session;
    }

    private void Load(ReviewDocument document, IReadOnlyList<Finding> findings)
    {
        var decisions = _store.LoadDecisions(document.StoreId);
        var proposed = new List<Finding>();
        var seen = new HashSet<(TextSpan, string?)>();
        foreach (var finding in findings)
        {
            // Two rules proposing the very same change (a pack and a generic rule removing the
            // same masthead line) make one item: the first, in the engine's order.
            if (!finding.HasEdits || !seen.Add((finding.Extent, finding.Replacement(document.Document.Text))))
            {
                continue;
            }

            string fingerprint = FindingFingerprint.Compute(document.Document, finding);
            decisions.TryGetValue(fingerprint, out var decision);
            if (decision is null && _store.IsRejected(fingerprint))
            {
                continue;
            }

            var item = new ReviewItem(_items.Count, document, finding, fingerprint);
            if (decision is not null)
            {
                (item.Status, item.EditedText) = decision.Kind switch
                {
                    DecisionKind.Rejected => (ReviewStatus.Rejected, null),
                    DecisionKind.Edited => (ReviewStatus.Edited, decision.FinalText),
                    _ => (ReviewStatus.Accepted, null),
                };
            }

            _items.Add(item);
            document.Items.Add(item);
            _counts[(int)item.Status]++;
            proposed.Add(finding);
        }

        _store.Propose(document.StoreId, document.Document, proposed);
    }

    public void ApplyFilter(ReviewFilter filter)
    {
        var current = Current;
        Filter = filter;
        _visible = [];
        foreach (var item in _items)
        {
            if (filter.Matches(item))
            {
                _visible.Add(item.Index);
            }
        }

        // Stay on the current item when the filter keeps it, else on the next one it keeps.
        if (_visible.Count == 0)
        {
            Position = -1;
        }
        else if (current is null)
        {
            Position = 0;
        }
        else
        {
            int at = _visible.BinarySearch(current.Index);
            Position = at >= 0 ? at : Math.Min(~at, _visible.Count - 1);
        }
    }

    /// <summary>Moves by <paramref name="delta"/> items within the filter, stopping at the ends.</summary>
    public void Move(int delta) => MoveTo(Position + delta);

    public void MoveTo(int position)
    {
        if (_visible.Count > 0)
        {
            Position = Math.Clamp(position, 0, _visible.Count - 1);
        }
    }

    /// <summary>Moves to the next pending item after the current one, if there is one.</summary>
    public void MoveToNextPending()
    {
        for (int p = Position + 1; p < _visible.Count; p++)
        {
            if (_items[_visible[p]].Status is ReviewStatus.Pending or ReviewStatus.Skipped)
            {
                Position = p;
                return;
            }
        }
    }

    public void Accept() => Decide(ReviewStatus.Accepted, null);

    public void Reject() => Decide(ReviewStatus.Rejected, null);

    /// <summary>Accepts the current fix with the reviewer's own replacement for its text.</summary>
    public void Edit(string replacement) => Decide(ReviewStatus.Edited, replacement);

    /// <summary>Leaves the current fix undecided for now (nothing is stored).</summary>
    public void Skip()
    {
        if (Current is { IsDecided: false } item)
        {
            Change([item], ReviewStatus.Skipped, null);
            MoveToNextPending();
        }
    }

    /// <summary>Accepts every pending (or skipped) fix of the current item's rule in its document; returns how many.</summary>
    public int AcceptAllOfRule()
    {
        if (Current is not { } current)
        {
            return 0;
        }

        var group = current.Owner.Items
            .Where(i => i.Finding.RuleId == current.Finding.RuleId && i.Status is ReviewStatus.Pending or ReviewStatus.Skipped)
            .ToList();
        if (group.Count > 0)
        {
            Change(group, ReviewStatus.Accepted, null);
        }

        return group.Count;
    }

    /// <summary>Takes back the last decision (or accept-all), in the store too; returns false when there is none.</summary>
    public bool Undo()
    {
        if (!_undo.TryPop(out var previous))
        {
            return false;
        }

        foreach (var (item, status, edited) in previous)
        {
            if (item.IsDecided)
            {
                _store.Retract(item.Owner.StoreId, item.Fingerprint);
            }

            SetStatus(item, status, edited);
        }

        int at = _visible.BinarySearch(previous[0].Item.Index);
        if (at >= 0)
        {
            Position = at;
        }

        return true;
    }

    private void Decide(ReviewStatus status, string? edited)
    {
        if (Current is not { } item)
        {
            return;
        }

        Change([item], status, edited);
        MoveToNextPending();
    }

    private void Change(IReadOnlyList<ReviewItem> items, ReviewStatus status, string? edited)
    {
        _undo.Push(items.Select(i => (i, i.Status, i.EditedText)).ToArray());
        foreach (var item in items)
        {
            if (status is ReviewStatus.Accepted or ReviewStatus.Rejected or ReviewStatus.Edited)
            {
                var kind = status switch
                {
                    ReviewStatus.Accepted => DecisionKind.Accepted,
                    ReviewStatus.Rejected => DecisionKind.Rejected,
                    _ => DecisionKind.Edited,
                };
                string? finalText = status == ReviewStatus.Rejected ? null : edited ?? item.Proposed;
                _store.Record(item.Owner.StoreId, item.Finding, new Decision(item.Fingerprint, item.Finding.RuleId, kind, item.Before, finalText, Reviewer, _clock.GetUtcNow()));
            }
            else if (item.IsDecided)
            {
                _store.Retract(item.Owner.StoreId, item.Fingerprint);
            }

            SetStatus(item, status, edited);
        }
    }

    private void SetStatus(ReviewItem item, ReviewStatus status, string? edited)
    {
        _counts[(int)item.Status]--;
        item.Status = status;
        item.EditedText = edited;
        _counts[(int)status]++;
    }
}
