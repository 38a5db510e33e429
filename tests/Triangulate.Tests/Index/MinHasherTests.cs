using Triangulate.Index;
using Triangulate.Text;

namespace Triangulate.Tests.Index;

public class MinHasherTests
{
    /// <summary>Two sets of well-mixed hashes with a chosen overlap: |A ∩ B| = shared, |A| = |B| = size.</summary>
    private static (ulong[] A, ulong[] B) Sets(int size, int shared, ulong seed)
    {
        var a = new ulong[size];
        var b = new ulong[size];
        for (int i = 0; i < size; i++)
        {
            a[i] = StableHash.Mix(seed + (ulong)i);
            b[i] = i < shared ? a[i] : StableHash.Mix(seed + 1_000_000 + (ulong)i);
        }
        return (a, b);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.2)]
    [InlineData(0.5)]
    [InlineData(0.8)]
    [InlineData(1.0)]
    public void Jaccard_estimate_is_within_tolerance(double jaccard)
    {
        // |A∩B| / |A∪B| = s / (2n − s) = J  ⇒  s = 2nJ / (1 + J).
        const int n = 600;
        int shared = (int)Math.Round(2 * n * jaccard / (1 + jaccard));
        double truth = (double)shared / (2 * n - shared);
        var hasher = new MinHasher(256);
        double totalError = 0;
        const int trials = 20;
        for (int t = 0; t < trials; t++)
        {
            var (a, b) = Sets(n, shared, (ulong)t * 7919);
            double estimate = MinHasher.Similarity(hasher.Sign(a), hasher.Sign(b));
            // One signature of 256 bins: standard error sqrt(J(1−J)/256) ≤ 0.031; allow four of them.
            Assert.InRange(estimate, truth - 0.125, truth + 0.125);
            totalError += estimate - truth;
        }
        Assert.InRange(totalError / trials, -0.03, 0.03); // unbiased on average
    }

    [Fact]
    public void Signature_is_deterministic_and_independent_of_shingle_order()
    {
        var (a, _) = Sets(300, 0, 42);
        var hasher = new MinHasher();
        var first = hasher.Sign(a);
        var reversed = a.Reverse().ToArray();
        Assert.Equal(first, hasher.Sign(reversed));
        Assert.Equal(first, new MinHasher().Sign(a));
    }

    [Fact]
    public void Few_shingles_still_fill_every_bin()
    {
        var (a, _) = Sets(10, 0, 3);
        var signature = new MinHasher(128).Sign(a);
        Assert.DoesNotContain(MinHasher.Empty, signature);
        Assert.Equal(1.0, MinHasher.Similarity(signature, new MinHasher(128).Sign(a)));
    }

    [Fact]
    public void Texts_without_shingles_are_similar_to_nothing()
    {
        var hasher = new MinHasher(64);
        var empty = hasher.Sign([]);
        Assert.All(empty, v => Assert.Equal(MinHasher.Empty, v));
        Assert.Equal(0, MinHasher.Similarity(empty, empty));
    }

    [Fact]
    public void Signature_size_must_be_a_power_of_two()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MinHasher(100));
        Assert.Contains("power of two", error.Message);
    }

    [Fact]
    public void Hashes_fed_one_at_a_time_in_any_order_sign_as_the_whole_set_does()
    {
        var hasher = new MinHasher(64);
        var (a, _) = Sets(300, 0, 7);
        var streamed = new uint[64];
        hasher.Begin(streamed);
        for (int i = a.Length - 1; i >= 0; i--) { hasher.Update(streamed, a[i]); hasher.Update(streamed, a[i]); }
        hasher.Complete(streamed);
        Assert.Equal(hasher.Sign(a), streamed);
        var none = new uint[64];
        hasher.Begin(none);
        hasher.Complete(none);
        Assert.Equal(hasher.Sign([]), none);
    }
}
