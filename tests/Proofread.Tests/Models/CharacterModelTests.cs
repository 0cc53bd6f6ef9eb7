using Proofread.Models;

namespace Proofread.Tests.Models;

public class CharacterModelTests
{
    private static readonly Lazy<string[]> DevSentences = new(() => File.ReadAllLines(TestPaths.Fixture("corpus/dev/sentences.txt")));

    /// <summary>A small model from the first dev sentences and a few dictionary words.</summary>
    private static CharacterModel Train(int sentences, IReadOnlyList<int>? maxNgrams = null, int order = 3)
    {
        var counts = new NgramCounts(order);
        foreach (string sentence in DevSentences.Value.Take(sentences))
        {
            counts.AddSentence(sentence);
        }

        counts.AddFragment("已经", 50);
        counts.AddFragment("经济", 80);
        counts.AddJunction("已经", "开始", 5);
        return KneserNeyEstimator.Estimate(counts, maxNgrams);
    }

    /// <summary>The probabilities of every character the model knows, the end and an unknown character after a history.</summary>
    private static double Total(CharacterModel model, string history)
    {
        double sum = Math.Exp(model.LogProbabilityOfEnd(history)) + Math.Exp(model.LogProbability(history, '\uE000'));
        foreach (char c in model.Vocabulary)
        {
            sum += Math.Exp(model.LogProbability(history, c));
        }

        return sum;
    }

    private static readonly string[] Histories = ["", "新", "经济", "中国", "他已", "我们的", "ＸＹ", "\uE000\uE001", "，在"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Probabilities_after_any_history_sum_to_one(int order)
    {
        var model = Train(300, order: order);
        foreach (string history in Histories)
        {
            Assert.InRange(Total(model, history), 0.995, 1.005); // quantized to 1/1024 nat
        }
    }

    [Fact]
    public void A_pruned_model_still_sums_to_one_and_stores_no_more_than_asked()
    {
        var full = Train(300);
        var pruned = Train(300, maxNgrams: [2000, 3000]);
        Assert.True(full.StoredNgrams[2] > 3000);
        Assert.InRange(pruned.StoredNgrams[2], 1, 3000);
        Assert.InRange(pruned.StoredNgrams[1], 2000, full.StoredNgrams[1]); // bigrams that trigrams need are kept beyond the limit
        foreach (string history in Histories)
        {
            Assert.InRange(Total(pruned, history), 0.995, 1.005);
        }
    }

    [Theory]
    [InlineData("他已经走了", "他己经走了")]
    [InlineData("经济发展", "经齐发展")]
    [InlineData("中国人民", "中国入民")]
    public void A_known_word_scores_higher_than_its_confused_form(string right, string confused)
    {
        var model = Train(1500);
        Assert.True(model.LogProbability(right) > model.LogProbability(confused) + 1, $"{right} should beat {confused}");
    }

    [Theory]
    [InlineData("他已经走了", "他己经走了")]
    [InlineData("未来的发展", "末来的发展")]
    [InlineData("中国人民", "中国入民")]
    [InlineData("竞争激烈", "竟争激烈")]
    [InlineData("关于这个问题", "关手这个问题")]
    [InlineData("看到了希望", "着到了希望")]
    public void The_shipped_model_prefers_the_word_to_its_confused_form(string right, string confused)
    {
        var model = CharacterModel.Shared;
        Assert.Equal(3, model.Order);
        Assert.True(model.Vocabulary.Count > 6763);
        Assert.True(model.LogProbability(right) > model.LogProbability(confused) + 2, $"{right} should beat {confused}");
    }

    [Fact]
    public void A_seen_continuation_is_more_likely_than_an_unseen_one()
    {
        var model = Train(300);
        Assert.True(model.LogProbability("已", '经') > model.LogProbability("已", '济'));
        Assert.True(model.LogProbability("", '\uE000') < model.LogProbability("", '的'));
    }

    [Fact]
    public void A_written_model_reads_back_with_the_same_probabilities()
    {
        var model = Train(300);
        using var stream = new MemoryStream();
        CharacterModelFile.Write(stream, model);
        stream.Position = 0;
        var read = CharacterModel.Load(stream, "test.lm");
        Assert.Equal(model.Vocabulary, read.Vocabulary);
        Assert.Equal(model.StoredNgrams, read.StoredNgrams);
        foreach (string sentence in DevSentences.Value.Skip(1000).Take(20))
        {
            Assert.Equal(model.LogProbability(sentence), read.LogProbability(sentence));
        }
    }

    [Fact]
    public void A_damaged_or_truncated_file_is_refused_with_its_name()
    {
        using var stream = new MemoryStream();
        CharacterModelFile.Write(stream, Train(50));
        byte[] bytes = stream.ToArray();
        var wrongHeader = Assert.Throws<ProofreadException>(() => CharacterModel.Load(new MemoryStream([.. "XXXX"u8, .. bytes[4..]]), "bad.lm"));
        Assert.Equal("bad.lm", wrongHeader.Path);
        var truncated = Assert.Throws<ProofreadException>(() => CharacterModel.Load(new MemoryStream(bytes[..(bytes.Length / 2)]), "cut.lm"));
        Assert.Equal("cut.lm", truncated.Path);
    }

    [Fact]
    public void A_character_seen_only_across_a_junction_stays_out_of_the_model()
    {
        var counts = new NgramCounts(3);
        counts.AddSentence("国家经济");
        counts.AddJunction("国家", "鑫", 3); // 鑫 has no unigram of its own
        var model = KneserNeyEstimator.Estimate(counts);
        Assert.False(model.Knows('鑫'));
        using var stream = new MemoryStream();
        CharacterModelFile.Write(stream, model);
        stream.Position = 0;
        Assert.Equal(model.StoredNgrams, CharacterModel.Load(stream, "junction.lm").StoredNgrams); // its trie is valid
    }

    [Fact]
    public void A_file_whose_children_are_out_of_order_is_refused()
    {
        var model = Train(50);
        var bigrams = model.Levels[1].Ids!;
        var starts = model.Levels[0].ChildStarts!;
        int node = Enumerable.Range(0, starts.Length - 1).First(i => starts[i + 1] - starts[i] >= 2);
        (bigrams[starts[node]], bigrams[starts[node] + 1]) = (bigrams[starts[node] + 1], bigrams[starts[node]]);
        using var stream = new MemoryStream();
        CharacterModelFile.Write(stream, model);
        stream.Position = 0;
        Assert.Contains("damaged character model", Assert.Throws<ProofreadException>(() => CharacterModel.Load(stream, "swapped.lm")).Message);
    }

    [Fact]
    public void A_junction_counts_only_the_ngrams_that_cross_it()
    {
        var counts = new NgramCounts(3);
        counts.AddJunction("国家", "经济", 7);
        Assert.Empty(counts.OfLength(1));
        Assert.Equal([Key("家经")], counts.OfLength(2).Keys);
        Assert.Equal(7, counts.OfLength(2)[Key("家经")]);
        Assert.Equal([Key("国家经"), Key("家经济")], counts.OfLength(3).Keys.Order());
    }

    [Fact]
    public void A_sentence_counts_each_character_and_its_end_once_per_weight()
    {
        var counts = new NgramCounts(2);
        counts.AddSentence("人民日报", 3);
        Assert.Equal(3 * 6, counts.OfLength(1).Values.Sum()); // four characters, the start and the end mark
        Assert.Equal(3 * 5, counts.OfLength(2).Values.Sum());
    }

    private static ulong Key(string text) => NgramCounts.Pack([.. text.Select(NgramCounts.Symbol)]);
}
