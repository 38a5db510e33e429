using BenchmarkDotNet.Attributes;
using Triangulate.Bench.Generators;
using Triangulate.Compare.Similarity;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Resources;
using Triangulate.Text;
using Triangulate.Text.WordNet;

namespace Triangulate.Bench.Similarity;

/// <summary>
/// Sentence similarity on two generated ~1,000-word articles: preparing every sentence, and comparing every sentence
/// of one with every sentence of the other (the worst case for claim alignment, which compares candidate pairs only).
/// With WordNet when 'triangulate setup' has installed it in the resource home, and without.
/// </summary>
[MemoryDiagnoser]
public class SimilarityBenchmarks
{
    private Doc[] docs = [];
    private SentenceSimilarity similarity = null!;
    private PreparedSentence[] first = [], second = [];

    [Params(false, true)]
    public bool WordNet { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var articles = new StoryGenerator().Generate(2, words: 1000);
        var segment = new SegmentStage(Tokenizer.Shared);
        docs = articles.Select(a => segment.Run(new Doc(a))).ToArray();
        var wordNet = WordNet ? LexicalResources.WordNet ?? throw new InvalidOperationException("WordNet is not installed: run 'triangulate setup'") : null;
        similarity = SentenceSimilarity.Create(wordNet);
        first = PrepareAll(docs[0]);
        second = PrepareAll(docs[1]);
    }

    private PreparedSentence[] PrepareAll(Doc doc) =>
        Enumerable.Range(0, doc.Sentences.Length).Select(i => similarity.Prepare(SimilarityInput.Of(doc, i))).ToArray();

    [Benchmark]
    public int PrepareBothArticles() => PrepareAll(docs[0]).Length + PrepareAll(docs[1]).Length;

    [Benchmark]
    public int CompareAllSentencePairs()
    {
        int same = 0;
        foreach (var a in first)
            foreach (var b in second)
                if (similarity.Compare(a, b).SameMeaning) same++;
        return same;
    }

    [Benchmark]
    public int OpenWordNetCacheAndLookUp()
    {
        if (!WordNet) return 0;
        var wn = WordNetDictionary.Load(WordNetInstaller.CachePath(LexicalResources.Home));
        return wn.Synsets("exchange").Count;
    }
}
