using Triangulate.Extract.Tagging;

namespace Triangulate.Tests.Extract.Tagging;

public class PerceptronTrainerTests
{
    // A toy language: "x" words are tagged by the word before them (after "a" → A, after "b" → B); other words
    // carry their own tag. Only a context feature can get the "x" tokens right.
    private static readonly string[] Labels = ["O", "A", "B"];

    private static (FeatureBuffer Buffer, int[] Gold) Sentence(params string[] words)
    {
        var buffer = new FeatureBuffer();
        var gold = new int[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            buffer.Add(1, Triangulate.Text.StableHash.Of(words[i]));
            buffer.Add(2, Triangulate.Text.StableHash.Of(i > 0 ? words[i - 1] : "<s>"));
            buffer.EndToken();
            gold[i] = words[i] == "x" ? (i > 0 && words[i - 1] == "a" ? 1 : i > 0 && words[i - 1] == "b" ? 2 : 0) : 0;
        }
        return (buffer, gold);
    }

    private static SequenceModel TrainToy()
    {
        var trainer = new PerceptronTrainer(Labels);
        string[][] data = [["a", "x", "c"], ["b", "x"], ["c", "a", "x"], ["x", "b", "x", "a", "x"], ["c", "c"]];
        foreach (var words in data)
        {
            var (buffer, gold) = Sentence(words);
            trainer.Add(buffer, gold);
        }
        return trainer.Train(10, seed: 1, pruneBelow: 0, new Dictionary<string, string> { ["task"] = "toy" });
    }

    [Fact]
    public void Perceptron_learns_a_context_dependent_toy_problem()
    {
        var model = TrainToy();
        var (buffer, gold) = Sentence("c", "b", "x", "a", "x", "x");
        Assert.Equal(gold, model.Decode(buffer));
    }

    [Fact]
    public void Training_twice_gives_the_same_weights()
    {
        var a = TrainToy();
        var b = TrainToy();
        var (buffer, _) = Sentence("a", "x");
        foreach (var f in buffer.All.ToArray())
            for (int y = 0; y < Labels.Length; y++)
                Assert.Equal(a.Weight(f, y), b.Weight(f, y));
    }

    [Fact]
    public void Model_survives_a_save_and_load_round_trip()
    {
        var model = TrainToy();
        var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = SequenceModel.Load(stream);
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        Assert.Equal("toy", loaded.Metadata["task"]);
        var (buffer, gold) = Sentence("b", "x", "a", "x");
        Assert.Equal(model.Decode(buffer), loaded.Decode(buffer));
        Assert.Equal(gold, loaded.Decode(buffer));
    }

    [Fact]
    public void A_truncated_model_file_is_reported_as_such()
    {
        var stream = new MemoryStream();
        TrainToy().Save(stream);
        var cut = new MemoryStream(stream.ToArray()[..(int)(stream.Length / 2)]);
        var e = Assert.ThrowsAny<Exception>(() => SequenceModel.Load(cut, "toy.tsm"));
        Assert.Contains("toy.tsm", e.Message);
    }

    [Fact]
    public void Bilou_constraints_keep_decoded_spans_well_formed()
    {
        var labels = Bilou.Labels(["PER"]);
        var table = Bilou.Constraints(labels);
        int L = labels.Length;
        // Emissions that prefer an impossible "I-PER" alone: the decoder must pick a legal sequence instead.
        var emissions = new float[2 * L];
        emissions[Array.IndexOf(labels, "I-PER")] = 5;
        emissions[L + Array.IndexOf(labels, "O")] = 1;
        var best = new int[2];
        Viterbi.Decode(emissions, table, L, best);
        var spans = Bilou.Decode(best, labels);
        Assert.All(best, y => Assert.NotEqual("I-PER", labels[y]));
        Assert.True(spans.Count <= 1);
    }

    [Fact]
    public void Iob1_tags_become_spans_by_conlleval_rules()
    {
        var spans = Bilou.SpansFromIob(["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "B-MISC"]);
        Assert.Equal([new Bilou.Span(0, 2, "PER"), new Bilou.Span(2, 3, "PER"), new Bilou.Span(4, 5, "LOC"), new Bilou.Span(5, 6, "ORG"), new Bilou.Span(6, 7, "MISC")], spans);
    }
}

public class ViterbiTests
{
    [Fact]
    public void Marginals_equal_brute_force_sums_over_all_label_sequences()
    {
        const int L = 2, n = 3;
        float[] emissions = [0.5f, -1f, 2f, 0.3f, -0.7f, 1.1f];
        var transitions = new float[Viterbi.TransitionTableSize(L)];
        for (int i = 0; i < transitions.Length; i++) transitions[i] = (i % 3) * 0.4f - 0.3f;
        var marginals = Viterbi.Marginals(emissions, Viterbi.ExpTransitions(transitions), L, n);

        var expected = new double[n * L];
        double z = 0;
        for (int code = 0; code < 1 << n; code++)
        {
            var seq = new int[n];
            for (int i = 0; i < n; i++) seq[i] = (code >> i) & 1;
            double score = transitions[seq[0]] + transitions[(L + 1) * L + seq[n - 1]];
            for (int i = 0; i < n; i++) score += emissions[i * L + seq[i]];
            for (int i = 1; i < n; i++) score += transitions[(seq[i - 1] + 1) * L + seq[i]];
            double p = Math.Exp(score);
            z += p;
            for (int i = 0; i < n; i++) expected[i * L + seq[i]] += p;
        }
        for (int k = 0; k < expected.Length; k++) Assert.Equal(expected[k] / z, marginals[k], 4);

        var best = new int[n];
        Viterbi.Decode(emissions, transitions, L, best);
        for (int i = 0; i < n; i++) Assert.True(marginals[i * L + best[i]] > 0);
    }
}
