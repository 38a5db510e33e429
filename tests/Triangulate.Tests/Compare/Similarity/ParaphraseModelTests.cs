using System.Text.Json.Nodes;
using Triangulate.Compare.Similarity;

namespace Triangulate.Tests.Compare.Similarity;

public sealed class ParaphraseModelTests
{
    private static (List<double[]> X, List<bool> Y) Data()
    {
        // One informative feature (overlap), one noise feature; deterministic.
        var x = new List<double[]>();
        var y = new List<bool>();
        var random = new Random(7);
        for (int i = 0; i < 400; i++)
        {
            bool label = i % 3 != 0;
            double overlap = (label ? 0.7 : 0.35) + (random.NextDouble() - 0.5) * 0.5;
            x.Add([overlap, random.NextDouble()]);
            y.Add(label);
        }
        return (x, y);
    }

    [Fact]
    public void Training_is_deterministic_and_learns_the_informative_feature()
    {
        var (x, y) = Data();
        var a = ParaphraseModel.Train(x, y, ["overlap", "noise"], "test", "synthetic");
        var b = ParaphraseModel.Train(x, y, ["overlap", "noise"], "test", "synthetic");
        Assert.Equal(a.Weights, b.Weights);
        Assert.Equal(a.Threshold, b.Threshold);
        Assert.True(a.Weights[0] > 1);
        Assert.True(Math.Abs(a.Weights[1]) < a.Weights[0] / 5);
        Assert.True(a.Predict([0.9, 0.5]) > 0.8);
        Assert.True(a.Predict([0.1, 0.5]) < 0.2);
    }

    [Fact]
    public void The_best_threshold_separates_the_classes()
    {
        double t = ParaphraseModel.BestThreshold([0.1, 0.2, 0.3, 0.7, 0.8, 0.9], [false, false, false, true, true, true]);
        Assert.InRange(t, 0.3, 0.7);
    }

    [Fact]
    public void Models_round_trip_through_the_bundled_json_format()
    {
        var (x, y) = Data();
        var model = ParaphraseModel.Train(x, y, ["overlap", "noise"], "test", "synthetic");
        var read = Assert.Single(ParaphraseModel.Read(ParaphraseModel.Write([model], "note")));
        Assert.Equal(model.Predict([0.5, 0.5]), read.Predict([0.5, 0.5]), 6);
        Assert.Equal("synthetic", read.TrainedOn);
        Assert.NotNull(JsonNode.Parse(ParaphraseModel.Write([model], "note"))!["note"]);
    }

    [Fact]
    public void The_bundled_model_has_both_variants_over_the_current_features()
    {
        foreach (var variant in new[] { "wordnet", "rules" })
        {
            var model = ParaphraseModel.Bundled(variant);
            Assert.NotNull(model);
            Assert.Equal(SentenceSimilarity.FeatureNames, model!.Features);
            Assert.InRange(model.Threshold, 0.2, 0.8);
        }
    }
}
