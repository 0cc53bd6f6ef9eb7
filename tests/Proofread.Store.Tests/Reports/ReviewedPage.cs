using Proofread.Findings;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Store.Tests.Reports;

/// <summary>
/// A page with markup in its text, reviewed by a person: four proposed fixes, one accepted, one
/// rejected, one edited (after an undone acceptance), one left pending.
/// </summary>
public static class ReviewedPage
{
    public const string Script = "<script>alert(1)</script>";
    public const string Text = Script + "会议强调,要推动工作落实,确保实效。\n编辑:张三 & <b>李四</b>\n";

    public static string CreateDatabase(string dir)
    {
        string page = Path.Combine(dir, "page<1>.txt");
        File.WriteAllText(page, Text);
        string db = Path.Combine(dir, "review.db");
        var source = SourceText.Load(page);
        var document = new Document(source);
        using var store = SqliteDecisionStore.Open(db, reviewer: "ann");
        store.BeginRun(new RunInfo("review", "ann", ["zh-newspaper"], new Dictionary<string, string> { ["apply"] = "all" }));
        long id = store.OpenDocument(source);

        var script = Finding.WithEdit("zh-website", TextSpan.FromLength(0, Script.Length), "markup in the text", 0.9, Applicability.Review, TextEdit.Delete(TextSpan.FromLength(0, Script.Length)));
        int first = Text.IndexOf(','), second = Text.LastIndexOf(',');
        var comma1 = Comma(first);
        var comma2 = Comma(second);
        int line = Text.IndexOf("编辑", StringComparison.Ordinal);
        var editor = Finding.WithEdit("zh-editor-line", new TextSpan(line, Text.Length), "editor line", 0.9, Applicability.Review, TextEdit.Delete(new TextSpan(line, Text.Length)));
        store.Propose(id, document, [script, comma1, comma2, editor]);

        Decision Decide(Finding f, DecisionKind kind, string? final) =>
            new(FindingFingerprint.Compute(document, f), f.RuleId, kind, document.Slice(f.Extent), final, "ann", DateTimeOffset.UtcNow);

        store.Record(id, script, Decide(script, DecisionKind.Accepted, string.Empty));
        store.Record(id, comma1, Decide(comma1, DecisionKind.Rejected, null));
        store.Record(id, comma2, Decide(comma2, DecisionKind.Accepted, "，"));
        store.Retract(id, Decide(comma2, DecisionKind.Accepted, null).Fingerprint);
        store.Record(id, comma2, Decide(comma2, DecisionKind.Edited, "；"));
        return db;
    }

    private static Finding Comma(int at) =>
        Finding.WithEdit("half-width-punctuation", TextSpan.FromLength(at, 1), "half-width ','", 0.97, Applicability.Safe, new TextEdit(TextSpan.FromLength(at, 1), "，"));
}
