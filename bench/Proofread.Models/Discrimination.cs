using Proofread.Models;

namespace Proofread.Models.Build;

/// <summary>
/// How well a model tells a character from its confusions, the task it is trained for: at every
/// position of clean text whose character has candidates in the confusion table, the text with the
/// candidate put in is scored against the original over the characters whose probability the
/// change moves (the character and the order − 1 after it). Reports the share of such pairs where
/// the original wins, and how often a candidate beats it by a wide margin (a false alarm on clean
/// text if the rule trusted that margin).
/// </summary>
internal static class Discrimination
{
    public static string Measure(IEnumerable<string> sentences, Func<string, int, double> logProbability, int order, ConfusionTable table, double margin)
    {
        long pairs = 0, originalWins = 0, alarms = 0, attestedPairs = 0, attestedWins = 0, characters = 0;
        foreach (string sentence in sentences)
        {
            characters += sentence.Length;
            for (int i = 0; i < sentence.Length; i++)
            {
                var candidates = table.CandidatesFor(sentence[i].ToString());
                if (candidates.Count == 0)
                {
                    continue;
                }

                double original = Window(sentence, i, order, logProbability);
                bool alarm = false;
                foreach (var candidate in candidates.Where(c => c.Meant.Length == 1))
                {
                    string changed = string.Concat(sentence.AsSpan(0, i), candidate.Meant, sentence.AsSpan(i + 1));
                    double score = Window(changed, i, order, logProbability);
                    pairs++;
                    originalWins += original > score ? 1 : 0;
                    alarm |= score > original + margin;
                    if (candidate.IsAttested)
                    {
                        attestedPairs++;
                        attestedWins += original > score ? 1 : 0;
                    }
                }

                alarms += alarm ? 1 : 0;
            }
        }

        return $"original preferred in {100.0 * originalWins / pairs:F2}% of {pairs:N0} pairs ({100.0 * attestedWins / Math.Max(1, attestedPairs):F2}% of {attestedPairs:N0} curated); "
            + $"a candidate ahead by more than {margin} nats at {10000.0 * alarms / characters:F1} per 10,000 characters";
    }

    private static double Window(string text, int at, int order, Func<string, int, double> logProbability)
    {
        double sum = 0;
        for (int j = at; j <= Math.Min(text.Length, at + order - 1); j++)
        {
            sum += logProbability(text, j);
        }

        return sum;
    }
}
