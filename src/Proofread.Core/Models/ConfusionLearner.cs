using DiffPlex;
using DiffPlex.Chunkers;
using Proofread.Evaluation;

namespace Proofread.Models;

/// <summary>
/// Learns an OCR engine's habits: aligns each OCR text with its corrected twin, character by
/// character, and counts which text the engine printed for which. A changed run of equal length
/// gives one pair per differing character (未→末); a short run of unequal length gives one pair
/// for the whole (一一一→——). Longer changes (lost lines, furniture, joined paragraphs) and
/// changes of spacing or line breaks are layout, not confusions, and are skipped.
/// </summary>
/// <remarks>Not thread-safe: one learner gathers one run's pairs.</remarks>
public sealed class ConfusionLearner
{
    /// <summary>The longest run, on either side, still counted as one confusion.</summary>
    public const int MaxRun = 3;

    private readonly Dictionary<(string Read, string Meant), int> _counts = [];

    /// <summary>How many text pairs have been added.</summary>
    public int Texts { get; private set; }

    /// <summary>Counts the confusions between an OCR text and its corrected twin (both compared as <c>eval</c> does).</summary>
    public void Add(string ocr, string gold)
    {
        Texts++;
        string a = GoldText.Normalize(ocr), b = GoldText.Normalize(gold);
        var diff = Differ.Instance.CreateDiffs(a, b, false, false, CharacterChunker.Instance);
        foreach (var block in diff.DiffBlocks)
        {
            if (block.DeleteCountA == 0 || block.InsertCountB == 0 || block.DeleteCountA > MaxRun || block.InsertCountB > MaxRun)
            {
                continue;
            }

            string read = a.Substring(block.DeleteStartA, block.DeleteCountA);
            string meant = b.Substring(block.InsertStartB, block.InsertCountB);
            if (IsLayout(read) || IsLayout(meant))
            {
                continue;
            }

            if (read.Length == meant.Length)
            {
                for (int i = 0; i < read.Length; i++)
                {
                    if (read[i] != meant[i])
                    {
                        Count(read[i].ToString(), meant[i].ToString());
                    }
                }
            }
            else
            {
                Count(read, meant);
            }
        }
    }

    /// <summary>The pairs seen at least <paramref name="minCount"/> times, most frequent first.</summary>
    public IReadOnlyList<Confusion> Confusions(int minCount = 1) =>
        [.. _counts.Where(p => p.Value >= minCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key.Read, StringComparer.Ordinal).ThenBy(p => p.Key.Meant, StringComparer.Ordinal)
            .Select(p => new Confusion(p.Key.Read, p.Key.Meant, ConfusionSources.Learned, 0, p.Value, ""))];

    private void Count(string read, string meant)
    {
        _counts[(read, meant)] = _counts.GetValueOrDefault((read, meant)) + 1;
    }

    /// <summary>Line breaks, spaces and halves of surrogate pairs are never a confusion of their own.</summary>
    private static bool IsLayout(string text) => text.Any(c => char.IsWhiteSpace(c) || char.IsSurrogate(c));
}
