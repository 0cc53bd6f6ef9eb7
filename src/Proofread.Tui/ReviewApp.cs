using Proofread.Review;
using Terminal.Gui.App;

namespace Proofread.Tui;

/// <summary>Runs the review screen on a terminal until the reviewer quits.</summary>
public static class ReviewApp
{
    /// <param name="write">Writes the corrected files and says what it wrote (for <c>w</c>).</param>
    public static void Run(ReviewSession session, Func<string> write, string? driver = null)
    {
        using IApplication app = Application.Create().Init(driver);
        var window = new ReviewWindow(session, write);
        app.Run(window);
        window.Dispose();
    }
}
