using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Review;
using Proofread.Rules.Duplicates;
using Proofread.Rules.Punctuation;
using Proofread.Text;

namespace Proofread.Store.Tests;

/// <summary>The review session on the real SQLite store: what one session decides, the next one finds.</summary>
public class ReviewSessionStoreTests
{
    private static readonly RuleEngine Engine = new([new HalfWidthPunctuationRule(), new DuplicatedWordRule()]);

    [Fact]
    public void A_second_session_resumes_the_first_ones_decisions_and_undo_reaches_the_database()
    {
        string folder = TestPaths.NewTempFolder();
        string page = Path.Combine(folder, "page.txt");
        File.WriteAllText(page, "会议强调,要坚持以人民为中心,探索村级集体经济经济发展路径,确保落实。\n");
        var inputs = ReviewInput.Load([new InputFile(page, "page.txt")]);
        var run = RunStatistics.Of(inputs.Select(i => new Document(i.Source)));
        string db = Path.Combine(folder, "review.db");

        using (var store = SqliteDecisionStore.Open(db, reviewer: "first"))
        {
            var session = ReviewSession.Open(inputs, run, Engine, store, "first");
            session.Accept();
            session.Reject();
            session.Edit("经济");
            Assert.True(session.Undo());
        }

        using (var store = SqliteDecisionStore.Open(db, reviewer: "second"))
        {
            var session = ReviewSession.Open(inputs, run, Engine, store, "second");
            Assert.Equal([ReviewStatus.Accepted, ReviewStatus.Rejected, ReviewStatus.Pending, ReviewStatus.Pending], session.Items.Select(i => i.Status));
        }
    }
}
