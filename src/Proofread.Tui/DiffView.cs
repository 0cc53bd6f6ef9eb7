using Proofread.Review;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace Proofread.Tui;

/// <summary>The current fix as a character diff in its context (<see cref="DiffLayout"/>), inline or side by side.</summary>
public sealed class DiffView : View
{
    private static readonly Attribute DeletedInk = new(Color.BrightRed, Color.Black, TextStyle.Strikethrough);
    private static readonly Attribute InsertedInk = new(Color.BrightGreen, Color.Black, TextStyle.Underline);
    private static readonly Attribute MarkerInk = new(Color.Yellow, Color.Black);

    private ReviewItem? _item;

    public DiffView()
    {
        CanFocus = true;
    }

    public bool SideBySide { get; set; }

    public ReviewItem? Item
    {
        get => _item;
        set
        {
            _item = value;
            SetNeedsDraw();
        }
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        SetAttributeForRole(VisualRole.Normal);
        if (_item is null)
        {
            AddStr(0, 0, "No fix to show: the filter lets none through.");
            return true;
        }

        var normal = GetAttributeForRole(VisualRole.Normal);
        int width = Math.Max(16, Viewport.Width);
        var cells = SideBySide ? DiffLayout.SideBySide(_item, width) : DiffLayout.Inline(_item, width);
        foreach (var cell in cells)
        {
            if (cell.Row >= Viewport.Height)
            {
                break;
            }

            SetAttribute(cell.Ink switch
            {
                DiffInk.Deleted => DeletedInk,
                DiffInk.Inserted => InsertedInk,
                DiffInk.Marker => MarkerInk,
                _ => normal,
            });
            AddStr(cell.Column, cell.Row, cell.Grapheme);
        }

        SetAttribute(normal);
        return true;
    }
}
