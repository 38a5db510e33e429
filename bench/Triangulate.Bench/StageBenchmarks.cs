using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Triangulate.Bench.Generators;
using Triangulate.Model;
using Triangulate.Model.Story;
using Triangulate.Pipeline;

namespace Triangulate.Bench;

/// <summary>
/// Each stage of the default pipeline alone, per article: article stages on docs that carry what the stages
/// before them add, story stages on a story analysed up to them, both over one generated 20-article story
/// (BenchmarkDotNet divides by the articles, so every row reads as cost per article).
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private const int Articles = 20;
    private IArticleStage? articleStage;
    private IStoryStage? storyStage;
    private Doc[] docs = [];
    private StoryAnalysis story = null!;

    public static IEnumerable<string> StageNames =>
    [
        "segment", "tags", "entities", "references", "quantities", "quotes", "claims",
        "story:resolve", "story:derivation", "story:quotes", "story:claims", "story:brief",
    ];

    [ParamsSource(nameof(StageNames))]
    public string Stage { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var builder = DefaultPipeline.Create();
        var articles = new StoryGenerator().Generate(Articles);
        if (!Stage.StartsWith("story:", StringComparison.Ordinal))
        {
            var stages = builder.Stages.ToList();
            int at = stages.FindIndex(s => s.Info.Name == Stage);
            articleStage = stages[at];
            docs = articles.Select(a => stages.Take(at).Aggregate(new Doc(a), (doc, s) => s.Run(doc))).ToArray();
            return;
        }
        var pipeline = builder.Build();
        var analysed = articles.Select(a => pipeline.Run(a).Doc!).ToList();
        story = new StoryAnalysis { Docs = Analyzer.InStoryOrder(analysed) };
        foreach (var s in builder.StoryStages)
        {
            if ("story:" + s.Name == Stage) { storyStage = s; break; }
            story = s.Run(story);
        }
        storyStage!.Run(story); // warm
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Run()
    {
        if (storyStage is not null) return storyStage.Run(story).Docs.Length;
        int n = 0;
        foreach (var doc in docs) n += articleStage!.Run(doc).Tokens.Count;
        return n;
    }
}
