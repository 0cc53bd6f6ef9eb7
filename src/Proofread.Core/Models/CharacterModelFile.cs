using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Proofread.Models;

/// <summary>
/// The file format of a <see cref="CharacterModel"/>: the magic <c>PRCM</c> and a version byte,
/// then, Brotli-compressed, little-endian: the order, the vocabulary (UTF-16 code units in order),
/// and for each order its count, its character ids (orders 2 and up), its quantized log
/// probabilities and, below the highest order, its backoff weights and where each entry's
/// children start. The arrays are read straight into memory: loading is decompression.
/// </summary>
public static class CharacterModelFile
{
    private const byte Version = 1;
    private static readonly byte[] Magic = "PRCM"u8.ToArray();

    public static void Write(Stream stream, CharacterModel model)
    {
        stream.Write(Magic);
        stream.WriteByte(Version);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli);
        writer.Write(model.Order);
        writer.Write(model.Vocabulary.Count);
        writer.Write(MemoryMarshal.AsBytes<char>([.. model.Vocabulary]));
        foreach (var level in model.Levels)
        {
            writer.Write(level.LogProbabilities.Length);
            if (level.Ids is { } ids)
            {
                writer.Write(MemoryMarshal.AsBytes<ushort>(ids));
            }

            writer.Write(MemoryMarshal.AsBytes<ushort>(level.LogProbabilities));
            if (level.LogBackoffs is { } backoffs)
            {
                writer.Write(MemoryMarshal.AsBytes<short>(backoffs));
                writer.Write(MemoryMarshal.AsBytes<int>(level.ChildStarts!));
            }
        }
    }

    public static CharacterModel Read(Stream stream, string name)
    {
        try
        {
            Span<byte> header = stackalloc byte[Magic.Length + 1];
            stream.ReadExactly(header);
            if (!header[..Magic.Length].SequenceEqual(Magic) || header[^1] != Version)
            {
                throw new ProofreadException($"not a character model of version {Version} (wrong header)", name);
            }

            using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(brotli);
            int order = reader.ReadInt32();
            int vocabularySize = reader.ReadInt32();
            if (order is < 1 or > NgramCounts.MaxOrder || vocabularySize is < 0 or > char.MaxValue - CharacterModel.FirstCharacterId)
            {
                throw new ProofreadException($"damaged character model (order {order}, {vocabularySize} characters)", name);
            }

            var vocabulary = ReadArray<char>(brotli, vocabularySize);
            var levels = new CharacterModel.Level[order];
            int parents = vocabularySize + CharacterModel.FirstCharacterId;
            for (int k = 1; k <= order; k++)
            {
                int count = reader.ReadInt32();
                if (count < 0 || (k == 1 && count != parents))
                {
                    throw new ProofreadException($"damaged character model (order {k} has {count} entries)", name);
                }

                var ids = k == 1 ? null : ReadArray<ushort>(brotli, count);
                var probabilities = ReadArray<ushort>(brotli, count);
                short[]? backoffs = null;
                int[]? children = null;
                if (k < order)
                {
                    backoffs = ReadArray<short>(brotli, count);
                    children = ReadArray<int>(brotli, count + 1);
                }

                levels[k - 1] = new CharacterModel.Level(ids, probabilities, backoffs, children);
            }

            Validate(levels, vocabularySize + CharacterModel.FirstCharacterId, name);
            return new CharacterModel(order, vocabulary, levels);
        }
        catch (EndOfStreamException e)
        {
            throw new ProofreadException("truncated character model", name, e);
        }
        catch (InvalidDataException e)
        {
            throw new ProofreadException("damaged character model (bad compressed data)", name, e);
        }
    }

    /// <summary>A context's children are searched by id, so each run must be sorted, every id once.</summary>
    private static bool StrictlyIncreasing(ushort[] ids, int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            if (ids[i] <= ids[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    private static T[] ReadArray<T>(Stream stream, int count)
        where T : unmanaged
    {
        var array = new T[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    /// <summary>Checks the trie's links, so a damaged file is refused when loaded, not by a crash mid-run.</summary>
    private static void Validate(CharacterModel.Level[] levels, int ids, string name)
    {
        for (int k = 0; k + 1 < levels.Length; k++)
        {
            var starts = levels[k].ChildStarts!;
            int children = levels[k + 1].LogProbabilities.Length;
            var childIds = levels[k + 1].Ids!;
            for (int i = 0; i + 1 < starts.Length; i++)
            {
                if (starts[i] < 0 || starts[i] > starts[i + 1] || starts[i + 1] > children || !StrictlyIncreasing(childIds, starts[i], starts[i + 1]))
                {
                    throw new ProofreadException($"damaged character model (order {k + 1}, entry {i})", name);
                }
            }

            if (starts[^1] != children || childIds.Any(id => id >= ids))
            {
                throw new ProofreadException($"damaged character model (order {k + 2} does not match order {k + 1})", name);
            }
        }
    }
}
