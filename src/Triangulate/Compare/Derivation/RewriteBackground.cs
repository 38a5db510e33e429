using System.Globalization;
using Triangulate.Resources;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// How human-written news scores on each article-level rewrite statistic: quantiles measured by
/// <c>triangulate eval derivation --write-background</c> over PolNeAR train articles (US political news, 2015–16,
/// before language-model rewriting was common). A statistic's strength is the share of those articles it exceeds,
/// so "0.97" means "more marked than 97% of the human background". Bundled as rewrite-background.tsv.
/// </summary>
public sealed class RewriteBackground
{
    public const string ResourceName = "rewrite-background.tsv";

    private readonly Dictionary<string, double[]> quantiles;

    public RewriteBackground(Dictionary<string, double[]> quantiles, string source)
    {
        this.quantiles = quantiles;
        Source = source;
    }

    /// <summary>The bundled background, or null when the library was built without it.</summary>
    public static RewriteBackground? Bundled => bundled.Value;
    private static readonly Lazy<RewriteBackground?> bundled = new(() => BundledResource.Exists(ResourceName) ? Parse(BundledResource.ReadLines(ResourceName), "bundled " + ResourceName) : null);

    public string Source { get; }

    public bool Has(string statistic) => quantiles.ContainsKey(statistic);

    /// <summary>Share of background articles whose statistic is below <paramref name="value"/> (interpolated between quantiles).</summary>
    public double ShareBelow(string statistic, double value)
    {
        if (!quantiles.TryGetValue(statistic, out var q) || q.Length < 2) return double.NaN;
        if (value <= q[0]) return 0;
        if (value >= q[^1]) return 1;
        int i = Array.BinarySearch(q, value);
        if (i >= 0)
        {
            // Ties: the middle of the run of equal quantiles.
            int lo = i, hi = i;
            while (lo > 0 && q[lo - 1] == value) lo--;
            while (hi < q.Length - 1 && q[hi + 1] == value) hi++;
            return (lo + hi) / 2.0 / (q.Length - 1);
        }
        i = ~i;
        double t = (value - q[i - 1]) / (q[i] - q[i - 1]);
        return (i - 1 + t) / (q.Length - 1);
    }

    /// <summary>Lines "statistic\tq0\tq1\t…\tq100" (equally spaced quantiles); '#' lines are comments.</summary>
    public static RewriteBackground Parse(IEnumerable<string> lines, string source)
    {
        var map = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            map[cells[0]] = cells.Skip(1).Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        }
        return new RewriteBackground(map, source);
    }

    /// <summary>Quantile lines for <paramref name="values"/> (21 quantiles: every 5%).</summary>
    public static string Line(string statistic, IReadOnlyList<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        var cells = new List<string> { statistic };
        for (int k = 0; k <= 20; k++)
        {
            double pos = k / 20.0 * (sorted.Length - 1);
            int lo = (int)Math.Floor(pos), hi = (int)Math.Ceiling(pos);
            double v = sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
            cells.Add(v.ToString("0.#####", CultureInfo.InvariantCulture));
        }
        return string.Join('\t', cells);
    }
}
