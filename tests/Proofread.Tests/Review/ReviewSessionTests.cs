using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Review;
using Proofread.Rules.Duplicates;
using Proofread.Rules.Punctuation;
using Proofread.Text;

namespace Proofread.Tests.Review;

public class ReviewSessionTests
{
    private static readonly RuleEngine Engine = new([new HalfWidthPunctuationRule(), new DuplicatedWordRule()]);

    /// <summary>A page with three half-width commas and one duplicated word, in that order.</summary>
    private const string Page = "会议强调,要坚持以人民为中心,探索村级集体经济经济发展路径,确保落实。\n";

    /// <summary>A session on texts held in memory: no file is read.</summary>
    internal static ReviewSession Open(IDecisionStore store, string text = Page, RuleEngine? engine = null, string path = "/nowhere/page.txt")
    {
        ReviewInput[] inputs = [new(new InputFile(path, "page.txt"), new SourceText(path, text))];
        var run = RunStatistics.Of(inputs.Select(i => new Document(i.Source)));
        return ReviewSession.Open(inputs, run, engine ?? Engine, store, "tester");
    }

    [Fact]
    public void Proposes_every_fix_with_edits_in_text_order_all_pending()
    {
        var session = Open(new InMemoryDecisionStore());
        Assert.Equal(4, session.Items.Count);
        Assert.Equal(["half-width-punctuation", "half-width-punctuation", "duplicated-word", "half-width-punctuation"], session.Items.Select(i => i.Finding.RuleId));
        Assert.Equal(4, session.Count(ReviewStatus.Pending));
        Assert.Same(session.Items[0], session.Current);
        Assert.Equal((1, 5), (session.Items[0].Line, session.Items[0].Column));
        Assert.Equal(",", session.Items[0].Before);
        Assert.Equal("，", session.Items[0].Proposed);
    }

    [Fact]
    public void A_decision_is_stored_at_once_and_moves_to_the_next_pending_fix()
    {
        var store = new InMemoryDecisionStore();
        var session = Open(store);
        session.Accept();
        Assert.Equal(1, store.Records);
        Assert.Equal(ReviewStatus.Accepted, session.Items[0].Status);
        Assert.Same(session.Items[1], session.Current);
        session.Reject();
        Assert.Equal(2, store.Records);
        Assert.Same(session.Items[2], session.Current);
        Assert.Equal((1, 1, 2), (session.Count(ReviewStatus.Accepted), session.Count(ReviewStatus.Rejected), session.Count(ReviewStatus.Pending)));
    }

    [Fact]
    public void Undo_takes_back_the_last_decision_in_the_store_too()
    {
        var store = new InMemoryDecisionStore();
        var session = Open(store);
        session.Reject();
        Assert.True(store.IsRejected(session.Items[0].Fingerprint));
        Assert.True(session.Undo());
        Assert.False(store.IsRejected(session.Items[0].Fingerprint));
        Assert.Equal(ReviewStatus.Pending, session.Items[0].Status);
        Assert.Same(session.Items[0], session.Current);
        Assert.Equal(4, session.Count(ReviewStatus.Pending));
        Assert.False(session.Undo());
    }

    [Fact]
    public void Accept_all_takes_the_pending_fixes_of_the_rule_in_the_document_and_undoes_as_one()
    {
        var session = Open(new InMemoryDecisionStore());
        session.Reject();
        Assert.Equal(2, session.AcceptAllOfRule());
        Assert.Equal([ReviewStatus.Rejected, ReviewStatus.Accepted, ReviewStatus.Pending, ReviewStatus.Accepted], session.Items.Select(i => i.Status));
        Assert.True(session.Undo());
        Assert.Equal([ReviewStatus.Rejected, ReviewStatus.Pending, ReviewStatus.Pending, ReviewStatus.Pending], session.Items.Select(i => i.Status));
    }

