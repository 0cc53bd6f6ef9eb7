using Proofread.Findings;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Store.Tests;

public class ConcurrentWriterTests
{
    [Fact]
    public void Two_writers_on_their_own_connections_lose_no_decision()
    {
        const int PerWriter = 150;
        string dir = TestPaths.NewTempFolder();
        string db = Path.Combine(dir, "shared.db");
        string page = Path.Combine(dir, "page.txt");
        File.WriteAllText(page, string.Concat(Enumerable.Repeat("会议强调,要推动工作落实。\n", PerWriter * 2)));
        var source = SourceText.Load(page);
        var document = new Document(source);

        // Both open the same (new) database at once: creation and migration race too.
        var errors = new List<Exception>();
        var start = new Barrier(2);
        void Write(string reviewer, int parity)
        {
            try
            {
                start.SignalAndWait();
                using var store = SqliteDecisionStore.Open(db, reviewer: reviewer);
                store.BeginRun(new RunInfo("review", reviewer, [], new Dictionary<string, string>()));
                long id = store.OpenDocument(source);
                for (int i = parity; i < PerWriter * 2; i += 2)
                {
                    int comma = document.LineText(i).IndexOf(',') + document.Lines[i].Span.Start;
                    var finding = Finding.WithEdit("half-width-punctuation", TextSpan.FromLength(comma, 1), "half-width ','", 0.97, Applicability.Safe, new TextEdit(TextSpan.FromLength(comma, 1), "，"));
                    var kind = i % 3 == 0 ? DecisionKind.Rejected : DecisionKind.Accepted;
                    store.Record(id, finding, new Decision($"fp-{i}", finding.RuleId, kind, ",", kind == DecisionKind.Rejected ? null : "，", reviewer, DateTimeOffset.UtcNow));
                }
            }
            catch (Exception e)
            {
                lock (errors)
                {
                    errors.Add(e);
                }
            }
        }

        var first = new Thread(() => Write("ann", 0));
        var second = new Thread(() => Write("bo", 1));
        first.Start();
        second.Start();
        first.Join();
        second.Join();

        Assert.Empty(errors);
        using var reader = SqliteDecisionStore.Open(db, mustExist: true);
        var decisions = reader.LoadDecisions(reader.OpenDocument(source));
        Assert.Equal(PerWriter * 2, decisions.Count);
        for (int i = 0; i < PerWriter * 2; i++)
        {
            var decision = decisions[$"fp-{i}"];
            Assert.Equal(i % 2 == 0 ? "ann" : "bo", decision.Reviewer);
            Assert.Equal(i % 3 == 0, reader.IsRejected($"fp-{i}"));
        }
    }
}
