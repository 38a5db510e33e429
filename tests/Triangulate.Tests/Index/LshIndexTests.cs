using Triangulate.Index;
using Triangulate.Text;

namespace Triangulate.Tests.Index;

public class LshIndexTests
{
    private static uint[] Signature(MinHasher hasher, int from, int count)
    {
        var set = new ulong[count];
        for (int i = 0; i < count; i++) set[i] = StableHash.Mix((ulong)(from + i));
        return hasher.Sign(set);
    }

    [Fact]
    public void Near_duplicates_are_candidates_and_unrelated_texts_are_not()
    {
        var hasher = new MinHasher(128);
        var index = new LshIndex(42, 3);
        index.Add(0, Signature(hasher, 0, 500));        // original
        index.Add(1, Signature(hasher, 10_000, 500));   // unrelated
        var candidates = new List<int>();
        index.Query(Signature(hasher, 50, 500), candidates); // 450 of 550 shared: J ≈ 0.82
        Assert.Equal([0], candidates);
        index.Query(Signature(hasher, 20_000, 500), candidates);
        Assert.Empty(candidates);
    }

    [Fact]
    public void Candidate_rate_follows_the_banding_curve()
    {
        var hasher = new MinHasher(128);
        var index = new LshIndex(42, 3);
        // 200 pairs at J = 1/3 (250 shared of 750): expected rate 1 − (1 − J³)^42 ≈ 0.82.
        var candidates = new List<int>();
        int found = 0;
        for (int p = 0; p < 200; p++)
        {
            int origin = p * 10_000;
            index.Add(p, Signature(hasher, origin, 500));
            index.Query(Signature(hasher, origin + 250, 500), candidates);
            if (candidates.Contains(p)) found++;
        }
        double expected = index.CandidateProbability(1.0 / 3);
        Assert.InRange(found / 200.0, expected - 0.1, expected + 0.1);
    }

    [Fact]
    public void Queries_return_each_candidate_once_in_ascending_order()
    {
        var hasher = new MinHasher(128);
        var index = new LshIndex(32, 4);
        var same = Signature(hasher, 0, 300);
        for (int id = 5; id >= 0; id--) index.Add(id, same);
        var candidates = new List<int>();
        index.Query(same, candidates);
        Assert.Equal([0, 1, 2, 3, 4, 5], candidates);
        Assert.Equal(6, index.Count);
    }

    [Fact]
    public void Compaction_drops_released_texts_and_keeps_the_rest_findable()
    {
        var hasher = new MinHasher(128);
        var index = new LshIndex(42, 3);
        var same = Signature(hasher, 0, 300);
        for (int id = 0; id < 10; id++) index.Add(id, same);
        index.Add(10, Signature(hasher, 50_000, 300));
        int before = index.Postings;
        index.Compact(id => id % 2 == 0);
        Assert.True(index.Postings < before * 2 / 3, $"{index.Postings} of {before} postings left");
        var candidates = new List<int>();
        index.Query(same, candidates);
        Assert.Equal([0, 2, 4, 6, 8], candidates);
        index.Add(11, same);   // the index keeps working after a rebuild
        index.Query(same, candidates);
        Assert.Equal([0, 2, 4, 6, 8, 11], candidates);
        index.Query(Signature(hasher, 50_000, 300), candidates);
        Assert.Equal([10], candidates);
    }

    [Fact]
    public void Empty_signatures_are_not_indexed()
    {
        var hasher = new MinHasher(128);
        var index = new LshIndex(42, 3);
        index.Add(0, hasher.Sign([]));
        var candidates = new List<int>();
        index.Query(hasher.Sign([]), candidates);
        Assert.Empty(candidates);
    }

    [Fact]
    public void Short_signatures_are_refused_with_the_sizes()
    {
        var index = new LshIndex(42, 3);
        var error = Assert.Throws<ArgumentException>(() => index.Add(0, new uint[64]));
        Assert.Contains("126", error.Message);
    }
}
