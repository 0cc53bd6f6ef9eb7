using System.Collections.Concurrent;
using FuzzySharp;
using Proofread.Text;
using Proofread.Vocabulary;

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

    /// <summary>How many distinct short lines (and shapes) a run keeps before it forgets those seen on one page only.</summary>
    public const int MaxDistinctLines = 200_000;

    /// <summary>Two line shapes at least this similar (FuzzySharp ratio, 0 to 100) count as OCR variants of one line.</summary>
    public const int SimilarLineRatio = 85;

    /// <summary>How many of the most widespread shapes a rare line is compared with, to bound the fuzzy work.</summary>
    private const int MaxFuzzyCandidates = 512;

    private readonly Dictionary<string, int> _documentsWithLine;
    private readonly Dictionary<string, int> _documentsWithShape;
    private readonly string[] _widespreadShapes;
    private readonly Dictionary<char, int[]> _shapesWithCharacter;
    private readonly ConcurrentDictionary<string, int> _similarCache = new(StringComparer.Ordinal);

    private RunStatistics(int documentCount, Dictionary<string, int> documentsWithLine, Dictionary<string, int> documentsWithShape)
    {
        DocumentCount = documentCount;
        _documentsWithLine = documentsWithLine;
        _documentsWithShape = documentsWithShape;
        _widespreadShapes = documentsWithShape
            .Where(kv => kv.Value >= 2)
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(MaxFuzzyCandidates)
            .Select(kv => kv.Key)
            .ToArray();
        _shapesWithCharacter = IndexCharacters(_widespreadShapes);
    }

    /// <summary>For each character, the widespread shapes that contain it.</summary>
    private static Dictionary<char, int[]> IndexCharacters(string[] shapes)
    {
        var lists = new Dictionary<char, List<int>>();
        for (int k = 0; k < shapes.Length; k++)
        {
            foreach (char c in shapes[k].Distinct())
            {
                if (!lists.TryGetValue(c, out var list))
                {
                    lists[c] = list = [];
                }

                list.Add(k);
            }
        }

        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    public static RunStatistics Empty { get; } = new(0, new Dictionary<string, int>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal));

    public int DocumentCount { get; }

    /// <summary>Distinct short lines (normalized) and the number of documents they stand in.</summary>
    public IReadOnlyDictionary<string, int> ShortLines => _documentsWithLine;

    /// <summary>How many documents of the run contain this short line (compared after <see cref="NormalizeLine"/>).</summary>
    public int DocumentsWithLine(ReadOnlySpan<char> line)
    {
        string key = NormalizeLine(line);
        return _documentsWithLine.TryGetValue(key, out int n) ? n : 0;
    }

    /// <summary>
    /// How many documents contain this short line or an OCR variant of it: the same
    /// <see cref="ShapeOf">shape</see> (numbers and punctuation aside, so "第17980号" and "第18021号"
    /// are one line), or, for a line whose shape is rare, a widespread shape FuzzySharp finds at least
    /// <see cref="SimilarLineRatio"/> similar (one misread character). Answers are cached per shape.
    /// </summary>
    public int DocumentsWithSimilarLine(ReadOnlySpan<char> line)
    {
        if (IsProseLine(line))
        {
            return 0;
        }

        string shape = ShapeOf(line);
        if (shape.Length == 0)
        {
            return 0;
        }

        int exact = _documentsWithShape.TryGetValue(shape, out int n) ? n : 0;
        if (exact >= 2 || shape.Length < 6 || _widespreadShapes.Length == 0)
        {
            return exact;
        }

        return _similarCache.GetOrAdd(shape, s => exact + BestSimilarCount(s));
    }

    private int BestSimilarCount(string shape)
    {
        // Count, for every widespread shape, how many of this shape's distinct characters it
        // has (through the character index), and give FuzzySharp only those that share enough:
        // a ratio of 85 leaves room for about one character in seven to differ.
        var distinct = new HashSet<char>(shape);
        int needed = distinct.Count - (shape.Length * (100 - SimilarLineRatio) * 2 / 100 + 1);
        Span<int> shared = stackalloc int[_widespreadShapes.Length];
        foreach (char c in distinct)
        {
            if (_shapesWithCharacter.TryGetValue(c, out var indices))
            {
                foreach (int k in indices)
                {
                    shared[k]++;
                }
            }
        }

        int best = 0;
        for (int k = 0; k < _widespreadShapes.Length; k++)
        {
            string other = _widespreadShapes[k];
            if (shared[k] < needed || other == shape || Math.Abs(other.Length - shape.Length) > Math.Max(1, shape.Length / 5))
            {
                continue;
            }

            int count = _documentsWithShape[other];
            if (count > best && Fuzz.Ratio(shape, other) >= SimilarLineRatio)
            {
                best = count;
            }
        }

        return best;
    }

    /// <summary>
    /// A line of running text cut short by a narrow column (a clause mark inside it, and long
    /// enough to be prose): never page furniture, so it is neither counted nor compared. This keeps
    /// the statistics of a hard-wrapped corpus small.
    /// </summary>
    public static bool IsProseLine(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= 15 && trimmed[..^1].IndexOfAny(Marks.RunningText) >= 0;
    }

    /// <summary>
    /// A line's shape: <see cref="NormalizeLine"/>, then digits, Chinese numerals and punctuation
    /// left out, so issue numbers, dates and colon variants do not make lines differ.
    /// </summary>
    public static string ShapeOf(ReadOnlySpan<char> line)
    {
        string normalized = NormalizeLine(line);
        var sb = new System.Text.StringBuilder(normalized.Length);
        foreach (char c in normalized)
        {
            if (char.IsDigit(c) || char.IsPunctuation(c) || Numbers.IsDateNumeral(c))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Statistics over the pages of one file, split at form feeds (how pdftotext separates pages).</summary>
    public static RunStatistics OfPages(string text) => Of(text.Split('\f').Select(page => Document.FromText(page)));

    /// <summary>Statistics over <paramref name="documents"/>, each one page of the run.</summary>
    public static RunStatistics Of(IEnumerable<Document> documents)
    {
        var builder = new Builder();
        foreach (var document in documents)
        {
            builder.Add(document);
        }

        return builder.Build();
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
        private readonly Dictionary<string, int> _shapeCounts = new(StringComparer.Ordinal);
        private int _documents;
        private int _forgetAt = MaxDistinctLines;

        public void Add(Document document)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var shapes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in document.Lines)
            {
                if (line.IsBlank)
                {
                    continue;
                }

                var text = document[line.Span];
                if (text.Trim().Length > MaxTrackedLineLength || IsProseLine(text))
                {
                    continue;
                }

                seen.Add(NormalizeLine(text));
                string shape = ShapeOf(text);
                if (shape.Length > 0)
                {
                    shapes.Add(shape);
                }
            }

            lock (_counts)
            {
                _documents++;
                foreach (var key in seen)
                {
                    _counts[key] = _counts.TryGetValue(key, out int n) ? n + 1 : 1;
                }

                foreach (var shape in shapes)
                {
                    _shapeCounts[shape] = _shapeCounts.TryGetValue(shape, out int n) ? n + 1 : 1;
                }

                if (_counts.Count > _forgetAt || _shapeCounts.Count > _forgetAt)
                {
                    Forget(_counts);
                    Forget(_shapeCounts);
                    // Lines on two or more pages stay; don't scan them again until the tables grow.
                    _forgetAt = Math.Max(MaxDistinctLines, 2 * Math.Max(_counts.Count, _shapeCounts.Count));
                }
            }
        }

        /// <summary>
        /// Keeps memory flat on a large corpus: past <see cref="MaxDistinctLines"/> distinct lines,
        /// those seen on one page only are forgotten. Furniture stands on many pages, so it is
        /// never forgotten; a line forgotten early and seen again later only counts low.
        /// </summary>
        private static void Forget(Dictionary<string, int> counts)
        {
            foreach (var (key, n) in counts)
            {
                if (n <= 1)
                {
                    counts.Remove(key);
                }
            }
        }

        public RunStatistics Build()
        {
            lock (_counts)
            {
                return new RunStatistics(
                    _documents,
                    new Dictionary<string, int>(_counts, StringComparer.Ordinal),
                    new Dictionary<string, int>(_shapeCounts, StringComparer.Ordinal));
            }
        }
    }
}
