using System.Reflection;

namespace Proofread.Models.Build;

/// <summary>
/// Word pairs from the bigram dictionary inside <c>Lucene.Net.Analysis.SmartCn</c> (Apache-2.0):
/// how often one word follows another in its training corpus. The dictionary stores only hashes
/// of "left@right", so pairs are recovered by asking it about candidate pairs: the
/// <c>--smartcn-left</c> most frequent words of its own word dictionary followed by the
/// <c>--smartcn-right</c> most frequent. Its classes are internal, hence the reflection.
/// </summary>
internal sealed class SmartCnBigrams
{
    private SmartCnBigrams(IReadOnlyList<(string Left, string Right, long Frequency)> pairs) => Pairs = pairs;

    public IReadOnlyList<(string Left, string Right, long Frequency)> Pairs { get; }

    public static SmartCnBigrams Load(int leftWords, int rightWords)
    {
        var assembly = typeof(Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer).Assembly;
        var words = CoreWords(assembly).OrderByDescending(w => w.Frequency).Select(w => w.Word).ToList();
        var bigrams = Instance(assembly, "Lucene.Net.Analysis.Cn.Smart.Hhmm.BigramDictionary");
        var frequencyOf = bigrams.GetType().GetMethod("GetFrequency", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!
            .CreateDelegate<Func<char[], int>>(bigrams);
        var left = words.Take(leftWords).ToList();
        var right = words.Take(rightWords).ToList();
        var pairs = new List<(string, string, long)>[left.Count];
        Parallel.For(0, left.Count, i =>
        {
            pairs[i] = [];
            foreach (string r in right)
            {
                int frequency = frequencyOf($"{left[i]}@{r}".ToCharArray());
                if (frequency > 0)
                {
                    pairs[i].Add((left[i], r, frequency));
                }
            }
        });
        return new SmartCnBigrams([.. pairs.SelectMany(p => p)]);
    }

    /// <summary>
    /// The words (and punctuation marks) of SmartCn's core dictionary: its tables are indexed by
    /// the GB 2312 number of a word's first character and keep the rest. Its placeholders for
    /// sentence ends, numbers, names and times (始##始, 未##数…) are left out.
    /// </summary>
    private static IEnumerable<(string Word, int Frequency)> CoreWords(Assembly assembly)
    {
        var dictionary = Instance(assembly, "Lucene.Net.Analysis.Cn.Smart.Hhmm.WordDictionary");
        var type = dictionary.GetType();
        const BindingFlags fields = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
        var firstOf = type.BaseType!.GetMethod("GetCCByGB2312Id", fields)!.CreateDelegate<Func<int, string>>(dictionary);
        var rests = (char[][][])type.GetField("wordItem_charArrayTable", fields)!.GetValue(dictionary)!;
        var frequencies = (int[][])type.GetField("wordItem_frequencyTable", fields)!.GetValue(dictionary)!;
        for (int i = 0; i < rests.Length; i++)
        {
            if (rests[i] is null)
            {
                continue;
            }

            for (int j = 0; j < rests[i].Length; j++)
            {
                string word = firstOf(i) + new string(rests[i][j] ?? []);
                if (!word.Contains("##", StringComparison.Ordinal) && frequencies[i][j] > 0)
                {
                    yield return (word, frequencies[i][j]);
                }
            }
        }
    }

    private static object Instance(Assembly assembly, string typeName) =>
        assembly.GetType(typeName, throwOnError: true)!.GetMethod("GetInstance", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!.Invoke(null, null)!;
}
