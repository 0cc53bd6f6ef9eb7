namespace Proofread.Evaluation;

/// <summary>
/// The last column of the Levenshtein table of a pattern (down the rows) against a text that grows
/// one code point at a time, kept as Myers' bit vectors in Hyyrö's block form: 64 cells of the
/// column per machine word. <see cref="Score"/> is the distance of the whole pattern to the text so
/// far; <see cref="CopyTo"/> spells out the whole column, which an alignment needs to find where
/// an optimal path crosses it.
/// </summary>
internal sealed class LevenshteinColumn
{
    private readonly Dictionary<int, ulong[]> _peq = [];
    private readonly ulong[] _none;
    private readonly ulong[] _pv;
    private readonly ulong[] _mv;
    private readonly int _length;
    private readonly int _lastBit;

    public LevenshteinColumn(ReadOnlySpan<int> pattern)
    {
        _length = pattern.Length;
        int blocks = (_length + 63) >> 6;
        for (int i = 0; i < _length; i++)
        {
            if (!_peq.TryGetValue(pattern[i], out var bits))
            {
                _peq[pattern[i]] = bits = new ulong[blocks];
            }

            bits[i >> 6] |= 1UL << (i & 63);
        }

        _none = new ulong[blocks];
        _pv = new ulong[blocks];
        _mv = new ulong[blocks];
        Array.Fill(_pv, ulong.MaxValue);
        _lastBit = (_length - 1) & 63;
        Score = _length;
    }

    /// <summary>The distance between the whole pattern and the text read so far.</summary>
    public int Score { get; private set; }

    /// <summary>How many code points of the text have been read.</summary>
    public int Columns { get; private set; }

    /// <summary>
    /// Reads one more code point of the text. Each block keeps its vertical deltas (Pv: +1,
    /// Mv: −1) and passes the horizontal delta at its bottom row to the next block; the top row
    /// grows by one per column, as a global distance requires.
    /// </summary>
    public void Advance(int c)
    {
        var eqs = _peq.TryGetValue(c, out var found) ? found : _none;
        int carry = 1;
        int blocks = _pv.Length;
        for (int k = 0; k < blocks; k++)
        {
            ulong eq = eqs[k], p = _pv[k], mm = _mv[k];
            ulong xv = eq | mm;
            if (carry < 0)
            {
                eq |= 1;
            }

            ulong xh = (((eq & p) + p) ^ p) | eq;
            ulong ph = mm | ~(xh | p);
            ulong mh = p & xh;
            int bit = k == blocks - 1 ? _lastBit : 63;
            int outCarry = ((ph >> bit) & 1) != 0 ? 1 : ((mh >> bit) & 1) != 0 ? -1 : 0;
            ph <<= 1;
            mh <<= 1;
            if (carry < 0)
            {
                mh |= 1;
            }
            else if (carry > 0)
            {
                ph |= 1;
            }

            _pv[k] = mh | ~(xv | ph);
            _mv[k] = ph & xv;
            carry = outCarry;
        }

        Score += carry;
        Columns++;
    }

    /// <summary>The column's cells, top to bottom: the distance of each prefix of the pattern (0 to its whole length) to the text read so far.</summary>
    public void CopyTo(Span<int> column)
    {
        int value = Columns;
        column[0] = value;
        for (int i = 0; i < _length; i++)
        {
            value += (int)((_pv[i >> 6] >> (i & 63)) & 1) - (int)((_mv[i >> 6] >> (i & 63)) & 1);
            column[i + 1] = value;
        }
    }
}
