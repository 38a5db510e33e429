namespace Triangulate.Eval;

/// <summary>How a predicted partition compares with a gold one.</summary>
public readonly record struct ClusteringScores(int Items, int GoldClusters, int PredictedClusters,
    double Nmi, double NmiArithmetic, double BCubedPrecision, double BCubedRecall, double BCubedF1);

/// <summary>
/// Partition agreement measures for story clustering. NMI as in the GSDMM and MStream papers (mutual
/// information over the geometric mean of the two entropies; scikit-learn's
/// <c>normalized_mutual_info_score(average_method="geometric")</c>) and with the arithmetic mean (scikit-learn's
/// default). BCubed precision and recall (Amigó et al. 2009): for each item, the share of its predicted cluster
/// that is in its gold cluster, and the share of its gold cluster that is in its predicted cluster, averaged
/// over items — how pure and how whole a story is from a reader's seat.
/// </summary>
public static class ClusteringMetrics
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>: labels of the same items, in the same order.</summary>
    public static ClusteringScores Score<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted)
        where TGold : notnull where TPredicted : notnull
    {
        if (gold.Count != predicted.Count)
            throw new ArgumentException($"gold has {gold.Count} items but the prediction {predicted.Count}");
        int n = gold.Count;
        if (n == 0) return new ClusteringScores(0, 0, 0, 1, 1, 1, 1, 1);

        var g = Dense(gold, out int gk);
        var p = Dense(predicted, out int pk);
        var goldSize = new long[gk];
        var predSize = new long[pk];
        var joint = new Dictionary<long, long>();
        for (int i = 0; i < n; i++)
        {
            goldSize[g[i]]++;
            predSize[p[i]]++;
            long key = (long)g[i] * pk + p[i];
            joint[key] = joint.GetValueOrDefault(key) + 1;
        }

        double mi = 0, precision = 0, recall = 0;
        foreach (var (key, count) in joint)
        {
            int gi = (int)(key / pk), pi = (int)(key % pk);
            double c = count;
            mi += c / n * Math.Log(c * n / ((double)goldSize[gi] * predSize[pi]));
            precision += c * c / predSize[pi];
            recall += c * c / goldSize[gi];
        }
        precision /= n;
        recall /= n;
        double hg = Entropy(goldSize, n), hp = Entropy(predSize, n);
        double geometric, arithmetic;
        if (hg == 0 || hp == 0)
        {
            // One side has a single cluster: NMI is 1 only if both do (scikit-learn's convention).
            geometric = arithmetic = hg == hp ? 1 : 0;
        }
        else
        {
            geometric = mi / Math.Sqrt(hg * hp);
            arithmetic = 2 * mi / (hg + hp);
        }
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new ClusteringScores(n, gk, pk, Clamp(geometric), Clamp(arithmetic), precision, recall, f1);
    }

    private static double Clamp(double x) => Math.Min(1, Math.Max(0, x));

    private static double Entropy(long[] sizes, int n)
    {
        double h = 0;
        foreach (long s in sizes)
            if (s > 0) h -= (double)s / n * Math.Log((double)s / n);
        return h;
    }

    private static int[] Dense<T>(IReadOnlyList<T> labels, out int distinct) where T : notnull
    {
        var ids = new Dictionary<T, int>();
        var dense = new int[labels.Count];
        for (int i = 0; i < labels.Count; i++)
        {
            if (!ids.TryGetValue(labels[i], out int id)) ids[labels[i]] = id = ids.Count;
            dense[i] = id;
        }
        distinct = ids.Count;
        return dense;
    }
}
