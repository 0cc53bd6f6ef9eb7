using Proofread.Text;
using System.Text.Json;
using Proofread.Store.Reports;

namespace Proofread.Store.Tests.Reports;

public class ReportContentTests
{
    private static CorrectionReport Build()
    {
        string db = ReviewedPage.CreateDatabase(TestPaths.NewTempFolder());
        using var store = SqliteDecisionStore.Open(db, mustExist: true);
        return ReportBuilder.Build(store);
    }

    [Fact]
    public void Counts_follow_the_decisions_with_undo_left_out()
    {
        var run = Assert.Single(Build().Runs);
        Assert.Equal("review", run.Command);
        Assert.Equal(new ReportCounts(Proposed: 4, AutoApplied: 0, Accepted: 1, Rejected: 1, Edited: 1, Pending: 1), run.Totals);
        Assert.Equal(2.0 / 3, run.Totals.AcceptanceRate!.Value, 6);

        var punctuation = run.Rules.Single(r => r.Rule == "half-width-punctuation").Counts;
        Assert.Equal(new ReportCounts(2, 0, 0, 1, 1, 0), punctuation);
        Assert.Equal(0.5, punctuation.AcceptanceRate);
        Assert.Null(run.Rules.Single(r => r.Rule == "zh-editor-line").Counts.AcceptanceRate);

        var document = Assert.Single(run.Documents);
        Assert.Equal(["accepted", "edited"], document.Changes.Select(c => c.Kind));
        Assert.Equal(ReviewedPage.Script, document.Changes[0].Before);
        Assert.Equal("；", document.Changes[1].After);
    }

    [Fact]
    public void Html_escapes_every_piece_of_document_text_and_marks_the_diff()
    {
        string html = HtmlReportWriter.Write(Build());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("<del>&lt;script&gt;alert(1)&lt;/script&gt;</del>", html);
        Assert.Contains("<del>,</del><ins>；</ins>", html);
        Assert.Contains("page&lt;1&gt;.txt", html);
        Assert.DoesNotContain("http", html);
        Assert.DoesNotContain("<link", html);
    }

    [Fact]
    public void Markdown_keeps_document_text_in_code_spans()
    {
        string md = MarkdownReportWriter.Write(Build());
        Assert.Contains("`[-<script>alert(1)</script>-]会议强调,要推动工作落实,确保实效。⏎编`", md);
        Assert.Contains("[-,-]{+；+}", md);
        Assert.DoesNotContain("\n<script", md);
    }

    [Fact]
    public void Json_carries_the_same_counts_as_the_model()
    {
        var report = Build();
        using var json = JsonDocument.Parse(JsonReportWriter.Write(report));
        var run = json.RootElement.GetProperty("runs")[0];
        var totals = run.GetProperty("totals");
        Assert.Equal(report.Runs[0].Totals.Proposed, totals.GetProperty("proposed").GetInt32());
        Assert.Equal(report.Runs[0].Totals.Pending, totals.GetProperty("pending").GetInt32());
        Assert.Equal(0.6667, totals.GetProperty("acceptanceRate").GetDouble());
        var change = run.GetProperty("documents")[0].GetProperty("changes")[1];
        Assert.Equal(",", change.GetProperty("before").GetString());
        Assert.Equal("；", change.GetProperty("after").GetString());
        var ops = change.GetProperty("diff").EnumerateArray().Select(p => p.GetProperty("op").GetString()).ToList();
        Assert.Equal(["equal", "delete", "insert", "equal"], ops);
    }

    [Fact]
    public void Csv_quotes_fields_and_defuses_formulas()
    {
        var report = Build() with { };
        var run = report.Runs[0] with { Reviewer = "=HYPERLINK(\"x\")" };
        string csv = CsvReportWriter.Write(report with { Runs = [run] });
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\")\",", csv);
        Assert.Equal(1 + 3 + 3, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void The_character_diff_keeps_characters_beyond_the_BMP_whole()
    {
        var pieces = CharacterDiff.Compute("前文", "𠀀经济经济𠀁", "𠀀经济𠀁", "后文");
        Assert.Equal(
            [new DiffPiece(DiffPieceKind.Unchanged, "前文𠀀经济"), new DiffPiece(DiffPieceKind.Deleted, "经济"), new DiffPiece(DiffPieceKind.Unchanged, "𠀁后文")],
            pieces);
        var rare = CharacterDiff.Compute(string.Empty, "𠀀", "𠀁", string.Empty);
        Assert.Equal([new DiffPiece(DiffPieceKind.Deleted, "𠀀"), new DiffPiece(DiffPieceKind.Inserted, "𠀁")], rare);
    }
}
