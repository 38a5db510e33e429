using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Triangulate.Resources;

namespace Triangulate.Extract.Quotes;

/// <summary>
/// Logistic regression that decides whether a partial quote's attributed content is the writer's clause ("said
/// the deal was “a disaster”") or just the quoted words ("yelled “You lie!” at the president"). Attribution
/// corpora annotate both ways depending on the verb and the construction, so the choice is learned from
/// PolNeAR train by <c>triangulate train quotes</c> (weights in <c>quote-content.tsv</c>), not written as rules.
/// Without the resource, the clause is always chosen.
/// </summary>
public sealed class QuoteContentModel
{
    public const string FileName = "quote-content.tsv";

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

    public double Probability(IReadOnlyList<string> features)
    {
        if (weights.Count == 0) return 0;
        double z = 0;
        foreach (var f in features) z += weights.GetValueOrDefault(f);
        return 1 / (1 + Math.Exp(-z));
    }

    public bool PrefersQuotedWords(IReadOnlyList<string> features) => Probability(features) > 0.5;

    /// <summary>
    /// Fits the weights by stochastic gradient descent on the log loss with L2 regularisation, in a fixed order
    /// with a seeded shuffle, so the same examples always give the same model.
    /// </summary>
    public static QuoteContentModel Train(IReadOnlyList<(string[] Features, bool QuotedWords)> examples, int epochs = 30, double rate = 0.05, double l2 = 1e-3)
    {
        var w = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(20261123);
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            double step = rate / (1 + epoch * 0.1);
            foreach (int k in order)
            {
                var (features, label) = examples[k];
                double z = 0;
                foreach (var f in features) z += w.GetValueOrDefault(f);
                double gradient = (label ? 1 : 0) - 1 / (1 + Math.Exp(-z));
                foreach (var f in features)
                {
                    double old = w.GetValueOrDefault(f);
                    w[f] = old + step * (gradient - l2 * old);
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
