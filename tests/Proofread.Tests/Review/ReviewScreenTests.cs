using Proofread.Engine;
using Proofread.Review;
using Proofread.Rules.Duplicates;
using Proofread.Rules.Punctuation;
using Proofread.Tui;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Text;

namespace Proofread.Tests.Review;

/// <summary>The review screen on Terminal.Gui's headless ANSI driver: what it draws, and what keys do.</summary>
public class ReviewScreenTests
{
    private const string Page = "市委常委会召开会议\n\n研究市人大政协两会有有关事宜,确保落实。\n\n秦国文主持\n";

    private static ReviewSession Session(InMemoryDecisionStore store) =>
        ReviewSessionTests.Open(store, Page, new RuleEngine([new DuplicatedWordRule(), new HalfWidthPunctuationRule()]), "/nowhere/page_1.txt");

    [Fact]
    public void The_inline_diff_marks_what_goes_and_what_comes_without_colour_and_keeps_chinese_aligned()
    {
        var session = Session(new InMemoryDecisionStore());
        string inline = DiffLayout.ToText(DiffLayout.Inline(session.Items[0], 80));
        Assert.Contains("研究市人大政协两会有[-有-]关事宜,确保落实。", inline);
        Assert.Contains("市委常委会召开会议", inline);
        Assert.Contains("秦国文主持", inline);

        string comma = DiffLayout.ToText(DiffLayout.Inline(session.Items[1], 80));
        Assert.Contains("[-,-]{+，+}", comma);

        // Wrapped at 20 columns: ten Chinese characters a row, never a half character.
        var narrow = DiffLayout.Inline(session.Items[0], 20);
        Assert.All(narrow, c => Assert.True(c.Column + c.Width <= 20, $"'{c.Grapheme}' at column {c.Column} overflows"));
        Assert.Equal(2, narrow.First(c => c.Grapheme == "研").Width);

        string sideBySide = DiffLayout.ToText(DiffLayout.SideBySide(session.Items[1], 100));
        Assert.Contains("[-,-]", sideBySide);
        Assert.Contains("{+，+}", sideBySide);
    }

    [Fact]
    public void The_screen_shows_the_current_fix_and_keys_decide_it()
    {
        var store = new InMemoryDecisionStore();
        var session = Session(store);
        using IApplication app = Application.Create();
        app.Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(120, 30);
        var window = new ReviewWindow(session, () => "written");
        var token = app.Begin(window);
        app.LayoutAndDraw();
        string screen = app.Driver.ToString()!;
        Assert.Contains("page_1.txt:3:10  duplicated-word", screen);
        Assert.Contains("两会有[-有-]关事宜", screen);
        Assert.Contains("pending 2 · accepted 0", screen);

        Assert.True(app.Keyboard.RaiseKeyDownEvent(Key.Y));
        Assert.Equal(ReviewStatus.Accepted, session.Items[0].Status);
        Assert.Equal(1, store.Records);
        app.LayoutAndDraw();
        screen = app.Driver.ToString()!;
        Assert.Contains("[y]", screen);
        Assert.Contains("[-,-]{+，+}", screen);

        Assert.True(app.Keyboard.RaiseKeyDownEvent((Key)'u'));
        Assert.Equal(ReviewStatus.Pending, session.Items[0].Status);
        Assert.True(app.Keyboard.RaiseKeyDownEvent(Key.J));
        Assert.True(app.Keyboard.RaiseKeyDownEvent(Key.N));
        Assert.Equal(ReviewStatus.Rejected, session.Items[1].Status);
        Assert.True(app.Keyboard.RaiseKeyDownEvent((Key)'w'));
        app.LayoutAndDraw();
        Assert.Contains("written", app.Driver.ToString()!);
        app.End(token!);
        window.Dispose();
    }

    [Fact]
    public void Chinese_text_takes_two_columns_on_screen()
    {
        Assert.Equal(8, "两会有关".GetColumns());
    }
}
