using DiffPlex;
using DiffPlex.Chunkers;

namespace Proofread.Text;

/// <summary>What a piece of a diff is: text both sides share, text taken out, or text put in.</summary>
public enum DiffPieceKind
{
    Unchanged,
    Deleted,
    Inserted,
}

public sealed record DiffPiece(DiffPieceKind Kind, string Text);

/// <summary>
/// A character-level diff of a change in its context. Chinese has no spaces, so words are useless
/// as diff units; characters are, counted by code point so a rare character beyond the BMP is
/// never cut in half.
/// </summary>
public static class CharacterDiff
{
    public static IReadOnlyList<DiffPiece> Compute(string contextBefore, string before, string after, string contextAfter)
    {
        var pieces = new List<DiffPiece>();
        Add(pieces, DiffPieceKind.Unchanged, contextBefore);
        var diff = Differ.Instance.CreateDiffs(before, after, false, false, CodePointChunker.Instance);
        int a = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(pieces, DiffPieceKind.Unchanged, string.Concat(diff.PiecesOld.Skip(a).Take(block.DeleteStartA - a)));
            Add(pieces, DiffPieceKind.Deleted, string.Concat(diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA)));
            Add(pieces, DiffPieceKind.Inserted, string.Concat(diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB)));
            a = block.DeleteStartA + block.DeleteCountA;
        }

        Add(pieces, DiffPieceKind.Unchanged, string.Concat(diff.PiecesOld.Skip(a)));
        Add(pieces, DiffPieceKind.Unchanged, contextAfter);
        return pieces;
    }

    /// <summary>Appends a piece, merging it with the last one when both are of the same kind.</summary>
    private static void Add(List<DiffPiece> pieces, DiffPieceKind kind, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (pieces.Count > 0 && pieces[^1].Kind == kind)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else
        {
            pieces.Add(new DiffPiece(kind, text));
        }
    }

    private sealed class CodePointChunker : IChunker
    {
        public static readonly CodePointChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text)
        {
            var chunks = new List<string>(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                int length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                chunks.Add(text.Substring(i, length));
                i += length - 1;
            }

            return chunks;
        }
    }
}
