using Proofread.Findings;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Store.Tests;

public class DecisionStoreTests
{
    private const string PageText = "本报讯 全市上下认真学习会议精神,推动工作落实。\n编辑:张三\n";

    private static (SqliteDecisionStore Store, long DocumentId, Document Document, Finding Finding, string Fingerprint) OpenPage(string? dbPath = null)
    {
        string dir = TestPaths.NewTempFolder();
        string page = Path.Combine(dir, "page.txt");
        File.WriteAllText(page, PageText);
        var source = SourceText.Load(page);
        var store = SqliteDecisionStore.Open(dbPath ?? Path.Combine(dir, ".proofread", "proofread.db"), reviewer: "tester");
        long id = store.OpenDocument(source);
        var document = new Document(source);
        int comma = PageText.IndexOf(',');
        var finding = Finding.WithEdit("half-width-punctuation", TextSpan.FromLength(comma, 1), "half-width ','", 0.97, Applicability.Safe, new TextEdit(TextSpan.FromLength(comma, 1), "，"));
        return (store, id, document, finding, FindingFingerprint.Compute(document, finding));
    }

    private static Decision Decide(string fingerprint, DecisionKind kind, string? final, string reviewer = "tester") =>
        new(fingerprint, "half-width-punctuation", kind, ",", final, reviewer, DateTimeOffset.UtcNow);

    [Fact]
    public void A_decision_comes_back_after_the_store_is_reopened()
    {
        var (store, id, _, finding, fingerprint) = OpenPage();
        string path = store.Path;
        var source = SourceText.Load(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path)))!, "page.txt"));
        store.Record(id, finding, Decide(fingerprint, DecisionKind.Edited, "；", "李四"));
        store.Dispose();

        using var reopened = SqliteDecisionStore.Open(path);
        long again = reopened.OpenDocument(source);
        Assert.Equal(id, again);
        var decision = Assert.Single(reopened.LoadDecisions(again)).Value;
        Assert.Equal(fingerprint, decision.Fingerprint);
        Assert.Equal(DecisionKind.Edited, decision.Kind);
        Assert.Equal("；", decision.FinalText);
        Assert.Equal("李四", decision.Reviewer);
        Assert.Equal(",", decision.Before);
    }

    [Fact]
    public void The_latest_decision_wins_and_undo_brings_back_the_one_before()
    {
        var (store, id, _, finding, fingerprint) = OpenPage();
        using (store)
        {
            store.Record(id, finding, Decide(fingerprint, DecisionKind.Accepted, "，"));
            store.Record(id, finding, Decide(fingerprint, DecisionKind.Rejected, null));
            Assert.Equal(DecisionKind.Rejected, store.LoadDecisions(id)[fingerprint].Kind);

            store.Retract(id, fingerprint);
            Assert.Equal(DecisionKind.Accepted, store.LoadDecisions(id)[fingerprint].Kind);

            store.Retract(id, fingerprint);
            Assert.Empty(store.LoadDecisions(id));
        }
    }

    [Fact]
    public void A_rejection_makes_an_exception_until_it_is_undone_or_overruled()
    {
        var (store, id, _, finding, fingerprint) = OpenPage();
        using (store)
        {
            Assert.False(store.IsRejected(fingerprint));
            store.Record(id, finding, Decide(fingerprint, DecisionKind.Rejected, null));
            Assert.True(store.IsRejected(fingerprint));
            Assert.Contains(fingerprint, store.LoadExceptions());

            store.Retract(id, fingerprint);
            Assert.False(store.IsRejected(fingerprint));

            store.Record(id, finding, Decide(fingerprint, DecisionKind.Rejected, null));
            store.Record(id, finding, Decide(fingerprint, DecisionKind.Accepted, "，"));
            Assert.False(store.IsRejected(fingerprint));
        }
    }

    [Fact]
    public void A_rejection_holds_for_the_same_text_in_another_file()
    {
        string dir = TestPaths.NewTempFolder();
        string db = Path.Combine(dir, "shared.db");
        var (store, id, _, finding, fingerprint) = OpenPage(db);
        using (store)
        {
            store.Record(id, finding, Decide(fingerprint, DecisionKind.Rejected, null));
        }

        // A second page with the same sentence: its finding has the same fingerprint.
        var (other, _, document, otherFinding, otherFingerprint) = OpenPage(db);
        using (other)
        {
            Assert.Equal(fingerprint, otherFingerprint);
            Assert.True(other.IsRejected(FindingFingerprint.Compute(document, otherFinding)));
        }
    }

    [Fact]
    public void Decisions_of_an_earlier_version_of_the_file_carry_over()
    {
        var (store, id, _, finding, fingerprint) = OpenPage();
        using (store)
        {
            store.Record(id, finding, Decide(fingerprint, DecisionKind.Rejected, null));
            string page = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(store.Path)))!, "page.txt");
            File.WriteAllText(page, PageText + "新的一行。\n");
            long newer = store.OpenDocument(SourceText.Load(page));
            Assert.NotEqual(id, newer);
            Assert.Equal(DecisionKind.Rejected, store.LoadDecisions(newer)[fingerprint].Kind);
        }
    }
}
