using BenchmarkDotNet.Attributes;
using Triangulate.Index;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Bench.Derivation;

/// <summary>Word 5-shingles of one news-length article (tokens given): the plain substring baseline against the span one.</summary>
[MemoryDiagnoser]
public class ShinglerBenchmarks
{
    private Token[] tokens = [];
    private ulong[] hashes = [];
    private int[] positions = [];
    private ulong[] shingles = [];

    [Params(600)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var doc = ArticleGenerator.Doc("a", new ArticleGenerator(7).Article(Words));
        tokens = doc.Tokens.AsSpan().ToArray();
        hashes = new ulong[tokens.Length];
        positions = new int[tokens.Length];
        shingles = new ulong[tokens.Length];
    }

    /// <summary>Baseline: each shingle as a string of five norms joined by spaces, then hashed.</summary>
    [Benchmark(Baseline = true)]
    public int Substring()
    {
        var words = new List<string>();
        foreach (var t in tokens) if (Shingler.IsWordToken(t)) words.Add(t.Text.ToLowerInvariant());
        var set = new List<ulong>();
        for (int i = 0; i + Shingler.DefaultSize <= words.Count; i++)
            set.Add(StableHash.Of(string.Join(' ', words.GetRange(i, Shingler.DefaultSize))));
        return set.Count;
    }

    /// <summary>Tuned: lexeme hashes computed once per word type, rolled into shingles with no allocation.</summary>
    [Benchmark]
    public int Span()
    {
        int n = Shingler.WordHashes(tokens, hashes, positions);
        return Shingler.Shingle(hashes.AsSpan(0, n), shingles);
    }
}
