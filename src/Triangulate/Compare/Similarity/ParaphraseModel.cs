using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Triangulate.Resources;

namespace Triangulate.Compare.Similarity;

/// <summary>
/// Logistic regression over <see cref="PairFeatures"/>: the calibrated probability that two sentences say the
/// same thing. Trained by <see cref="Train"/> (our own code, deterministic) on the MRPC training portion; the
/// bundled weights hold one model per variant: "wordnet" (features use WordNet) and "rules" (WordNet absent),
/// each trained with the features it will see.
/// </summary>
public sealed class ParaphraseModel
{
    public const string ResourceName = "paraphrase-model.json";

    public ParaphraseModel(string variant, string[] features, double[] mean, double[] scale, double[] weights, double bias, double threshold, string trainedOn)
    {
        if (mean.Length != features.Length || scale.Length != features.Length || weights.Length != features.Length)
            throw new ArgumentException("feature, mean, scale and weight counts differ");
        Variant = variant;
        Features = features;
        Mean = mean;
        Scale = scale;
        Weights = weights;
        Bias = bias;
        Threshold = threshold;
        TrainedOn = trainedOn;
    }

    public string Variant { get; }
    public string[] Features { get; }
    public double[] Mean { get; }
    public double[] Scale { get; }
    public double[] Weights { get; }
    public double Bias { get; }
    /// <summary>Probability at or above which a pair is called a paraphrase (chosen by cross-validation on the training data).</summary>
    public double Threshold { get; }
    public string TrainedOn { get; }

    public double Predict(ReadOnlySpan<double> x)
    {
        double z = Bias;
        for (int i = 0; i < Weights.Length; i++) z += Weights[i] * (x[i] - Mean[i]) / Scale[i];
        return 1 / (1 + Math.Exp(-z));
    }

    // ---- training ----

    /// <summary>Fits the model (Newton's method with an L2 penalty on standardised features) and picks the decision
    /// threshold that maximises accuracy over <paramref name="thresholdFolds"/>-fold out-of-fold predictions on the same data.</summary>
    public static ParaphraseModel Train(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, string[] names, string variant, string trainedOn,
        double l2 = 1.0, int thresholdFolds = 5)
    {
        var (mean, scale, weights, bias) = Fit(x, y, l2);
        var outOfFold = new double[x.Count];
        for (int fold = 0; fold < thresholdFolds; fold++)
        {
            var trainIdx = Enumerable.Range(0, x.Count).Where(i => i % thresholdFolds != fold).ToList();
            var (m, s, w, b) = Fit(trainIdx.Select(i => x[i]).ToList(), trainIdx.Select(i => y[i]).ToList(), l2);
            var model = new ParaphraseModel(variant, names, m, s, w, b, 0.5, "");
            for (int i = fold; i < x.Count; i += thresholdFolds) outOfFold[i] = model.Predict(x[i]);
        }
        double threshold = BestThreshold(outOfFold, y);
        return new ParaphraseModel(variant, names, mean, scale, weights, bias, threshold, trainedOn);
    }

