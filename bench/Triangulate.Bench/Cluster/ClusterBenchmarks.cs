using BenchmarkDotNet.Attributes;
using Triangulate.Cluster;
using Triangulate.Index;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Bench.Cluster;

/// <summary>
/// Story clustering of a generated news stream (<see cref="SyntheticNews"/>) at two lengths: the indexed online
/// clusterer beside a plain baseline that scores every open story (no index), the textbook single-pass
/// centroid clusterer. Per-article cost should stay flat for the first and grow with the stream for the second.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ClusterBenchmarks
{
    private ClusterInput[] inputs = [];

    [Params(2_000, 20_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => inputs = SyntheticNews.Inputs(SyntheticNews.Articles(Articles));

    [Benchmark(Description = "StoryClusterer (indexed)")]
    public int Indexed()
    {
        var clusterer = new StoryClusterer(ClusterOptions.Default with { RetainClosed = false });
        foreach (var input in inputs) clusterer.Add(input);
        return clusterer.OpenStories;
    }

    [Benchmark(Baseline = true, Description = "scan every story (baseline)")]
    public int ScanAll() => ScanAllClusterer.Run(inputs, ClusterOptions.Default.Threshold);
}

/// <summary>The term extraction an article goes through before clustering (tokens already made).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class TermExtractionBenchmarks
{
    private Doc[] docs = [];

    [GlobalSetup]
    public void Setup()
    {
        var segment = new SegmentStage(Tokenizer.Shared);
        docs = SyntheticNews.Articles(200).Select(a => segment.Run(new Doc(a))).ToArray();
    }

    [Benchmark(OperationsPerInvoke = 200)]
    public int Extract()
    {
        int terms = 0;
        foreach (var doc in docs) terms += TermExtractor.Shared.Extract(doc).Terms.Length;
        return terms;
    }
}

/// <summary>Delta-encoded postings: appending ids in order, and reading a list back.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class PostingsBenchmarks
{
    private Postings list = new();

    [GlobalSetup]
    public void Setup()
    {
        list = new Postings();
        for (int id = 0; id < 100_000; id += 7) list.Add(id);
    }

    [Benchmark]
    public int AppendInOrder()
    {
        var p = new Postings();
        for (int id = 0; id < 10_000; id++) p.Add(id * 3);
        return p.EncodedBytes;
    }

    [Benchmark]
    public long Enumerate()
    {
        long sum = 0;
        foreach (int id in list) sum += id;
        return sum;
    }
}

/// <summary>
/// The baseline: single-pass TF-IDF centroid clustering that compares each article with every story so far
/// (as the Python peer does, and as simple implementations do). Same weighting as the real clusterer.
/// </summary>
internal static class ScanAllClusterer
{
    public static int Run(ClusterInput[] inputs, double threshold)
    {
        var stats = new TermStatistics();
        var centroids = new List<Dictionary<ulong, double>>();
        var norms = new List<double>();
        var hashes = new ulong[4096];
        var texts = new string[4096];
        var entity = new bool[4096];
        var idf = new double[4096];
        var weights = new Dictionary<ulong, double>();
        foreach (var input in inputs)
        {
            int n = input.Terms.Length;
            for (int i = 0; i < n; i++) { hashes[i] = input.Terms[i].Hash; texts[i] = input.Terms[i].Text; entity[i] = false; }
            stats.Observe(hashes.AsSpan(0, n), texts.AsSpan(0, n), entity.AsSpan(0, n), idf.AsSpan(0, n));
            weights.Clear();
            double length = 0;
            for (int i = 0; i < n; i++)
            {
                double w = (1 + Math.Log(Math.Max(1, input.Terms[i].Count))) * idf[i];
                weights[hashes[i]] = w;
                length += w * w;
            }
            length = Math.Sqrt(length);
            int best = -1;
            double bestScore = 0;
            for (int c = 0; c < centroids.Count; c++)
            {
                var centroid = centroids[c];
                double dot = 0;
                foreach (var (t, w) in weights)
                    if (centroid.TryGetValue(t, out double x)) dot += w * x;
                double score = dot / length / Math.Sqrt(norms[c]);
                if (score > bestScore) { bestScore = score; best = c; }
            }
            if (best < 0 || bestScore < threshold)
            {
                best = centroids.Count;
                centroids.Add([]);
                norms.Add(0);
            }
            var target = centroids[best];
            double cross = 0;
            foreach (var (t, w) in weights)
            {
                double u = w / length;
                double x = target.GetValueOrDefault(t);
                cross += x * u;
                target[t] = x + u;
            }
            norms[best] += 2 * cross + 1;
        }
        return centroids.Count;
    }
}

/// <summary>
/// Per-article cost of the stream's story stage as the product runs it (<see cref="StoryTracker"/>): term extraction,
/// clustering, and derivation (profile, LSH candidates, full comparison of colliding pairs only), beside clustering
/// alone. Articles are segmented beforehand; the figures are per article (2,000 per invocation).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class StoryTrackerBenchmarks
{
    private const int Count = 2_000;
    private Doc[] docs = [];

    [GlobalSetup]
    public void Setup()
    {
        var segment = new SegmentStage(Tokenizer.Shared);
        docs = SyntheticNews.Articles(Count).Select(a => segment.Run(new Doc(a))).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "extract + cluster")]
    public int Cluster()
    {
        var tracker = new StoryTracker(new StoryClusterer(ClusterOptions.Default with { RetainClosed = false }));
        foreach (var doc in docs) tracker.Add(doc);
        return tracker.Clusterer.OpenStories;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "step: term extraction")]
    public int Extract()
    {
        int terms = 0;
        foreach (var doc in docs) terms += TermExtractor.Shared.Extract(doc).Terms.Length;
        return terms;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "step: derivation profile (signatures included)")]
    public long Profile()
    {
        long words = 0;
        foreach (var doc in docs) words += Detector.Profile(doc).WordCount;
        return words;
    }

    private static readonly Triangulate.Compare.Derivation.DerivationDetector Detector = new(Triangulate.Compare.Derivation.DerivationOptions.Stream);

    [Benchmark(OperationsPerInvoke = Count, Description = "extract + cluster + derivation")]
    public long ClusterAndDerive()
    {
        var tracker = new StoryTracker(new StoryClusterer(ClusterOptions.Default with { RetainClosed = false }),
            new Triangulate.Compare.Derivation.DerivationDetector(Triangulate.Compare.Derivation.DerivationOptions.Stream).CreateIndex());
        foreach (var doc in docs) tracker.Add(doc);
        return tracker.Derivation!.Comparisons;
    }
}
