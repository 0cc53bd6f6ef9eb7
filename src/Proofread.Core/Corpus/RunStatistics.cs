using Proofread.Text;

namespace Proofread.Corpus;

/// <summary>
/// What a run knows across all of its pages. It keeps line statistics only (never whole
/// documents), so a run over a large corpus stays flat in memory: each document is read once
/// to gather them and again to fix it.
/// </summary>
public sealed class RunStatistics
{
    /// <summary>Lines longer than this (after normalization) are story text, not candidates for page furniture.</summary>
    public const int MaxTrackedLineLength = 48;

    private readonly Dictionary<string, int> _documentsWithLine;

    private RunStatistics(int documentCount, Dictionary<string, int> documentsWithLine)
    {
        DocumentCount = documentCount;
        _documentsWithLine = documentsWithLine;
    }

    public static RunStatistics Empty { get; } = new(0, new Dictionary<string, int>(StringComparer.Ordinal));

    public int DocumentCount { get; }

    /// <summary>Distinct short lines (normalized) and the number of documents they stand in.</summary>
    public IReadOnlyDictionary<string, int> ShortLines => _documentsWithLine;

    /// <summary>How many documents of the run contain this short line (compared after <see cref="NormalizeLine"/>).</summary>
    public int DocumentsWithLine(ReadOnlySpan<char> line)
    {
        string key = NormalizeLine(line);
        return _documentsWithLine.TryGetValue(key, out int n) ? n : 0;
    }

    /// <summary>The comparison key for a line: white space (including ideographic space) removed, NFKC-folded.</summary>
    public static string NormalizeLine(ReadOnlySpan<char> line)
    {
        var sb = new System.Text.StringBuilder(line.Length);
        foreach (char c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(System.Text.NormalizationForm.FormKC);
    }

    /// <summary>Gathers statistics document by document; thread-safe so that the gathering pass can run in parallel.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        private int _documents;

        public void Add(Document document)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in document.Lines)
            {
                if (line.IsBlank)
                {
                    continue;
                }

                var text = document[line.Span];
                if (text.Trim().Length > MaxTrackedLineLength)
                {
                    continue;
                }

                seen.Add(NormalizeLine(text));
            }

            lock (_counts)
            {
                _documents++;
                foreach (var key in seen)
                {
                    _counts[key] = _counts.TryGetValue(key, out int n) ? n + 1 : 1;
                }
            }
        }

        public RunStatistics Build()
        {
            lock (_counts)
            {
                return new RunStatistics(_documents, new Dictionary<string, int>(_counts, StringComparer.Ordinal));
            }
        }
    }
}
