using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Model.Story;

namespace Triangulate.Pipeline;

/// <summary>A story's analysis and the inputs set aside on the way.</summary>
public sealed record AnalysisResult(StoryAnalysis Story, ImmutableArray<InputError> Errors);

/// <summary>
/// Analyses the articles of one story: each article through the article pipeline (in parallel), then the
/// story stages in order over all of them. Built by <see cref="PipelineBuilder.BuildAnalyzer"/>.
/// </summary>
public sealed class Analyzer
{
    private readonly IStoryStage[] storyStages;

    internal Analyzer(ArticlePipeline articles, IStoryStage[] storyStages, ImmutableArray<string> notices)
    {
        Articles = articles;
        this.storyStages = storyStages;
        Notices = notices;
    }

    public ArticlePipeline Articles { get; }
    public IReadOnlyList<string> StoryStages => storyStages.Select(s => s.Name).ToArray();

    /// <summary>What the user should know about this analyzer (a lexical resource missing, say).</summary>
    public ImmutableArray<string> Notices { get; }

    /// <summary>Time per stage over every <see cref="Analyze"/> call of this analyzer.</summary>
    public StageTimings Timings { get; } = new();

    public AnalysisResult Analyze(IReadOnlyList<Article> articles, CancellationToken cancel = default)
    {
        var results = Articles.RunAll(articles, cancel, Timings);
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!).ToImmutableArray();
        var docs = results.Where(r => r.Doc is not null).Select(r => r.Doc!).ToList();
        var story = new StoryAnalysis { Docs = InStoryOrder(docs), Notices = Notices };
        foreach (var stage in storyStages)
        {
            cancel.ThrowIfCancellationRequested();
            long start = System.Diagnostics.Stopwatch.GetTimestamp();
            story = stage.Run(story);
            Timings.Add("story:" + stage.Name, start);
        }
        return new AnalysisResult(story, errors);
    }

    /// <summary>Publication order; articles without a date keep their input order, after the dated ones.</summary>
    public static ImmutableArray<Doc> InStoryOrder(IReadOnlyList<Doc> docs) =>
        docs.Select((d, i) => (Doc: d, Index: i))
            .OrderBy(x => x.Doc.Article.Published is null ? 1 : 0)
            .ThenBy(x => x.Doc.Article.Published)
            .ThenBy(x => x.Index)
            .Select(x => x.Doc)
            .ToImmutableArray();
}
