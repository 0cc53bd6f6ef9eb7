using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Review;

/// <summary>Where a proposed fix stands in a review.</summary>
public enum ReviewStatus
{
    Pending,
    Accepted,
    Rejected,
    Edited,
    Skipped,
}

/// <summary>A document under review: its text, where its corrected copy goes, and its id in the store.</summary>
public sealed class ReviewDocument
{
    internal ReviewDocument(InputFile file, SourceText source, long storeId)
    {
        File = file;
        Source = source;
        Document = new Document(source);
        StoreId = storeId;
    }

    public InputFile File { get; }

    public SourceText Source { get; }

    public Document Document { get; }

    public long StoreId { get; }

    public List<ReviewItem> Items { get; } = [];
}

/// <summary>One proposed fix and what the reviewer made of it.</summary>
public sealed class ReviewItem
{
    internal ReviewItem(int index, ReviewDocument owner, Finding finding, string fingerprint)
    {
        Index = index;
        Owner = owner;
        Finding = finding;
        Fingerprint = fingerprint;
        (Line, Column) = owner.Document.LineMap.LineColumn(finding.Extent.Start);
        Before = owner.Document.Slice(finding.Extent);
        Proposed = finding.Replacement(owner.Document.Text) ?? Before;
    }

    /// <summary>Position in <see cref="ReviewSession.Items"/>.</summary>
    public int Index { get; }

    public ReviewDocument Owner { get; }

    public Finding Finding { get; }

    public string Fingerprint { get; }

    /// <summary>1-based line and column (code points) of the text the fix replaces.</summary>
    public int Line { get; }

    public int Column { get; }

    /// <summary>The text the fix replaces (the finding's extent).</summary>
    public string Before { get; }

    /// <summary>The rule's replacement for <see cref="Before"/>.</summary>
    public string Proposed { get; }

    public ReviewStatus Status { get; internal set; }

    /// <summary>The reviewer's own replacement, for an edited fix.</summary>
    public string? EditedText { get; internal set; }

    /// <summary>What replaces <see cref="Before"/> when the file is written: the edit, or the proposal.</summary>
    public string After => EditedText ?? Proposed;

    public bool IsDecided => Status is ReviewStatus.Accepted or ReviewStatus.Rejected or ReviewStatus.Edited;
}

/// <summary>Which items the list shows: by rule, by status, and by text in the fix or its message.</summary>
public sealed record ReviewFilter(string? Rule = null, ReviewStatus? Status = null, string? Text = null)
{
    public static ReviewFilter None { get; } = new();

    public bool IsEmpty => Rule is null && Status is null && string.IsNullOrEmpty(Text);

    public bool Matches(ReviewItem item) =>
        (Rule is null || item.Finding.RuleId.Contains(Rule, StringComparison.OrdinalIgnoreCase))
        && (Status is null || item.Status == Status)
        && (string.IsNullOrEmpty(Text)
            || item.Before.Contains(Text, StringComparison.OrdinalIgnoreCase)
            || item.Proposed.Contains(Text, StringComparison.OrdinalIgnoreCase)
            || item.Finding.Message.Contains(Text, StringComparison.OrdinalIgnoreCase)
            || item.Owner.File.Path.Contains(Text, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Parses what a reviewer types after <c>/</c>: <c>rule:ID</c>, <c>status:pending</c> and free
    /// text, in any order; an empty string clears the filter.
    /// </summary>
    public static ReviewFilter Parse(string input)
    {
        string? rule = null, text = null;
        ReviewStatus? status = null;
        var words = new List<string>();
        foreach (string word in input.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (word.StartsWith("rule:", StringComparison.OrdinalIgnoreCase))
            {
                rule = word[5..];
            }
            else if (word.StartsWith("status:", StringComparison.OrdinalIgnoreCase))
            {
                status = Enum.TryParse<ReviewStatus>(word[7..], ignoreCase: true, out var s)
                    ? s
                    : throw new ArgumentException($"unknown status '{word[7..]}' (pending, accepted, rejected, edited, skipped)");
            }
            else
            {
                words.Add(word);
            }
        }

        if (words.Count > 0)
        {
            text = string.Join(' ', words);
        }

        return new ReviewFilter(rule, status, text);
    }

    public override string ToString() =>
        string.Join(' ', new[] { Rule is null ? null : "rule:" + Rule, Status is null ? null : "status:" + Status.ToString()!.ToLowerInvariant(), Text }.Where(s => s is not null));
}

/// <summary>A corrected file written by <see cref="ReviewSession.Write"/>, and the accepted fixes that could not go in.</summary>
public sealed record WrittenFile(string Path, int Applied, IReadOnlyList<ReviewItem> NotApplied);

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
    /// Reads the files, gathers run-wide statistics over all of them (as <c>fix</c> does), analyses
    /// each once, and loads the decisions the store already holds for them. Fixes rejected before
    /// in another file (the same rule and surrounding text) are not proposed again.
    /// </summary>
    public static ReviewSession Open(IReadOnlyList<InputFile> files, RuleEngine engine, IDecisionStore store, string reviewer, TimeProvider? clock = null)
    {
        var sources = files.Select(f => SourceText.Load(f.Path)).ToList();
        var statistics = new RunStatistics.Builder();
        foreach (var source in sources)
        {
            statistics.Add(new Document(source));
        }

        var run = statistics.Build();
        var documents = new List<ReviewDocument>();
        for (int i = 0; i < files.Count; i++)
        {
            documents.Add(new ReviewDocument(files[i], sources[i], store.OpenDocument(sources[i])));
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

    /// <summary>
    /// Writes each document that has accepted or edited fixes, with exactly those fixes applied
    /// (through <see cref="FixApplier"/>; of two overlapping ones the first wins and the other is
    /// reported), atomically: into <paramref name="outDir"/> under its own name, beside the input
    /// as NAME.reviewed.txt when there is no folder, or over the input (after a backup) when
    /// <paramref name="inPlace"/>.
    /// </summary>
    public IReadOnlyList<WrittenFile> Write(string? outDir, bool inPlace)
    {
        var written = new List<WrittenFile>();
        foreach (var document in Documents)
        {
            var chosen = document.Items.Where(i => i.Status is ReviewStatus.Accepted or ReviewStatus.Edited).ToList();
            if (chosen.Count == 0)
            {
                continue;
            }

            var byFinding = new Dictionary<Finding, ReviewItem>(ReferenceEqualityComparer.Instance);
            foreach (var item in chosen)
            {
                var finding = item.EditedText is null
                    ? item.Finding
                    : item.Finding with { Edits = [new TextEdit(item.Finding.Extent, item.EditedText)] };
                byFinding[finding] = item;
            }

            var result = FixApplier.Apply(document.Source.Text, byFinding.Keys);
            string path = inPlace ? document.File.Path
                : outDir is not null ? Path.Combine(outDir, document.File.RelativeOutputPath)
                : ReviewedPath(document.File.Path);
            if (inPlace)
            {
                AtomicFile.Backup(path);
            }

            AtomicFile.WriteAllBytes(path, document.Source.WithText(result.Text).ToBytes());
            written.Add(new WrittenFile(path, result.Applied.Count, result.Deferred.Select(f => byFinding[f]).ToArray()));
        }

        return written;
    }

    /// <summary>NAME.txt → NAME.reviewed.txt, beside the input.</summary>
    public static string ReviewedPath(string input) =>
        Path.Combine(Path.GetDirectoryName(input) ?? "", Path.GetFileNameWithoutExtension(input) + ".reviewed" + Path.GetExtension(input));
}
