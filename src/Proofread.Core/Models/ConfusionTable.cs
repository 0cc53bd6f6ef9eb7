using System.Globalization;
using System.Reflection;
using System.Text;

namespace Proofread.Models;

/// <summary>
/// The confusion table: for what OCR printed, the characters the page may have said. The shipped
/// table (<see cref="Shared"/>, <c>rules/confusions.tsv</c> embedded in this assembly) holds the
/// curated pairs and every GB 2312 character's glyph neighbours; a user's learned table
/// (<c>proofread learn-confusions</c>) is merged into it with <see cref="With"/>. Loaded once,
/// lazily, and read-only, so rules on many threads share it.
/// </summary>
/// <remarks>
/// The file is UTF-8 text: <c>#</c> comment lines, a header line, then one pair a line, five
/// tab-separated columns: <c>read meant source weight note</c>, where source is curated, glyph or
/// learned, and weight is 1 (curated), the glyph similarity (0 to 1) or the times seen (learned).
/// </remarks>
public sealed class ConfusionTable
{
    public const string Header = "read\tmeant\tsource\tweight\tnote";
    private const string ResourceName = "Proofread.Models.confusions.tsv";

    private static readonly Lazy<ConfusionTable> Instance = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, Confusion[]> _byRead;

    public ConfusionTable(IEnumerable<Confusion> pairs)
    {
        var merged = new Dictionary<(string, string), Confusion>();
        foreach (var pair in pairs)
        {
            var key = (pair.Read, pair.Meant);
            merged[key] = merged.TryGetValue(key, out var known) ? known.Merge(pair) : pair;
        }

        _byRead = merged.Values.GroupBy(p => p.Read, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(Rank).ToArray(), StringComparer.Ordinal);
        MaxReadLength = _byRead.Count == 0 ? 0 : _byRead.Keys.Max(k => k.Length);
        Count = merged.Count;
    }

    /// <summary>The shipped table, loaded on first use.</summary>
    public static ConfusionTable Shared => Instance.Value;

    /// <summary>How many distinct pairs the table holds.</summary>
    public int Count { get; }

    /// <summary>The longest text any pair reads (3: 一一一).</summary>
    public int MaxReadLength { get; }

    public IEnumerable<Confusion> Pairs => _byRead.Values.SelectMany(p => p);

    /// <summary>What the page may have said where OCR printed <paramref name="read"/>: curated pairs first, then learned ones by count, then glyph neighbours by similarity.</summary>
    public IReadOnlyList<Confusion> CandidatesFor(string read) => _byRead.TryGetValue(read, out var pairs) ? pairs : [];

    /// <summary>The pair, or null when the table does not hold it.</summary>
    public Confusion? Find(string read, string meant) => CandidatesFor(read).FirstOrDefault(p => p.Meant == meant);

    /// <summary>This table and <paramref name="other"/>'s pairs, a pair in both merged.</summary>
    public ConfusionTable With(ConfusionTable other) => new(Pairs.Concat(other.Pairs));

    /// <summary>Reads a table file; an error names the file and line.</summary>
    public static ConfusionTable Load(string path)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return Parse(reader, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProofreadException($"cannot read the confusion table: {e.Message}", path, e);
        }
    }

    public static ConfusionTable Parse(TextReader reader, string name)
    {
        var pairs = new List<Confusion>();
        int number = 0;
        bool header = false;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!header)
            {
                header = line == Header ? true : throw new ProofreadException($"line {number}: expected the header '{Header.Replace('\t', ' ')}'", name);
                continue;
            }

            pairs.Add(ParseLine(line, number, name));
        }

        return new ConfusionTable(pairs);
    }

    /// <summary>Writes the table: the comment lines given, the header, then the pairs one per source.</summary>
    public void Write(TextWriter writer, IEnumerable<string> comments)
    {
        foreach (string comment in comments)
        {
            writer.WriteLine($"# {comment}");
        }

        writer.WriteLine(Header);
        foreach (var pair in Pairs)
        {
            foreach (var source in Enum.GetValues<ConfusionSources>().Where(s => s != ConfusionSources.None && pair.Sources.HasFlag(s)))
            {
                string weight = source switch
                {
                    ConfusionSources.Glyph => pair.Similarity.ToString("0.###", CultureInfo.InvariantCulture),
                    ConfusionSources.Learned => pair.Count.ToString(CultureInfo.InvariantCulture),
                    _ => "1",
                };
                writer.WriteLine($"{pair.Read}\t{pair.Meant}\t{source.ToString().ToLowerInvariant()}\t{weight}\t{pair.Note}");
            }
        }
    }

    private static Confusion ParseLine(string line, int number, string name)
    {
        string[] cells = line.Split('\t');
        if (cells.Length is < 4 or > 5 || cells[0].Length == 0 || cells[1].Length == 0 || cells[0] == cells[1])
        {
            throw new ProofreadException($"line {number}: expected 'read meant source weight [note]' separated by tabs, read and meant different and not empty", name);
        }

        string note = cells.Length == 5 ? cells[4] : "";
        bool isNumber = double.TryParse(cells[3], NumberStyles.Float, CultureInfo.InvariantCulture, out double weight);
        return cells[2] switch
        {
            "curated" => new Confusion(cells[0], cells[1], ConfusionSources.Curated, 0, 0, note),
            "glyph" when isNumber && weight is >= 0 and <= 1 => new Confusion(cells[0], cells[1], ConfusionSources.Glyph, weight, 0, note),
            "learned" when isNumber && weight >= 1 && weight == Math.Floor(weight) && weight <= int.MaxValue => new Confusion(cells[0], cells[1], ConfusionSources.Learned, 0, (int)weight, note),
            "curated" or "glyph" or "learned" => throw new ProofreadException($"line {number}: bad weight '{cells[3]}' for a {cells[2]} pair (glyph: 0 to 1; learned: a count of 1 or more)", name),
            _ => throw new ProofreadException($"line {number}: unknown source '{cells[2]}' (curated, glyph or learned)", name),
        };
    }

    /// <summary>Curated first, then learned by count, then glyph neighbours by similarity.</summary>
    private static (int, double) Rank(Confusion pair) =>
        pair.Sources.HasFlag(ConfusionSources.Curated) ? (0, 0)
        : pair.Sources.HasFlag(ConfusionSources.Learned) ? (1, -pair.Count)
        : (2, -pair.Similarity);

    private static ConfusionTable LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("the embedded confusion table (rules/confusions.tsv) is missing from Proofread.Core");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader, "rules/confusions.tsv");
    }
}
