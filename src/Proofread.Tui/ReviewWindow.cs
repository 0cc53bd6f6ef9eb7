using System.Collections.ObjectModel;
using System.Text;
using Proofread.Review;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Proofread.Tui;

/// <summary>
/// The review screen: the fixes on the left (status, file:line, rule, confidence), the current one
/// as a diff on the right with its rule's message, counts and key hints at the bottom. Every key
/// acts on the <see cref="ReviewSession"/>, which stores each decision as it is made.
/// </summary>
public sealed class ReviewWindow : Window
{
    public const string Keys = "y accept · n reject · e edit · s skip · u undo · A all of rule · / filter · d side by side · w write · q quit · ? help";

    public const string Help = """
        y      accept the fix
        n      reject it (it is not proposed again for this text)
        e      edit the replacement, then accept
        s      skip it for now
        u      undo the last decision
        A      accept every pending fix of this rule in this document
        j k ↑ ↓  move      Tab  switch panes
        /      filter: rule:ID status:pending|accepted|rejected|edited|skipped text
        d      inline diff / side by side
        w      write the corrected files now
        q      write and quit
        ?      this help
        Decisions are saved the moment they are made.
        """;

    private readonly ReviewSession _session;
    private readonly Func<string> _write;
    private readonly ObservableCollection<string> _rows = [];
    private readonly ListView _list;
    private readonly DiffView _diff;
    private readonly Label _heading;
    private readonly Label _message;
    private readonly Label _status;
    private readonly bool _multipleDocuments;
    private bool _syncing;

    /// <param name="write">Writes the corrected files and says what it wrote.</param>
    public ReviewWindow(ReviewSession session, Func<string> write)
    {
        _session = session;
        _write = write;
        _multipleDocuments = session.Documents.Count > 1;
        Title = $"proofread review — {session.Documents.Count} document(s), {session.Items.Count} fix(es)";
        _list = new ListView { X = 0, Y = 0, Width = 42, Height = Dim.Fill(1) };
        _list.KeystrokeNavigator = null;
        _list.SetSource(_rows);
        _heading = new Label { X = Pos.Right(_list) + 1, Y = 0, Width = Dim.Fill(), Height = 1 };
        _diff = new DiffView { X = Pos.Right(_list) + 1, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(5) };
        _message = new Label { X = Pos.Right(_list) + 1, Y = Pos.AnchorEnd(5), Width = Dim.Fill(), Height = 4 };
        _status = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1 };
        // File names and messages hold underscores: no label takes one as a hotkey mark.
        foreach (var label in new[] { _heading, _message, _status })
        {
            label.HotKeySpecifier = (Rune)0xffff;
        }

        Add(_list, _heading, _diff, _message, _status);

