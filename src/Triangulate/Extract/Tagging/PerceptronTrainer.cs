namespace Triangulate.Extract.Tagging;

/// <summary>
/// Trains a <see cref="SequenceModel"/> with the averaged structured perceptron (Collins 2002): decode each
/// training sentence with the current weights, and where the best sequence differs from the gold one, add
/// the gold features and subtract the predicted ones; the model keeps the average of the weights over all
/// steps. Deterministic: a fixed seed fixes the sentence order of every epoch, and the arithmetic runs on
/// one thread. Feature hashes become dense ids when a sentence is added, so the inner loop indexes flat
/// arrays (weights are features × labels) and never touches a dictionary.
/// </summary>
public sealed class PerceptronTrainer
{
    private readonly string[] labels;
    private readonly Dictionary<ulong, int> ids = [];
    private readonly List<ulong> keys = [];
    private readonly float[] constraints;

    private int[] features = new int[1 << 20];
    private int featureCount;
    private int[] tokenStarts = new int[1 << 16]; // feature offset of each token, plus one past the last
    private int tokenCount;
    private int[] gold = new int[1 << 16];
    private readonly List<(int FirstToken, int Length)> sentences = [];

    public PerceptronTrainer(IReadOnlyList<string> labels)
    {
        if (labels.Count > 255) throw new ArgumentException("at most 255 labels", nameof(labels));
        this.labels = labels.ToArray();
        constraints = Bilou.Constraints(this.labels);
    }

    public int SentenceCount => sentences.Count;
    public int TokenCount => tokenCount;
    public int DistinctFeatures => keys.Count;

    /// <summary>Adds one training sentence: its features (one run per token) and its gold label indices.</summary>
    public void Add(FeatureBuffer buffer, ReadOnlySpan<int> goldLabels)
    {
        int n = buffer.TokenCount;
        if (goldLabels.Length != n) throw new ArgumentException($"{goldLabels.Length} labels for {n} tokens");
        EnsureTokens(tokenCount + n + 1);
        if (featureCount + buffer.FeatureCount > features.Length)
            Array.Resize(ref features, Math.Max(features.Length * 2, featureCount + buffer.FeatureCount));
        sentences.Add((tokenCount, n));
        for (int t = 0; t < n; t++)
        {
            tokenStarts[tokenCount] = featureCount;
            foreach (ulong f in buffer.Of(t))
            {
                if (!ids.TryGetValue(f, out int id))
                {
                    id = keys.Count;
                    ids.Add(f, id);
                    keys.Add(f);
                }
                features[featureCount++] = id;
            }
            gold[tokenCount] = goldLabels[t];
            tokenCount++;
        }
        tokenStarts[tokenCount] = featureCount;
    }

    private void EnsureTokens(int needed)
    {
        if (needed <= tokenStarts.Length) return;
        int size = Math.Max(needed, tokenStarts.Length * 2);
        Array.Resize(ref tokenStarts, size);
        Array.Resize(ref gold, size);
    }

