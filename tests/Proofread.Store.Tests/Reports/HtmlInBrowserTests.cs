using System.Text.RegularExpressions;
using Proofread.Store.Reports;

namespace Proofread.Store.Tests.Reports;

public class HtmlInBrowserTests
{
    [ChromiumFact]
    public void The_browser_reads_document_markup_as_text_and_shows_the_diff_marks()
    {
        string dir = TestPaths.NewTempFolder();
        string db = ReviewedPage.CreateDatabase(dir);
        string html = Path.Combine(dir, "report.html");
        var r = CliRunner.Run("report", "--db", db, "--format", "html", "--out", html);
        Assert.Equal(0, r.ExitCode);

        string dom = HeadlessChromium.DumpDom(html);

        // The page was parsed (the browser's own serialization has the body and our heading) ...
        Assert.Contains("<h1>Proofread correction report</h1>", dom);

        // ... no element came from the document's text: the markup is still text, escaped again on output.
        Assert.DoesNotMatch(new Regex("<script", RegexOptions.IgnoreCase), dom);
        Assert.DoesNotContain("<b>李四</b>", dom);
        Assert.Contains("<del>&lt;script&gt;alert(1)&lt;/script&gt;</del>", dom);
        Assert.Contains("张三 &amp; &lt;b&gt;李四", dom);
        Assert.Contains("<del>,</del><ins>；</ins>", dom);
        Assert.Contains("page&lt;1&gt;.txt", dom);

        long png = HeadlessChromium.Screenshot(html, Path.Combine(dir, "report.png"));
        Assert.True(png > 10_000, $"the screenshot is only {png} bytes");
    }

    [ChromiumFact]
    public void A_report_of_the_seeds_renders_every_change()
    {
        string dir = TestPaths.NewTempFolder();
        string db = Path.Combine(dir, "review.db");
        var fix = CliRunner.Run("fix", Path.Combine(TestPaths.Seeds, "002_0d7d69333001dc5b.txt"), "--out", Path.Combine(dir, "out"), "--db", db);
        Assert.True(fix.ExitCode == 0, fix.Error);
        string html = Path.Combine(dir, "report.html");
        Assert.Equal(0, CliRunner.Run("report", "--db", db, "--format", "html", "--out", html).ExitCode);

        int changes;
        using (var store = SqliteDecisionStore.Open(db, mustExist: true))
        {
            changes = ReportBuilder.Build(store).Runs.Single().Totals.AutoApplied;
        }

        // The seed page has furniture, jump lines and broken paragraphs: a report with nothing to show would test nothing.
        Assert.True(changes >= 10, $"only {changes} change(s) recorded");
        Assert.StartsWith($"{changes} fix(es) applied in 1 of 1 file(s)", fix.Error);

        string dom = HeadlessChromium.DumpDom(html);
        Assert.Equal(changes, Regex.Matches(dom, "<div class=\"diff\">").Count);
        Assert.DoesNotMatch(new Regex("<script", RegexOptions.IgnoreCase), dom);
    }
}
