using Triangulate.Cluster;
using Triangulate.Index;

namespace Triangulate.Tests.Cluster;

public sealed class TermVectorTests
{
    private static TermStatistics Uniform(params ulong[] terms)
    {
        // Every term seen once: equal IDF, so weights order as masses do.
        var stats = new TermStatistics();
        stats.Observe(terms, terms.Select(t => t.ToString()).ToArray(), new bool[terms.Length], new double[terms.Length]);
        return stats;
    }

    [Fact]
    public void Adding_merges_sorted_terms_and_sums_shared_masses()
    {
        var v = new TermVector(0);
        v.Add([2UL, 5UL, 9UL], [1f, 1f, 1f]);
        v.Add([1UL, 5UL, 12UL], [0.5f, 2f, 0.25f]);
        Assert.Equal([1UL, 2UL, 5UL, 9UL, 12UL], v.Terms.ToArray());
        Assert.Equal([0.5f, 1f, 3f, 1f, 0.25f], v.Mass.ToArray());
        Assert.Equal(3 * 2.0 + 1 * 0.5, v.Dot([1UL, 5UL, 7UL], [1f, 2f, 100f]), 6);
    }

    [Fact]
    public void Top_and_prune_keep_the_heaviest_terms_in_hash_order()
    {
        var stats = Uniform(1, 2, 3, 4, 5, 6);
        var v = new TermVector(0);
        v.Add([1UL, 2UL, 3UL, 4UL, 5UL, 6UL], [0.1f, 0.9f, 0.3f, 0.8f, 0.2f, 0.7f]);
        var top = new ulong[3];
        Assert.Equal(3, v.Top(3, stats, 1, top));
        Assert.Equal([2UL, 4UL, 6UL], top);
        v.Prune(2, stats, 1);
        Assert.Equal([2UL, 4UL], v.Terms.ToArray());
        Assert.Equal(v.Norm, Math.Sqrt(v.Weights(stats, 1).ToArray().Sum(w => (double)w * w)), 5);
    }
}
