using BenchmarkDotNet.Attributes;
using Triangulate.Bench.Generators;
using Triangulate.Model;
using Triangulate.Pipeline;

namespace Triangulate.Bench;

/// <summary>The whole default pipeline on generated stories of a few sizes: article stages plus story stages.</summary>
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private List<Article> articles = [];
    private Analyzer analyzer = null!;

    [Params(2, 10, 50)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        articles = new StoryGenerator().Generate(Articles);
        analyzer = DefaultPipeline.Create().BuildAnalyzer();
        analyzer.Analyze(articles); // load lexical resources and models outside the measurement
    }

    [Benchmark]
    public int AnalyzeStory() => analyzer.Analyze(articles).Story.Claims.Length;
}
