namespace Proofread.Review;

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