    /// <summary>
    /// Runs <paramref name="epochs"/> passes and returns the averaged model. Weights whose magnitude is below
    /// <paramref name="pruneBelow"/> are dropped (they change almost no decision and dominate the file size).
    /// </summary>
    public SequenceModel Train(int epochs, int seed, float pruneBelow, IReadOnlyDictionary<string, string> metadata, Action<string>? log = null)
    {
        int L = labels.Length;
        int F = keys.Count;
        var w = new float[(long)F * L is var size && size < int.MaxValue ? (int)size : throw new InvalidOperationException("too many features")];
        var u = new float[w.Length];
        int T = Viterbi.TransitionTableSize(L);
        var tw = new float[T];
        var tu = new float[T];
        var decodeTransitions = new float[T];
        int maxLen = 1;
        foreach (var s in sentences) maxLen = Math.Max(maxLen, s.Length);
        var scores = new float[maxLen * L];
        var predicted = new int[maxLen];
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        float c = 1;

        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0;
            var started = System.Diagnostics.Stopwatch.StartNew();
            foreach (int si in order)
            {
                var (first, n) = sentences[si];
                var sc = scores.AsSpan(0, n * L);
                sc.Clear();
                for (int t = 0; t < n; t++)
                {
                    var row = sc.Slice(t * L, L);
                    for (int k = tokenStarts[first + t]; k < tokenStarts[first + t + 1]; k++)
                    {
                        var wf = w.AsSpan(features[k] * L, L);
                        for (int y = 0; y < L; y++) row[y] += wf[y];
                    }
                }
                for (int i = 0; i < T; i++) decodeTransitions[i] = tw[i] + constraints[i];
                var pred = predicted.AsSpan(0, n);
                Viterbi.Decode(sc, decodeTransitions, L, pred);

                bool wrong = false;
                for (int t = 0; t < n; t++)
                {
                    int g = gold[first + t], p = pred[t];
                    if (g == p) continue;
                    wrong = true;
                    errors++;
                    for (int k = tokenStarts[first + t]; k < tokenStarts[first + t + 1]; k++)
                    {
                        int baseIndex = features[k] * L;
                        w[baseIndex + g] += 1; u[baseIndex + g] += c;
                        w[baseIndex + p] -= 1; u[baseIndex + p] -= c;
                    }
                }
                if (wrong)
                {
                    for (int t = 0; t <= n; t++)
                    {
                        int gPrev = t == 0 ? 0 : gold[first + t - 1] + 1, pPrev = t == 0 ? 0 : pred[t - 1] + 1;
                        int gIndex = t < n ? gPrev * L + gold[first + t] : (L + 1) * L + gold[first + n - 1];
                        int pIndex = t < n ? pPrev * L + pred[t] : (L + 1) * L + pred[n - 1];
                        if (gIndex == pIndex) continue;
                        tw[gIndex] += 1; tu[gIndex] += c;
                        tw[pIndex] -= 1; tu[pIndex] -= c;
                    }
                }
                c++;
            }
            log?.Invoke($"epoch {epoch}/{epochs}: {errors} token errors ({100.0 * errors / Math.Max(1, tokenCount):0.00}%), {started.Elapsed.TotalSeconds:0.0}s");
        }

        // Averaged weights: w − u/c (Daumé's trick: u accumulates each update times its step).
        for (int i = 0; i < w.Length; i++) w[i] -= u[i] / c;
        for (int i = 0; i < T; i++) tw[i] -= tu[i] / c;
        return Compact(w, tw, pruneBelow, metadata);
    }

    private SequenceModel Compact(float[] w, float[] transitions, float pruneBelow, IReadOnlyDictionary<string, string> metadata)
    {
        int L = labels.Length;
        float max = 0;
        foreach (var x in w) max = Math.Max(max, Math.Abs(x));
        float scale = max > 0 ? max / short.MaxValue : 1;
        float threshold = Math.Max(pruneBelow, scale / 2);

        var order = Enumerable.Range(0, keys.Count).Where(f => HasWeight(w, f, L, threshold)).ToArray();
        Array.Sort(order, (a, b) => keys[a].CompareTo(keys[b]));
        var sortedKeys = new ulong[order.Length];
        var starts = new int[order.Length + 1];
        var entryLabels = new List<byte>();
        var entryWeights = new List<short>();
        for (int i = 0; i < order.Length; i++)
        {
            int f = order[i];
            sortedKeys[i] = keys[f];
            for (int y = 0; y < L; y++)
            {
                float x = w[f * L + y];
                if (Math.Abs(x) < threshold) continue;
                entryLabels.Add((byte)y);
                entryWeights.Add((short)Math.Clamp(MathF.Round(x / scale), -short.MaxValue, short.MaxValue));
            }
            starts[i + 1] = entryLabels.Count;
        }
        return new SequenceModel(labels, sortedKeys, starts, entryLabels.ToArray(), entryWeights.ToArray(), scale, transitions, metadata);
    }

    private static bool HasWeight(float[] w, int f, int L, float threshold)
    {
        for (int y = 0; y < L; y++) if (Math.Abs(w[f * L + y]) >= threshold) return true;
        return false;
    }
}
