using BenchmarkDotNet.Attributes;
using Triangulate.Index;
using Triangulate.Text;

namespace Triangulate.Bench.Derivation;

/// <summary>A 128-bin MinHash signature of one article's ~600 shingles: classic k hash functions against one-permutation hashing.</summary>
[MemoryDiagnoser]
public class MinHashBenchmarks
{
    private const int Size = 128;
    private ulong[] shingles = [];
    private readonly uint[] signature = new uint[Size];
    private readonly ulong[] seeds = Enumerable.Range(1, Size).Select(i => StableHash.Mix((ulong)i)).ToArray();
    private readonly MinHasher hasher = new(Size);

    [GlobalSetup]
    public void Setup() => shingles = Enumerable.Range(0, 600).Select(i => StableHash.Mix((ulong)i * 31)).ToArray();

    /// <summary>Baseline: one mixed hash per bin per shingle (128 × 600 mixes).</summary>
    [Benchmark(Baseline = true)]
    public uint Classic()
    {
        signature.AsSpan().Fill(uint.MaxValue);
        foreach (ulong h in shingles)
            for (int i = 0; i < Size; i++)
            {
                uint v = (uint)StableHash.Mix(h ^ seeds[i]);
                if (v < signature[i]) signature[i] = v;
            }
        return signature[0];
    }

    [Benchmark]
    public uint OnePermutation()
    {
        hasher.Sign(shingles, signature);
        return signature[0];
    }
}
