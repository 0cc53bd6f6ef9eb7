namespace Proofread.Models;

/// <summary>
/// Where each bigram of a <see cref="CharacterModel"/> sits in its level, by hashing: the children
/// of a frequent character run to thousands (的 is followed by most of the vocabulary), and a
/// binary search through them for every character scored was most of the model's cost. Built
/// when the model is made or loaded; read-only after.
/// </summary>
internal sealed class BigramIndex
{
    private const uint Empty = uint.MaxValue; // (0xFFFF, 0xFFFF) is no bigram: 0xFFFF is a noncharacter
    private readonly uint[] _keys;
    private readonly int[] _positions;
    private readonly int _mask;

    public BigramIndex(CharacterModel.Level unigrams, CharacterModel.Level bigrams)
    {
        int count = bigrams.LogProbabilities.Length;
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, count * 2));
        _keys = new uint[size];
        _positions = new int[size];
        _mask = size - 1;
        Array.Fill(_keys, Empty);
        var starts = unigrams.ChildStarts!;
        var ids = bigrams.Ids!;
        for (int first = 0; first + 1 < starts.Length; first++)
        {
            for (int i = starts[first]; i < starts[first + 1]; i++)
            {
                uint key = ((uint)first << 16) | ids[i];
                int slot = Slot(key);
                while (_keys[slot] != Empty)
                {
                    slot = (slot + 1) & _mask;
                }

                _keys[slot] = key;
                _positions[slot] = i;
            }
        }
    }

    /// <summary>The index of the bigram in its level, or −1 when the model does not store it.</summary>
    public int Find(ushort first, ushort second)
    {
        uint key = ((uint)first << 16) | second;
        for (int slot = Slot(key); ; slot = (slot + 1) & _mask)
        {
            uint k = _keys[slot];
            if (k == key)
            {
                return _positions[slot];
            }

            if (k == Empty)
            {
                return -1;
            }
        }
    }

    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> 8) & _mask;
}