    [Fact]
    public void The_written_file_holds_exactly_the_accepted_and_edited_fixes()
    {
        var session = Open(new InMemoryDecisionStore());
        session.Accept();                 // first comma
        session.Skip();                   // second comma
        session.Edit("经济");             // the duplicated word, replaced by the reviewer's text
        session.Reject();                 // last comma
        string output = TestPaths.NewTempFolder();
        var written = Assert.Single(new ReviewedFileWriter(output, inPlace: false).Write(session.Documents));
        Assert.Equal(2, written.Applied);
        Assert.Equal("会议强调，要坚持以人民为中心,探索村级集体经济发展路径,确保落实。\n", File.ReadAllText(Path.Combine(output, "page.txt")));
    }

    [Fact]
    public void A_new_session_on_the_same_store_resumes_with_the_decisions_marked()
    {
        var store = new InMemoryDecisionStore();
        var first = Open(store);
        first.Accept();
        first.Edit("，");
        var second = Open(store);
        Assert.Equal([ReviewStatus.Accepted, ReviewStatus.Edited, ReviewStatus.Pending, ReviewStatus.Pending], second.Items.Select(i => i.Status));
        Assert.Equal("，", second.Items[1].EditedText);
    }

    [Fact]
    public void A_fix_rejected_in_one_file_is_not_proposed_again_for_the_same_text_elsewhere()
    {
        var store = new InMemoryDecisionStore();
        var first = Open(store);
        first.MoveTo(2);
        first.Reject();
        var other = Open(store, path: "/nowhere/other.txt");
        Assert.DoesNotContain(other.Items, i => i.Finding.RuleId == "duplicated-word");
        Assert.Equal(3, other.Items.Count);
    }

    [Fact]
    public void Filters_narrow_the_list_and_keep_the_current_item_where_they_can()
    {
        var session = Open(new InMemoryDecisionStore());
        session.MoveTo(2);
        session.ApplyFilter(ReviewFilter.Parse("rule:duplicated"));
        Assert.Equal([2], session.Visible);
        Assert.Same(session.Items[2], session.Current);
        session.ApplyFilter(ReviewFilter.Parse("status:pending 经济"));
        Assert.Equal([2], session.Visible);
        session.ApplyFilter(ReviewFilter.Parse("status:rejected"));
        Assert.Null(session.Current);
        session.ApplyFilter(ReviewFilter.None);
        Assert.Equal(4, session.Visible.Count);
        Assert.Throws<ArgumentException>(() => ReviewFilter.Parse("status:maybe"));
    }

    [Fact]
    public void The_same_change_proposed_by_two_rules_is_one_item()
    {
        var twice = new RuleEngine([new HalfWidthPunctuationRule(), new SameAsHalfWidth()]);
        var session = Open(new InMemoryDecisionStore(), engine: twice);
        Assert.Equal(3, session.Items.Count);
    }

    /// <summary>A second rule that proposes exactly what the half-width rule does.</summary>
    private sealed class SameAsHalfWidth : Proofread.Rules.IRule
    {
        private readonly HalfWidthPunctuationRule _inner = new();

        public Proofread.Rules.RuleDescriptor Descriptor { get; } = new("same-as-half-width", "test", Findings.Applicability.Safe, "Fix safety\n  test", "test");

        public IReadOnlyList<Proofread.Rules.RuleExample> Examples => [];

        public IEnumerable<Findings.Finding> Analyze(Proofread.Rules.RuleContext context) =>
            _inner.Analyze(context).Select(f => f with { RuleId = Descriptor.Id });
    }

    [Fact]
    public void Ten_thousand_findings_are_reviewed_without_re_analysis()
    {
        string page = string.Concat(Enumerable.Repeat("中文,", 10_000)) + "\n";
        var store = new InMemoryDecisionStore();
        var session = Open(store, page);
        Assert.Equal(10_000, session.Items.Count);
        session.MoveTo(9_998);
        session.Accept();
        session.Move(-5_000);
        session.Reject();
        Assert.Equal(9_998, session.AcceptAllOfRule());
        Assert.Equal(9_999, session.Count(ReviewStatus.Accepted));
        Assert.Equal(1, session.Count(ReviewStatus.Rejected));
        string output = TestPaths.NewTempFolder();
        new ReviewedFileWriter(output, inPlace: false).Write(session.Documents);
        string written = File.ReadAllText(Path.Combine(output, "page.txt"));
        Assert.Equal(9_999, written.Count(c => c == '，'));
    }
}
