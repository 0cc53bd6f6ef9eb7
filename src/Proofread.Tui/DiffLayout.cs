using System.Text;
using Proofread.Review;
using Proofread.Text;
using Terminal.Gui.Text;

namespace Proofread.Tui;

/// <summary>What a cell of the diff pane shows: context, text taken out, text put in, or a marker around them.</summary>
public enum DiffInk
{
    Context,
    Deleted,
    Inserted,
    Marker,
}

/// <summary>One character (grapheme) of the laid-out diff, with its column and width (2 for Chinese).</summary>
public readonly record struct DiffCell(int Row, int Column, string Grapheme, int Width, DiffInk Ink);

/// <summary>
/// Lays a fix out for the diff pane: the lines around it, with the characters it takes out and
/// puts in marked by colour and also by markers that read on a monochrome terminal
/// (<c>[-删-]</c>, <c>{+增+}</c>; a removed line break shows as ⏎). Rows wrap at the pane's width,
/// counted in terminal columns, so Chinese (two columns a character) lines up. Inline or side by
/// side (before on the left, after on the right).
/// </summary>
public static class DiffLayout
{
    /// <summary>How many lines of context above and below the fix.</summary>
    public const int ContextLines = 2;

    public static IReadOnlyList<DiffCell> Inline(ReviewItem item, int width)
    {
        var cells = new List<DiffCell>();
        var cursor = new Cursor(0, width, 0);
        foreach (var piece in Pieces(item))
        {
            Write(cells, ref cursor, piece);
        }

        return cells;
    }

    /// <summary>Before on the left half, after on the right, each wrapped to its half.</summary>
    public static IReadOnlyList<DiffCell> SideBySide(ReviewItem item, int width)
    {
        int half = Math.Max(8, (width - 3) / 2);
        var cells = new List<DiffCell>();
        var left = new Cursor(0, half, 0);
        var right = new Cursor(half + 3, half, 0);
        foreach (var piece in Pieces(item))
        {
            if (piece.Kind != DiffPieceKind.Inserted)
            {
                Write(cells, ref left, piece);
            }

            if (piece.Kind != DiffPieceKind.Deleted)
            {
                Write(cells, ref right, piece);
            }
        }

        int rows = Math.Max(left.Row, right.Row) + 1;
        for (int r = 0; r < rows; r++)
        {
            cells.Add(new DiffCell(r, half + 1, "│", 1, DiffInk.Marker));
        }

        return cells;
    }

    /// <summary>The context lines with the fix's text before and after it, diffed character by character.</summary>
    public static IReadOnlyList<DiffPiece> Pieces(ReviewItem item)
    {
        var document = item.Owner.Document;
        var extent = item.Finding.Extent;
        var map = document.LineMap;
        int firstLine = Math.Max(0, map.LineIndexOf(extent.Start) - ContextLines);
        int lastLine = Math.Min(map.LineCount - 1, map.LineIndexOf(Math.Max(extent.Start, extent.End - 1)) + ContextLines);
        int from = map.LineStart(firstLine);
        int to = lastLine + 1 < map.LineCount ? map.LineStart(lastLine + 1) : document.Text.Length;
        string text = document.Text;
        return CharacterDiff.Compute(text[from..extent.Start], item.Before, item.After, text[extent.End..to].TrimEnd('\n', '\r'));
    }

    private struct Cursor(int left, int width, int row)
    {
        public readonly int Left = left;
        public readonly int Width = width;
        public int Row = row;
        public int Column;
    }

    private static void Write(List<DiffCell> cells, ref Cursor cursor, DiffPiece piece)
    {
        var (ink, open, close) = piece.Kind switch
        {
            DiffPieceKind.Deleted => (DiffInk.Deleted, "[-", "-]"),
            DiffPieceKind.Inserted => (DiffInk.Inserted, "{+", "+}"),
            _ => (DiffInk.Context, "", ""),
        };
        Put(cells, ref cursor, open, DiffInk.Marker);
        foreach (var rune in piece.Text.EnumerateRunes())
        {
            if (rune.Value is '\r')
            {
                continue;
            }

            if (rune.Value == '\n')
            {
                if (ink == DiffInk.Context)
                {
                    cursor.Row++;
                    cursor.Column = 0;
                }
                else
                {
                    Put(cells, ref cursor, "⏎", ink);
                }

                continue;
            }

            Put(cells, ref cursor, rune.ToString(), ink);
        }

        Put(cells, ref cursor, close, ink == DiffInk.Context ? DiffInk.Context : DiffInk.Marker);
    }

    private static void Put(List<DiffCell> cells, ref Cursor cursor, string text, DiffInk ink)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            string grapheme = rune.ToString();
            int width = Math.Max(1, grapheme.GetColumns());
            if (cursor.Column + width > cursor.Width)
            {
                cursor.Row++;
                cursor.Column = 0;
            }

            cells.Add(new DiffCell(cursor.Row, cursor.Left + cursor.Column, grapheme, width, ink));
            cursor.Column += width;
        }
    }

    /// <summary>The laid-out rows as plain text (markers included), for tests and logs.</summary>
    public static string ToText(IReadOnlyList<DiffCell> cells)
    {
        var rows = new SortedDictionary<int, SortedDictionary<int, string>>();
        foreach (var cell in cells)
        {
            if (!rows.TryGetValue(cell.Row, out var row))
            {
                rows[cell.Row] = row = [];
            }

            row[cell.Column] = cell.Grapheme;
        }

        var sb = new StringBuilder();
        foreach (var (_, row) in rows)
        {
            int column = 0;
            foreach (var (at, grapheme) in row)
            {
                sb.Append(' ', Math.Max(0, at - column)).Append(grapheme);
                column = at + Math.Max(1, grapheme.GetColumns());
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
