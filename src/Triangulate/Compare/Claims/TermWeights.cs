namespace Triangulate.Compare.Claims;

/// <summary>
/// Inverse document frequency of claim terms within one story, and the weighted similarity of two claims:
/// a Dice coefficient over their keys (terms and entities) where each key counts by its IDF, so that
/// "ceasefire" matters more than "said".
/// </summary>
public sealed class TermWeights
{
    private readonly Dictionary<string, double> idf;
    private readonly double defaultIdf;

    private TermWeights(Dictionary<string, double> idf, double defaultIdf)
    {
        this.idf = idf;
        this.defaultIdf = defaultIdf;
    }

    public static TermWeights From(IReadOnlyList<ClaimItem> items)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
            foreach (var key in item.Keys) df[key] = df.GetValueOrDefault(key) + 1;
        int n = Math.Max(1, items.Count);
        // ln(1 + N/df) rather than ln(N/df): in a two-article story every shared term has df = N, and the
        // plain form would weigh exactly the agreeing words at zero.
        var idf = df.ToDictionary(kv => kv.Key, kv => Math.Log(1 + (double)n / kv.Value), StringComparer.Ordinal);
        return new TermWeights(idf, Math.Log(1 + (double)n));
    }

    public double Weight(string key) => idf.GetValueOrDefault(key, defaultIdf);

    /// <summary>The weight of a key some claim of the story holds, or 0 for any other word.</summary>
    public double WeightIfKnown(string key) => idf.GetValueOrDefault(key);

    public double Similarity(ClaimItem a, ClaimItem b)
    {
        double shared = 0, total = 0;
        var keysB = b.Keys;
        foreach (var key in a.Keys)
        {
            double w = Weight(key);
            total += w;
            if (keysB.Contains(key)) shared += w;
        }
        foreach (var key in keysB) total += Weight(key);
        return total == 0 ? 0 : 2 * shared / total;
    }
}
