using System.Reflection;
using Proofread.Lexicon;
using Proofread.Models;

namespace Proofread.Models.Build;

/// <summary>
/// The text the character model learns from, all of it shippable: the corpus's dev sentences
/// (never held-out ones), jieba's dictionary words counted by their frequencies, and, when asked,
/// the word pairs of SmartCn's bigram dictionary that join two dictionary words (each weighed as
/// a dictionary word is).
/// </summary>
internal sealed record TrainingText(IReadOnlyList<string> Sentences, long SentenceWeight, string? DictionaryWeight, SmartCnBigrams? Bigrams)
{
    public NgramCounts Count(int order)
    {
        var counts = new NgramCounts(order);
        foreach (string sentence in Sentences)
        {
            counts.AddSentence(sentence, SentenceWeight);
        }

        if (DictionaryWeight is { } scale)
        {
            foreach (var (word, frequency) in JiebaWords())
            {
                counts.AddFragment(word, Weight(frequency, scale));
            }
        }

        if (Bigrams is not null)
        {
            foreach (var (left, right, frequency) in Bigrams.Pairs)
            {
                counts.AddJunction(left, right, Weight(frequency, DictionaryWeight ?? "one"));
            }
        }

        return counts;
    }

    /// <summary>
    /// A dictionary word's weight: its frequency counts word tokens of a large corpus, but only
    /// their insides; taken as is, it drowns the running text's word junctions.
    /// </summary>
    public static long Weight(long frequency, string scale) => scale switch
    {
        "frequency" => frequency,
        "sqrt" => (long)Math.Ceiling(Math.Sqrt(frequency)),
        "log" => 1 + (long)Math.Log2(frequency),
        "one" => 1,
        _ => throw new ArgumentException($"--dictionary-weight: frequency, sqrt, log or one, not {scale}"),
    };

    /// <summary>The words and frequencies of the dictionary Core embeds as its lexicon (jieba.NET's dict.txt).</summary>
    public static IEnumerable<(string Word, long Frequency)> JiebaWords()
    {
        using var stream = typeof(ChineseLexicon).Assembly.GetManifestResourceStream("Proofread.Lexicon.dict.txt")
            ?? throw new InvalidOperationException("Proofread.Core embeds no dict.txt");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ');
            if (parts.Length >= 2 && long.TryParse(parts[1], out long frequency) && frequency > 0)
            {
                yield return (parts[0], frequency);
            }
        }
    }
}
