using Proofread.Models;

namespace Proofread.Models.Build;

/// <summary>Per-character perplexity and cross-entropy of a model on sentences, the end of each sentence counted as one more symbol.</summary>
internal static class Perplexity
{
    /// <param name="logProbability">The natural log probability of the symbol at an index of a sentence (its length: the end).</param>
    /// <param name="known">Whether the model's vocabulary has a character; unknown ones are skipped as predictions (they stay context), as SRILM does.</param>
    public static Result Measure(IEnumerable<string> sentences, Func<string, int, double> logProbability, Func<char, bool> known)
    {
        double sum = 0;
        long predicted = 0, unknown = 0;
        foreach (string sentence in sentences)
        {
            for (int i = 0; i <= sentence.Length; i++)
            {
                if (i < sentence.Length && !known(sentence[i]))
                {
                    unknown++;
                    continue;
                }

                sum -= logProbability(sentence, i);
                predicted++;
            }
        }

        double entropy = sum / predicted;
        return new Result(Math.Exp(entropy), entropy / Math.Log(2), predicted, unknown);
    }

    public static double KneserNey(CharacterModel model, string sentence, int index) =>
        index == sentence.Length ? model.LogProbabilityOfEnd(sentence) : model.LogProbability(sentence.AsSpan(0, index), sentence[index]);

    public static double Stupid(StupidBackoff model, int order, string sentence, int index)
    {
        int from = Math.Max(0, index - (order - 1));
        var context = new List<ushort>();
        if (index - from < order - 1)
        {
            context.Add(NgramCounts.SentenceStart);
        }

        for (int i = from; i < index; i++)
        {
            context.Add(NgramCounts.Symbol(sentence[i]));
        }

        ushort next = index == sentence.Length ? NgramCounts.SentenceEnd : NgramCounts.Symbol(sentence[index]);
        return model.LogProbability(context.ToArray(), next);
    }

    public sealed record Result(double Perplexity, double BitsPerCharacter, long Predicted, long Unknown)
    {
        public override string ToString() => $"perplexity {Perplexity,8:F2}  {BitsPerCharacter:F3} bits/char  ({Predicted} predicted, {Unknown} unknown skipped)";
    }
}
