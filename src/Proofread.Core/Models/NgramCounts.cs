namespace Proofread.Models;

/// <summary>
/// Weighted counts of character n-grams of every order up to <see cref="Order"/>, gathered from
/// three kinds of text: running sentences (between a start and an end mark), isolated fragments
/// such as dictionary words (whose left edge is a word boundary, not a sentence start), and the
/// junction of two words that follow each other. The input of <see cref="KneserNeyEstimator"/>.
/// </summary>
/// <remarks>
/// An n-gram is kept as its symbols packed 16 bits each into a <see cref="ulong"/>, the first
/// symbol highest, so sorting the keys of one order sorts n-grams by their context, then by their
/// last symbol: the order of the model's trie. Symbols are UTF-16 code units; the control codes
/// below 4 stand for the marks, and a character the model cannot hold (a control character or
/// half of a surrogate pair) is <see cref="Unknown"/>, full-width digits and letters are their ASCII twins, and the ASCII marks , ; : ! ? ( ) their full-width ones.
/// </remarks>
public sealed class NgramCounts
{
    public const ushort Unknown = 0;
    public const ushort SentenceStart = 1;
    public const ushort SentenceEnd = 2;

    /// <summary>The left edge of a fragment: counted as one more left context of what follows it, never predicted or stored.</summary>
    public const ushort FragmentStart = 3;

    public const int MaxOrder = 4;

    private readonly Dictionary<ulong, long>[] _counts;

    public NgramCounts(int order)
    {
        if (order is < 1 or > MaxOrder)
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, $"an n-gram order from 1 to {MaxOrder}");
        }

        Order = order;
        _counts = new Dictionary<ulong, long>[order];
        for (int k = 0; k < order; k++)
        {
            _counts[k] = [];
        }
    }

    public int Order { get; }

    /// <summary>The n-grams of length <paramref name="length"/> with their weighted counts.</summary>
    public IReadOnlyDictionary<ulong, long> OfLength(int length) => _counts[length - 1];

    /// <summary>Counts a sentence, marks included, <paramref name="weight"/> times.</summary>
    public void AddSentence(ReadOnlySpan<char> text, long weight = 1)
    {
        var symbols = Symbols(text, SentenceStart, SentenceEnd);
        AddAll(symbols, weight);
    }

    /// <summary>Counts a fragment such as a dictionary word, with no sentence marks, <paramref name="weight"/> times.</summary>
    public void AddFragment(ReadOnlySpan<char> text, long weight = 1)
    {
        var symbols = Symbols(text, FragmentStart, null);
        AddAll(symbols, weight);
    }

    /// <summary>
    /// Counts only the n-grams that cross from <paramref name="left"/> into <paramref name="right"/>
    /// (two words seen one after the other), so the words' own n-grams, counted elsewhere, are not counted twice.
    /// </summary>
    public void AddJunction(ReadOnlySpan<char> left, ReadOnlySpan<char> right, long weight = 1)
    {
        if (left.IsEmpty || right.IsEmpty)
        {
            return;
        }

        var tail = left[Math.Max(0, left.Length - (Order - 1))..];
        var head = right[..Math.Min(right.Length, Order - 1)];
        var symbols = Symbols(string.Concat(tail, head), FragmentStart, null);
        AddAll(symbols, weight, junction: 1 + tail.Length);
    }

    /// <summary>The packed key of a sequence of symbols.</summary>
    public static ulong Pack(ReadOnlySpan<ushort> symbols)
    {
        ulong key = 0;
        foreach (ushort s in symbols)
        {
            key = (key << 16) | s;
        }

        return key;
    }

    /// <summary>The symbol at <paramref name="index"/> of an n-gram of length <paramref name="length"/>.</summary>
    public static ushort SymbolAt(ulong key, int length, int index) => (ushort)(key >> (16 * (length - 1 - index)));

    /// <summary>The bits of a packed key that hold its last <paramref name="length"/> symbols.</summary>
    public static ulong Mask(int length) => length >= 4 ? ulong.MaxValue : (1UL << (16 * length)) - 1;

    /// <summary>
    /// The symbol of a character: full-width digits and Latin letters fold to ASCII (newspapers
    /// print １９９８ and 1998 alike) and the ASCII marks OCR puts in Chinese text to their
    /// full-width twins (, for ，), so the model judges characters, not the width of marks;
    /// control characters and surrogate halves are unknown.
    /// </summary>
    public static ushort Symbol(char c) => c switch
    {
        < ' ' => Unknown,
        >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' => (ushort)(c - 0xFEE0),
        ',' or ';' or ':' or '!' or '?' or '(' or ')' => (ushort)(c + 0xFEE0),
        _ when char.IsSurrogate(c) => Unknown,
        _ => c,
    };

    private static ushort[] Symbols(ReadOnlySpan<char> text, ushort start, ushort? end)
    {
        var symbols = new ushort[text.Length + 1 + (end is null ? 0 : 1)];
        symbols[0] = start;
        for (int i = 0; i < text.Length; i++)
        {
            symbols[i + 1] = Symbol(text[i]);
        }

        if (end is { } e)
        {
            symbols[^1] = e;
        }

        return symbols;
    }

    /// <summary>
    /// Counts every n-gram of every order, except the lone fragment mark; with a
    /// <paramref name="junction"/> (the index of the right word's first symbol), only those that cross it.
    /// </summary>
    private void AddAll(ReadOnlySpan<ushort> symbols, long weight, int junction = -1)
    {
        for (int end = 1; end <= symbols.Length; end++)
        {
            for (int length = 1; length <= Order && length <= end; length++)
            {
                var ngram = symbols[(end - length)..end];
                bool crosses = end - length < junction && end > junction;
                if ((length == 1 && ngram[0] == FragmentStart) || (junction >= 0 && !crosses))
                {
                    continue;
                }

                var table = _counts[length - 1];
                ulong key = Pack(ngram);
                table[key] = table.GetValueOrDefault(key) + weight;
            }
        }
    }
}
