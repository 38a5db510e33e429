using BenchmarkDotNet.Attributes;
using Triangulate.Compare.Derivation;
using Triangulate.Index;
using Triangulate.Model;
using Triangulate.Model.Story;

namespace Triangulate.Bench.Derivation;

/// <summary>
/// The per-article and per-pair costs of derivation on generated news-length (~600-word) articles: the signature
/// (profile) of one article, the detailed comparison of a near-copy pair and of a same-story independent pair,
/// one LSH query against 10,000 indexed signatures, and the whole stream step (profile, candidates, compare,
/// index) over 2,000 articles of which a fifth are copies and a fifth share a story.
/// </summary>
[MemoryDiagnoser]
public class DerivationBenchmarks
{
    private readonly DerivationDetector detector = new();
    private Doc article = null!;
    private DerivationProfile original = null!, copy = null!, sameStory = null!;
    private LshIndex lsh = null!;
    private uint[][] queries = [];
    private readonly List<int> candidates = [];
    private int next;
    private Doc[] stream = [];
    private string[] stories = [];

    [GlobalSetup]
    public void Setup()
    {
        var g = new ArticleGenerator(11);
        var topic = g.Topic();
        string text = g.Article(600, topic);
        article = ArticleGenerator.Doc("a", text);
        original = detector.Profile(article);
        copy = detector.Profile(ArticleGenerator.Doc("b", g.NearCopy(text)));
        sameStory = detector.Profile(ArticleGenerator.Doc("c", g.Article(600, topic)));

        lsh = new LshIndex(detector.Options.CopyBands, detector.Options.CopyRows);
        var hasher = new MinHasher(detector.Options.CopySignatureSize);
        var random = new Random(3);
        for (int i = 0; i < 10_000; i++)
            lsh.Add(i, hasher.Sign(Enumerable.Range(0, 600).Select(_ => (ulong)random.NextInt64()).ToArray()));
        queries = Enumerable.Range(0, 1024).Select(_ => hasher.Sign(Enumerable.Range(0, 600).Select(_ => (ulong)random.NextInt64()).ToArray())).ToArray();

        // Stories as the clusterer would give them: a copy joins its original's story, a topical article its topic's.
        var docs = new List<Doc>();
        var texts = new List<string>();
        var storyOf = new List<string>();
        var topics = Enumerable.Range(0, 100).Select(_ => g.Topic()).ToArray();
        for (int i = 0; i < 2000; i++)
        {
            double u = random.NextDouble();
            string t, story;
            if (u < 0.2 && texts.Count > 0) { int k = random.Next(texts.Count); t = g.NearCopy(texts[k]); story = storyOf[k]; }
            else if (u < 0.4) { int k = random.Next(topics.Length); t = g.Article(600, topics[k]); story = "topic" + k; }
            else { t = g.Article(600); story = "own" + i; }
            texts.Add(t);
            storyOf.Add(story);
            docs.Add(ArticleGenerator.Doc("s" + i, t));
        }
        stream = [.. docs];
        stories = [.. storyOf];
    }

    [Benchmark]
    public int Profile() => detector.Profile(article).WordCount;

    [Benchmark]
    public DerivationKind CompareNearCopy() => detector.Compare(original, copy).Kind;

    [Benchmark]
    public DerivationKind CompareSameStory() => detector.Compare(original, sameStory).Kind;

    /// <summary>The same pair as a stream compares it: the verdict only, no evidence for an independent pair.</summary>
    [Benchmark]
    public bool StreamCompareSameStory() => detector.CompareIfDerived(original, sameStory) is null;

    [Benchmark]
    public bool StreamCompareNearCopy() => detector.CompareIfDerived(original, copy) is null;

    [Benchmark]
    public int LshQuery()
    {
        var q = queries[next++ & 1023];
        lsh.Query(q, candidates);
        return candidates.Count;
    }

    /// <summary>Whole stream step per article (reported per article): profile, copy candidates stream-wide, rewrite
    /// candidates within the story, detailed comparison of each candidate, indexing.</summary>
    [Benchmark(OperationsPerInvoke = 2000)]
    public long Stream()
    {
        var index = detector.CreateIndex();
        for (int i = 0; i < stream.Length; i++) index.Add(stream[i], stories[i]);
        return index.Comparisons;
    }
}
