using Triangulate.Compare.Similarity;

namespace Triangulate.Eval.Paraphrase;

/// <summary>Accuracy, precision, recall and F1 (of the "paraphrase" class) of a set of decisions.</summary>
public readonly record struct BinaryScores(int Pairs, double Accuracy, double Precision, double Recall, double F1)
{
    public static BinaryScores Of(IReadOnlyList<bool> predicted, IReadOnlyList<bool> gold)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (int i = 0; i < gold.Count; i++)
        {
            if (predicted[i] && gold[i]) tp++;
            else if (predicted[i]) fp++;
            else if (gold[i]) fn++;
            else tn++;
        }
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return new BinaryScores(gold.Count, (double)(tp + tn) / gold.Count, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}

/// <summary>
/// Trains and scores the paraphrase model on MRPC: features of every pair from one <see cref="SentenceSimilarity"/>
/// configuration, the model trained on the first 3,668 pairs (threshold from cross-validation on them), dev = the last
/// 408 pairs, and k-fold cross-validation over the whole training file. The same procedure as 'triangulate train
/// paraphrase', so the figures are those of the shipped weights.
/// </summary>
public static class ParaphraseBenchmark
{
    public static double[][] Featurize(SentenceSimilarity similarity, IReadOnlyList<MrpcPair> pairs)
    {
        var features = new double[pairs.Count][];
        Parallel.For(0, pairs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(2, Environment.ProcessorCount) },
            i => features[i] = similarity.Features(pairs[i].Sentence1, pairs[i].Sentence2));
        return features;
    }

    public static ParaphraseModel Train(string variant, IReadOnlyList<double[]> features, IReadOnlyList<bool> labels, string trainedOn) =>
        ParaphraseModel.Train(features, labels, [.. SentenceSimilarity.FeatureNames], variant, trainedOn);

    public static BinaryScores Score(ParaphraseModel model, IReadOnlyList<double[]> features, IReadOnlyList<bool> labels) =>
        BinaryScores.Of(features.Select(f => model.Predict(f) >= model.Threshold).ToList(), labels);

    /// <summary>k contiguous folds: train on k-1 (threshold chosen inside them), score the held-out one.</summary>
    public static IReadOnlyList<BinaryScores> CrossValidate(string variant, IReadOnlyList<double[]> features, IReadOnlyList<bool> labels, int folds = 10)
    {
        var scores = new List<BinaryScores>();
        int n = features.Count;
        for (int k = 0; k < folds; k++)
        {
            int start = n * k / folds, end = n * (k + 1) / folds;
            var trainX = new List<double[]>(); var trainY = new List<bool>();
            var testX = new List<double[]>(); var testY = new List<bool>();
            for (int i = 0; i < n; i++)
            {
                if (i >= start && i < end) { testX.Add(features[i]); testY.Add(labels[i]); }
                else { trainX.Add(features[i]); trainY.Add(labels[i]); }
            }
            scores.Add(Score(Train(variant, trainX, trainY, ""), testX, testY));
        }
        return scores;
    }

    public static (double Mean, double Std) MeanStd(IEnumerable<double> values)
    {
        var list = values.ToList();
        double mean = list.Average();
        double variance = list.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, list.Count - 1);
        return (mean, Math.Sqrt(variance));
    }
}
