namespace Proofread.Tests.Evaluation;

/// <summary>
/// The held-out corpus as a test sees it: the set of its lines, and whether a text could have been
/// cut from a run of them. A generated story line is whole held-out lines one after another,
/// possibly opened by the tail of one (a story continued from another page) and closed by the head
/// of one (a story cut by a jump line, or a headline taken from a sentence's opening clause).
/// </summary>
public sealed class HeldOutLines
{
    private readonly HashSet<string> _lines;
    private readonly Dictionary<string, List<string>> _byOpening;
    private readonly string _joined;

    public HeldOutLines(string path)
    {
        Lines = [.. File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0)];
        _lines = [.. Lines];
        _byOpening = Lines.Where(l => l.Length >= 2).GroupBy(l => l[..2]).ToDictionary(g => g.Key, g => g.ToList());
        _joined = "\n" + string.Join("\n", Lines) + "\n";
    }

    public IReadOnlyList<string> Lines { get; }

    public bool Covers(string text)
    {
        var reachable = new bool[text.Length + 1];
        reachable[0] = true;
        for (int end = 2; end <= text.Length; end++)
        {
            // The tail of a line ends where a line ends: on its final mark.
            if ("。！？”』）".Contains(text[end - 1]) && _joined.Contains(text[..end] + "\n", StringComparison.Ordinal))
            {
                reachable[end] = true;
            }
        }

        for (int start = 0; start < text.Length; start++)
        {
            if (!reachable[start])
            {
                continue;
            }

            if (start + 2 <= text.Length && _byOpening.TryGetValue(text.Substring(start, 2), out var candidates))
            {
                foreach (string line in candidates)
                {
                    if (string.CompareOrdinal(text, start, line, 0, line.Length) == 0 && start + line.Length <= text.Length)
                    {
                        reachable[start + line.Length] = true;
                    }
                }
            }

            if (_joined.Contains("\n" + text[start..], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return reachable[text.Length] || _lines.Contains(text);
    }
}
