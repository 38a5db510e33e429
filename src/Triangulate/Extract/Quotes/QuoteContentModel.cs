using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Triangulate.Resources;

namespace Triangulate.Extract.Quotes;

/// <summary>
/// Chooses the attributed content of a partial quote among candidates: the clause the cue governs ("said
/// [the deal was “a disaster”]"), the quoted words alone ("yelled [“You lie!”] at the president"), the clause
/// cut at the last quoted word, the rest of the sentence, or the whole sentence. Attribution corpora mark all of
/// these depending on the verb and the construction, so the choice is a multinomial logistic regression over
/// the quote's features crossed with the candidate, learned from PolNeAR train by <c>triangulate train
/// quotes</c> (weights in <c>quote-content.tsv</c>), not written as rules. Without weights, the clause.
/// </summary>
public sealed class QuoteContentModel
{
    public const string FileName = "quote-content.tsv";

    /// <summary>The candidate chosen when nothing else scores higher: the clause.</summary>
    public const string Default = "clause";

    private readonly FrozenDictionary<string, double> weights;

    public QuoteContentModel(IEnumerable<KeyValuePair<string, double>> weights) =>
        this.weights = weights.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A model that always keeps the clause.</summary>
    public static QuoteContentModel None { get; } = new([]);

    public static QuoteContentModel Shared => shared.Value;
    private static readonly Lazy<QuoteContentModel> shared = new(() => BundledResource.Exists(FileName) ? Parse(BundledResource.ReadLines(FileName)) : None);

    public int Count => weights.Count;

    public static QuoteContentModel Parse(IEnumerable<string> lines)
    {
        var w = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.LastIndexOf('\t');
            if (tab < 1) throw new InvalidDataException($"{FileName}: expected 'feature<TAB>weight' in '{line}'");
            w[line[..tab]] = double.Parse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        return new QuoteContentModel(w);
    }

    /// <summary>The score of <paramref name="candidate"/> given the quote's features (features are crossed with the candidate's name).</summary>
    public double Score(string candidate, IReadOnlyList<string> features)
    {
        double z = 0;
        foreach (var f in features) z += weights.GetValueOrDefault(candidate + "|" + f);
        return z;
    }

    /// <summary>Index of the best candidate; ties and an empty model keep the default (the clause).</summary>
    public int Choose(IReadOnlyList<string> candidates, IReadOnlyList<string> features)
    {
        int best = Math.Max(0, IndexOf(candidates, Default));
        if (weights.Count == 0) return best;
        double bestScore = Score(candidates[best], features);
        for (int i = 0; i < candidates.Count; i++)
        {
            double s = Score(candidates[i], features);
            if (s > bestScore) { best = i; bestScore = s; }
        }
        return best;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++) if (names[i] == name) return i;
        return -1;
    }

    /// <summary>
    /// Fits the weights by stochastic gradient descent on the softmax log loss over each example's candidates,
    /// with L2 regularisation, in a seeded order: the same examples always give the same model.
    /// </summary>
    public static QuoteContentModel Train(IReadOnlyList<(string[] Features, string[] Candidates, int Label)> examples, int epochs = 30, double rate = 0.05, double l2 = 1e-3)
    {
        var w = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(20261123);
        var scores = new double[16];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            double step = rate / (1 + epoch * 0.1);
            foreach (int k in order)
            {
                var (features, candidates, label) = examples[k];
                if (scores.Length < candidates.Length) scores = new double[candidates.Length];
                double max = double.NegativeInfinity;
                for (int c = 0; c < candidates.Length; c++)
                {
                    double z = 0;
                    foreach (var f in features) z += w.GetValueOrDefault(candidates[c] + "|" + f);
                    scores[c] = z;
                    max = Math.Max(max, z);
                }
                double sum = 0;
                for (int c = 0; c < candidates.Length; c++) sum += scores[c] = Math.Exp(scores[c] - max);
                for (int c = 0; c < candidates.Length; c++)
                {
                    double gradient = (c == label ? 1 : 0) - scores[c] / sum;
                    foreach (var f in features)
                    {
                        string key = candidates[c] + "|" + f;
                        double old = w.GetValueOrDefault(key);
                        w[key] = old + step * (gradient - l2 * old);
                    }
                }
            }
        }
        return new QuoteContentModel(w.Where(p => Math.Abs(p.Value) >= 1e-3));
    }

    public string Serialize(string header)
    {
        var sb = new StringBuilder(header);
        foreach (var (feature, weight) in weights.OrderBy(p => p.Key, StringComparer.Ordinal))
            sb.Append(feature).Append('\t').Append(weight.ToString("0.####", CultureInfo.InvariantCulture)).Append('\n');
        return sb.ToString();
    }
}
