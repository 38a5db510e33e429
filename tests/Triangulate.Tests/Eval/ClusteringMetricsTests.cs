using Triangulate.Eval;

namespace Triangulate.Tests.Eval;

public sealed class ClusteringMetricsTests
{
    [Fact]
    public void Identical_partitions_score_one_whatever_the_labels()
    {
        var s = ClusteringMetrics.Score(["a", "a", "b", "c"], [7, 7, 3, 9]);
        Assert.Equal(1, s.Nmi, 12);
        Assert.Equal(1, s.NmiArithmetic, 12);
        Assert.Equal(1, s.BCubedF1, 12);
        Assert.Equal(3, s.GoldClusters);
        Assert.Equal(3, s.PredictedClusters);
    }

    [Fact]
    public void Split_and_merged_toy_partition_matches_hand_computed_values()
    {
        // gold A A A B B, predicted 1 1 2 2 2. Joint counts (A,1)=2 (A,2)=1 (B,2)=2; both entropies are
        // H(0.6, 0.4) = 0.673012, I = 0.4·ln(10/6)·2 + 0.2·ln(5/9) = 0.291103, so NMI = 0.432538 either way.
        // BCubed precision = (1 + 1 + 1/3 + 2/3 + 2/3)/5, recall = (2/3 + 2/3 + 1/3 + 1 + 1)/5: both 11/15.
        var s = ClusteringMetrics.Score(["A", "A", "A", "B", "B"], [1, 1, 2, 2, 2]);
        Assert.Equal(0.432538, s.Nmi, 5);
        Assert.Equal(0.432538, s.NmiArithmetic, 5);
        Assert.Equal(11.0 / 15, s.BCubedPrecision, 9);
        Assert.Equal(11.0 / 15, s.BCubedRecall, 9);
        Assert.Equal(11.0 / 15, s.BCubedF1, 9);
    }

    [Fact]
    public void Geometric_and_arithmetic_nmi_differ_when_the_entropies_do()
    {
        // gold A A A B B C, predicted 1 1 1 1 2 2: I = ln(3)/... = 0.405465, H(gold) = 1.011404, H(pred) = 0.636514.
        // Geometric 0.405465 / sqrt(1.011404 · 0.636514) = 0.505338; arithmetic 2 · 0.405465 / 1.647918 = 0.492094.
        // BCubed precision (3·3/4 + 1/4 + 1/2 + 1/2)/6 = 7/12, recall (1 + 1 + 1 + 1/2 + 1/2 + 1)/6 = 5/6.
        var s = ClusteringMetrics.Score(["A", "A", "A", "B", "B", "C"], [1, 1, 1, 1, 2, 2]);
        Assert.Equal(0.505338, s.Nmi, 5);
        Assert.Equal(0.492094, s.NmiArithmetic, 5);
        Assert.Equal(7.0 / 12, s.BCubedPrecision, 9);
        Assert.Equal(5.0 / 6, s.BCubedRecall, 9);
        Assert.Equal(2 * (7.0 / 12) * (5.0 / 6) / (7.0 / 12 + 5.0 / 6), s.BCubedF1, 9);
    }

    [Fact]
    public void Everything_in_one_cluster_has_zero_nmi_and_full_bcubed_recall()
    {
        var s = ClusteringMetrics.Score(["A", "A", "B", "B"], [0, 0, 0, 0]);
        Assert.Equal(0, s.Nmi);
        Assert.Equal(1, s.BCubedRecall, 12);
        Assert.Equal(0.5, s.BCubedPrecision, 12);
    }

    [Fact]
    public void Every_item_alone_has_full_bcubed_precision()
    {
        var s = ClusteringMetrics.Score(["A", "A", "B", "B"], [1, 2, 3, 4]);
        Assert.Equal(1, s.BCubedPrecision, 12);
        Assert.Equal(0.5, s.BCubedRecall, 12);
        Assert.InRange(s.Nmi, 0.0, 0.9999);
    }

    [Fact]
    public void Partitions_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ClusteringMetrics.Score(["A"], [1, 2]));
    }
}
