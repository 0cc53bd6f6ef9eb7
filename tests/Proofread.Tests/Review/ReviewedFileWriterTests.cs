using System.Text;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Tests.Review;

/// <summary>Writing the reviewed copies, on documents whose decisions are set by hand.</summary>
public class ReviewedFileWriterTests
{
    private const string Page = "会议强调,要坚持,确保落实。\n";

    /// <summary>A half-width comma at <paramref name="at"/> replaced by <paramref name="with"/>.</summary>
    private static Finding Comma(int at, string with = "，") =>
        Finding.WithEdit("half-width-punctuation", new TextSpan(at, at + 1), "comma", 0.9, Applicability.Safe, new TextEdit(new TextSpan(at, at + 1), with));

    private static ReviewDocument Document(string folder, string text, params (Finding Finding, ReviewStatus Status, string? Edited)[] items) =>
        Document(folder, Encoding.UTF8.GetBytes(text), items);

    private static ReviewDocument Document(string folder, byte[] bytes, params (Finding Finding, ReviewStatus Status, string? Edited)[] items)
    {
        string path = Path.Combine(folder, "page.txt");
        File.WriteAllBytes(path, bytes);
        var document = new ReviewDocument(new InputFile(path, "page.txt"), SourceText.Load(path), storeId: 1);
        foreach (var (finding, status, edited) in items)
        {
            document.Items.Add(new ReviewItem(document.Items.Count, document, finding, "fingerprint-" + document.Items.Count) { Status = status, EditedText = edited });
        }

        return document;
    }

    [Fact]
    public void Only_accepted_and_edited_fixes_go_in_and_the_input_is_left_alone()
    {
        string folder = TestPaths.NewTempFolder(), output = TestPaths.NewTempFolder();
        var document = Document(folder, Page, (Comma(4), ReviewStatus.Accepted, null), (Comma(8), ReviewStatus.Edited, "；"));
        var undecided = Document(TestPaths.NewTempFolder(), Page, (Comma(4), ReviewStatus.Rejected, null), (Comma(8), ReviewStatus.Skipped, null));

        var written = Assert.Single(new ReviewedFileWriter(output, inPlace: false).Write([document, undecided]));

        Assert.Equal(new WrittenFile(Path.Combine(output, "page.txt"), 2, []), written with { NotApplied = [] });
        Assert.Empty(written.NotApplied);
        Assert.Equal("会议强调，要坚持；确保落实。\n", File.ReadAllText(written.Path));
        Assert.Equal(Page, File.ReadAllText(Path.Combine(folder, "page.txt")));
    }

    [Fact]
    public void Without_a_folder_the_copy_goes_beside_the_input_and_in_place_keeps_a_backup()
    {
        string folder = TestPaths.NewTempFolder();
        var document = Document(folder, Page, (Comma(4), ReviewStatus.Accepted, null));
        string input = document.File.Path;

        Assert.Equal(Path.Combine(folder, "page.reviewed.txt"), Assert.Single(new ReviewedFileWriter(null, inPlace: false).Write([document])).Path);
        Assert.Equal(Page, File.ReadAllText(input));

        Assert.Equal(input, Assert.Single(new ReviewedFileWriter(null, inPlace: true).Write([document])).Path);
        Assert.Equal("会议强调，要坚持,确保落实。\n", File.ReadAllText(input));
        Assert.Equal(Page, File.ReadAllText(input + ".orig"));
    }

    [Fact]
    public void Of_two_accepted_fixes_on_the_same_text_the_first_goes_in_and_the_other_is_reported()
    {
        var document = Document(TestPaths.NewTempFolder(), Page, (Comma(4), ReviewStatus.Accepted, null), (Comma(4, "；"), ReviewStatus.Accepted, null));

        var written = Assert.Single(new ReviewedFileWriter(TestPaths.NewTempFolder(), inPlace: false).Write([document]));

        Assert.Equal(1, written.Applied);
        Assert.Same(document.Items[1], Assert.Single(written.NotApplied));
        Assert.StartsWith("会议强调，要", File.ReadAllText(written.Path));
    }

    [Fact]
    public void The_copy_keeps_the_inputs_encoding_bom_and_line_endings()
    {
        byte[] withBom = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Page.Replace("\n", "\r\n"))];
        var document = Document(TestPaths.NewTempFolder(), withBom, (Comma(4), ReviewStatus.Accepted, null));

        var written = Assert.Single(new ReviewedFileWriter(TestPaths.NewTempFolder(), inPlace: false).Write([document]));

        byte[] expected = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("会议强调，要坚持,确保落实。\r\n")];
        Assert.Equal(expected, File.ReadAllBytes(written.Path));
    }
}
