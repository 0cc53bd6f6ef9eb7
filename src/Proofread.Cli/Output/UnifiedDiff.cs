using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace Proofread.Cli.Output;

/// <summary>A unified diff of two texts (three lines of context), as <c>diff -u</c> prints it.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string oldText, string newText, string oldName, string newName)
    {
        var diff = Differ.Instance.CreateDiffs(oldText, newText, false, false, LineWithBreakChunker.Instance);
        if (diff.DiffBlocks.Count == 0)
        {
            return string.Empty;
        }

        IReadOnlyList<string> a = diff.PiecesOld, b = diff.PiecesNew;
        var sb = new StringBuilder();
        sb.Append("--- ").Append(oldName).Append('\n').Append("+++ ").Append(newName).Append('\n');
        var blocks = diff.DiffBlocks;
        int i = 0;
        while (i < blocks.Count)
        {
            // Group blocks whose context windows touch into one hunk.
            int j = i;
            while (j + 1 < blocks.Count && blocks[j + 1].DeleteStartA - (blocks[j].DeleteStartA + blocks[j].DeleteCountA) <= 2 * Context)
            {
                j++;
            }

            WriteHunk(sb, a, b, blocks, i, j);
            i = j + 1;
        }

        return sb.ToString();
    }

    private static void WriteHunk(StringBuilder sb, IReadOnlyList<string> a, IReadOnlyList<string> b, IList<DiffBlock> blocks, int first, int last)
    {
        int startA = Math.Max(0, blocks[first].DeleteStartA - Context);
        int startB = Math.Max(0, blocks[first].InsertStartB - Context);
        int endA = Math.Min(a.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + Context);
        int endB = Math.Min(b.Count, blocks[last].InsertStartB + blocks[last].InsertCountB + Context);
        sb.Append("@@ -").Append(startA + 1).Append(',').Append(endA - startA)
          .Append(" +").Append(startB + 1).Append(',').Append(endB - startB).Append(" @@\n");
        int pa = startA;
        for (int k = first; k <= last; k++)
        {
            var block = blocks[k];
            for (; pa < block.DeleteStartA; pa++)
            {
                Line(sb, ' ', a[pa]);
            }

            for (int d = 0; d < block.DeleteCountA; d++)
            {
                Line(sb, '-', a[block.DeleteStartA + d]);
            }

            for (int n = 0; n < block.InsertCountB; n++)
            {
                Line(sb, '+', b[block.InsertStartB + n]);
            }

            pa = block.DeleteStartA + block.DeleteCountA;
        }

        for (; pa < endA; pa++)
        {
            Line(sb, ' ', a[pa]);
        }
    }

    /// <summary>One diff line; the piece carries its own line break, or is the last line without one.</summary>
    private static void Line(StringBuilder sb, char marker, string piece)
    {
        string content = piece.TrimEnd('\n').TrimEnd('\r');
        sb.Append(marker).Append(content).Append('\n');
        if (!piece.EndsWith('\n'))
        {
            sb.Append("\\ No newline at end of file\n");
        }
    }

    /// <summary>Splits text into lines that keep their line breaks, so a missing final newline is a difference too.</summary>
    private sealed class LineWithBreakChunker : IChunker
    {
        public static readonly LineWithBreakChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text)
        {
            var pieces = new List<string>();
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    pieces.Add(text[start..(i + 1)]);
                    start = i + 1;
                }
            }

            if (start < text.Length)
            {
                pieces.Add(text[start..]);
            }

            return pieces;
        }
    }
}