    /// <summary>The threshold maximising accuracy (ties: the one nearest 0.5), halfway between two observed probabilities.</summary>
    public static double BestThreshold(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, probabilities.Count).OrderBy(i => probabilities[i]).ToArray();
        int positives = labels.Count(l => l);
        // Threshold below everything: all predicted positive.
        int correct = positives, best = correct;
        double bestThreshold = 0;
        for (int k = 0; k < order.Length; k++)
        {
            correct += labels[order[k]] ? -1 : 1; // item k now falls below the threshold
            if (k + 1 < order.Length && probabilities[order[k + 1]] == probabilities[order[k]]) continue;
            double t = k + 1 < order.Length ? (probabilities[order[k]] + probabilities[order[k + 1]]) / 2 : 1;
            if (correct > best || (correct == best && Math.Abs(t - 0.5) < Math.Abs(bestThreshold - 0.5)))
            {
                best = correct;
                bestThreshold = t;
            }
        }
        return bestThreshold;
    }

    private static (double[] Mean, double[] Scale, double[] Weights, double Bias) Fit(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double l2)
    {
        int n = x.Count, d = x[0].Length;
        var mean = new double[d];
        var scale = new double[d];
        foreach (var row in x) for (int j = 0; j < d; j++) mean[j] += row[j];
        for (int j = 0; j < d; j++) mean[j] /= n;
        foreach (var row in x) for (int j = 0; j < d; j++) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
        for (int j = 0; j < d; j++) { scale[j] = Math.Sqrt(scale[j] / n); if (scale[j] < 1e-9) scale[j] = 1; }

        var z = new double[n][];
        for (int i = 0; i < n; i++)
        {
            z[i] = new double[d + 1];
            for (int j = 0; j < d; j++) z[i][j] = (x[i][j] - mean[j]) / scale[j];
            z[i][d] = 1;
        }
        var w = new double[d + 1];
        for (int iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1, d + 1];
            for (int i = 0; i < n; i++)
            {
                double s = 0;
                for (int j = 0; j <= d; j++) s += w[j] * z[i][j];
                double p = 1 / (1 + Math.Exp(-s));
                double r = (y[i] ? 1 : 0) - p, v = p * (1 - p);
                for (int j = 0; j <= d; j++)
                {
                    gradient[j] += r * z[i][j];
                    for (int k = 0; k <= j; k++) hessian[j, k] += v * z[i][j] * z[i][k];
                }
            }
            for (int j = 0; j < d; j++) { gradient[j] -= l2 * w[j]; hessian[j, j] += l2; }
            for (int j = 0; j <= d; j++) for (int k = j + 1; k <= d; k++) hessian[j, k] = hessian[k, j];
            var step = SolveSymmetric(hessian, gradient);
            double change = 0;
            for (int j = 0; j <= d; j++) { w[j] += step[j]; change = Math.Max(change, Math.Abs(step[j])); }
            if (change < 1e-8) break;
        }
        return (mean, scale, w[..d], w[d]);
    }

    /// <summary>Solves H s = g for a symmetric positive-definite H (Cholesky).</summary>
    private static double[] SolveSymmetric(double[,] h, double[] g)
    {
        int n = g.Length;
        var l = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++)
            {
                double sum = h[i, j];
                for (int k = 0; k < j; k++) sum -= l[i, k] * l[j, k];
                l[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / l[j, j];
            }
        var t = new double[n];
        for (int i = 0; i < n; i++) { double sum = g[i]; for (int k = 0; k < i; k++) sum -= l[i, k] * t[k]; t[i] = sum / l[i, i]; }
        var s = new double[n];
        for (int i = n - 1; i >= 0; i--) { double sum = t[i]; for (int k = i + 1; k < n; k++) sum -= l[k, i] * s[k]; s[i] = sum / l[i, i]; }
        return s;
    }

    // ---- storage ----

    public JsonObject ToJson()
    {
        static JsonArray Numbers(double[] values) => new(values.Select(v => (JsonNode)JsonValue.Create(Math.Round(v, 8))!).ToArray());
        return new JsonObject
        {
            ["variant"] = Variant,
            ["trained_on"] = TrainedOn,
            ["threshold"] = Math.Round(Threshold, 8),
            ["bias"] = Math.Round(Bias, 8),
            ["features"] = new JsonArray(Features.Select(f => (JsonNode)JsonValue.Create(f)!).ToArray()),
            ["weights"] = Numbers(Weights),
            ["mean"] = Numbers(Mean),
            ["scale"] = Numbers(Scale),
        };
    }

    public static ParaphraseModel FromJson(JsonNode node)
    {
        double[] Numbers(string key) => node[key]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
        return new ParaphraseModel(node["variant"]!.GetValue<string>(), node["features"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray(),
            Numbers("mean"), Numbers("scale"), Numbers("weights"), node["bias"]!.GetValue<double>(), node["threshold"]!.GetValue<double>(),
            node["trained_on"]?.GetValue<string>() ?? "");
    }

    /// <summary>Writes the models of every variant as one JSON document (the bundled resource's format).</summary>
    public static string Write(IEnumerable<ParaphraseModel> models, string note)
    {
        var root = new JsonObject
        {
            ["note"] = note,
            ["models"] = new JsonArray(models.Select(m => (JsonNode)m.ToJson()).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    public static IReadOnlyList<ParaphraseModel> Read(string json) =>
        JsonNode.Parse(json)!["models"]!.AsArray().Select(m => FromJson(m!)).ToList();

    /// <summary>The bundled model of a variant ("wordnet" or "rules"), or null when the library was built without one.</summary>
    public static ParaphraseModel? Bundled(string variant) => bundled.Value.FirstOrDefault(m => m.Variant == variant);

    private static readonly Lazy<IReadOnlyList<ParaphraseModel>> bundled = new(() =>
    {
        if (!BundledResource.Exists(ResourceName)) return [];
        using var reader = new StreamReader(BundledResource.Open(ResourceName));
        return Read(reader.ReadToEnd());
    });

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Variant}: {Features.Length} features, threshold {Threshold:0.000}");
}