        _list.ValueChanged += (_, e) =>
        {
            if (!_syncing && e.NewValue is int row)
            {
                _session.MoveTo(row);
                ShowCurrent();
            }
        };
        KeyDown += (_, key) => key.Handled = OnKey(key);
        RebuildRows();
        ShowCurrent();
    }

    /// <summary>The line the status bar shows last (counts, or what the last action did).</summary>
    public string StatusText => _status.Text;

    /// <summary>Handles one key; false for keys that are not ours.</summary>
    public bool OnKey(Key key)
    {
        if (key == Key.CursorDown && !_list.HasFocus)
        {
            return Step(1);
        }

        if (key == Key.CursorUp && !_list.HasFocus)
        {
            return Step(-1);
        }

        string? note = null;
        int row = _session.Position;
        bool oneRow = false;
        switch (key.AsRune.Value)
        {
            case 'y':
                _session.Accept();
                oneRow = true;
                break;
            case 'n':
                _session.Reject();
                oneRow = true;
                break;
            case 's':
                _session.Skip();
                oneRow = true;
                break;
            case 'u':
                note = _session.Undo() ? "undone" : "nothing to undo";
                break;
            case 'A':
                note = $"accepted {_session.AcceptAllOfRule()} fix(es) of this rule in this document";
                break;
            case 'e':
                EditCurrent();
                oneRow = true;
                break;
            case '/':
                note = AskFilter();
                break;
            case 'd':
                _diff.SideBySide = !_diff.SideBySide;
                _diff.SetNeedsDraw();
                return true;
            case 'w':
                note = _write();
                break;
            case 'q':
                App?.RequestStop();
                return true;
            case '?':
                MessageBox.Query(App!, "Keys", Help, "OK");
                return true;
            case 'j':
                return Step(1);
            case 'k':
                return Step(-1);
            default:
                return false;
        }

        // A decision changes one row: redraw just that one, so a list of 10,000 stays instant.
        if (oneRow && row >= 0 && row < _rows.Count)
        {
            _rows[row] = Row(_session.Items[_session.Visible[row]]);
        }
        else
        {
            RebuildRows();
        }

        ShowCurrent(note);
        return true;
    }

    private bool Step(int delta)
    {
        _session.Move(delta);
        ShowCurrent();
        return true;
    }

    private void EditCurrent()
    {
        if (_session.Current is not { } item)
        {
            return;
        }

        var field = new TextField { X = 1, Y = 2, Width = Dim.Fill(1), Text = item.After };
        var dialog = new Dialog { Title = "Edit the replacement", Width = Dim.Percent(80), Height = 8 };
        dialog.Add(new Label { X = 1, Y = 0, Text = $"Replaces: {WithVisibleBreaks(item.Before)}" }, field);
        dialog.AddButton(new Button { Text = "Cancel" });
        dialog.AddButton(new Button { Text = "Accept" });
        App!.Run(dialog);
        if (dialog.Result == 1)
        {
            _session.Edit(field.Text);
        }

        dialog.Dispose();
    }

    private string? AskFilter()
    {
        var field = new TextField { X = 1, Y = 2, Width = Dim.Fill(1), Text = _session.Filter.ToString() };
        var dialog = new Dialog { Title = "Filter", Width = Dim.Percent(80), Height = 8 };
        dialog.Add(new Label { X = 1, Y = 0, Text = "rule:ID status:pending|accepted|rejected|edited|skipped text (empty: all)" }, field);
        dialog.AddButton(new Button { Text = "Cancel" });
        dialog.AddButton(new Button { Text = "Filter" });
        App!.Run(dialog);
        string? note = null;
        if (dialog.Result == 1)
        {
            try
            {
                _session.ApplyFilter(ReviewFilter.Parse(field.Text));
            }
            catch (ArgumentException e)
            {
                note = e.Message;
            }
        }

        dialog.Dispose();
        return note;
    }

    private void RebuildRows()
    {
        _syncing = true;
        var visible = _session.Visible;
        while (_rows.Count > visible.Count)
        {
            _rows.RemoveAt(_rows.Count - 1);
        }

        for (int i = 0; i < visible.Count; i++)
        {
            string row = Row(_session.Items[visible[i]]);
            if (i >= _rows.Count)
            {
                _rows.Add(row);
            }
            else if (_rows[i] != row)
            {
                _rows[i] = row;
            }
        }

        _syncing = false;
    }

    private void ShowCurrent(string? note = null)
    {
        var item = _session.Current;
        _syncing = true;
        _list.SelectedItem = _session.Position >= 0 ? _session.Position : null;
        _syncing = false;
        _diff.Item = item;
        _heading.Text = item is null ? "" : $"{Path.GetFileName(item.Owner.File.Path)}:{item.Line}:{item.Column}  {item.Finding.RuleId}  [{item.Finding.Applicability.ToString().ToLowerInvariant()} {item.Finding.Confidence:0.00}]  {item.Status.ToString().ToLowerInvariant()}";
        _message.Text = item is null ? "" : item.Finding.Message;
        string counts = $"pending {_session.Count(ReviewStatus.Pending) + _session.Count(ReviewStatus.Skipped)} · accepted {_session.Count(ReviewStatus.Accepted)} · rejected {_session.Count(ReviewStatus.Rejected)} · edited {_session.Count(ReviewStatus.Edited)}";
        string filter = _session.Filter.IsEmpty ? "" : $" · filter: {_session.Filter}";
        _status.Text = note is null ? $"{counts}{filter} │ {Keys}" : $"{counts}{filter} │ {note}";
        SetNeedsDraw();
    }

    /// <summary>A list row: status, (the file when there are several,) line, confidence and rule; the heading above the diff names the file in full.</summary>
    private string Row(ReviewItem item)
    {
        string mark = item.Status switch
        {
            ReviewStatus.Accepted => "[y]",
            ReviewStatus.Rejected => "[n]",
            ReviewStatus.Edited => "[e]",
            ReviewStatus.Skipped => "[s]",
            _ => "[ ]",
        };
        string document = !_multipleDocuments ? "" : Short(Path.GetFileNameWithoutExtension(item.Owner.File.Path)) + " ";
        return $"{mark} {document}{item.Line,5}  {item.Finding.Confidence:0.00}  {item.Finding.RuleId}";
    }

    /// <summary>A file name cut to ten columns for the list.</summary>
    private static string Short(string name) => name.Length <= 10 ? name.PadRight(10) : name[..9] + "…";

    private static string WithVisibleBreaks(string text) => text.Replace("\r", "").Replace("\n", "⏎");
}
