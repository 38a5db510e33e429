using Triangulate.Index;
using Triangulate.Cluster;

namespace Triangulate.Tests.Cluster;

public sealed class SelectionTests
{
    [Fact]
    public void Kth_largest_matches_a_full_sort_whichever_way_it_is_found()
    {
        // Few distinct values, as candidate supports are: ties at the cut are the common case.
        var rng = new Random(7);
        foreach (int n in new[] { 1, 5, 24, 96, 170, 300 })
        {
            var values = Enumerable.Range(0, n).Select(_ => (double)rng.Next(6)).ToArray();
            var sorted = values.OrderByDescending(v => v).ToArray();
            for (int k = 1; k <= n; k++) Assert.Equal(sorted[k - 1], Selection.KthLargest<double>(values, k));
        }
    }

    [Fact]
    public void Dot_through_term_positions_equals_the_sorted_merge_bit_for_bit()
    {
        var rng = new Random(11);
        var v = new TermVector(0);
        var storyTerms = Enumerable.Range(0, 200).Select(_ => (ulong)rng.NextInt64()).Distinct().Order().ToArray();
        v.Add(storyTerms, storyTerms.Select(_ => (float)rng.NextDouble()).ToArray());
        var query = storyTerms.Where((_, i) => i % 3 == 0).Concat(Enumerable.Range(0, 60).Select(_ => (ulong)rng.NextInt64())).Distinct().Order().ToArray();
        var weights = query.Select(_ => (float)rng.NextDouble()).ToArray();
        var positions = new HashPositions();
        positions.Build(query);
        Assert.Equal(v.Dot(query, weights), v.Dot(positions, weights));
        Assert.Equal(-1, positions.IndexOf(storyTerms.First(t => Array.BinarySearch(query, t) < 0)));
    }
}
