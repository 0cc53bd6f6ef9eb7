namespace Proofread.Store.Reports;

/// <summary>
/// What happened to the findings of a run, a document or a rule. <see cref="Pending"/> counts the
/// proposed findings nobody has decided yet (in any run); the others count the decisions made in
/// the run, one per finding (the latest, undone ones left out), every auto-applied fix counted.
/// </summary>
public sealed record ReportCounts(int Proposed, int AutoApplied, int Accepted, int Rejected, int Edited, int Pending)
{
    public static ReportCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>
    /// The share of a person's decisions that took the rule's fix, as proposed or edited:
    /// (accepted + edited) / (accepted + edited + rejected); null when nobody decided on one.
    /// Auto-applied fixes are left out: nobody looked at them.
    /// </summary>
    public double? AcceptanceRate
    {
        get
        {
            int decided = Accepted + Edited + Rejected;
            return decided == 0 ? null : (double)(Accepted + Edited) / decided;
        }
    }

    public static ReportCounts operator +(ReportCounts a, ReportCounts b) => new(
        a.Proposed + b.Proposed,
        a.AutoApplied + b.AutoApplied,
        a.Accepted + b.Accepted,
        a.Rejected + b.Rejected,
        a.Edited + b.Edited,
        a.Pending + b.Pending);
}
