using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Pipeline;

/// <summary>What to do when a stage fails on an article with something other than bad input (a bug).</summary>
public enum FailureMode
{
    /// <summary>Rethrow: tests and debugging.</summary>
    Throw,
    /// <summary>Set the article aside with an error naming the stage, and go on: a stream must not stop for one article.</summary>
    SetAside,
}

/// <summary>The outcome for one article: the analysed doc, or the error that set it aside.</summary>
public readonly record struct DocResult(Doc? Doc, InputError? Error);

/// <summary>
/// A frozen chain of article stages, built by <see cref="PipelineBuilder"/>. Runs one article at a time
/// (<see cref="Run(Article)"/>) or a batch in parallel keeping input order (<see cref="RunAll"/>).
/// </summary>
public sealed class ArticlePipeline
{
    private readonly IArticleStage[] stages;
    private readonly FailureMode failureMode;

    internal ArticlePipeline(IArticleStage[] stages, FailureMode failureMode)
    {
        this.stages = stages;
        this.failureMode = failureMode;
    }

    public IReadOnlyList<StageInfo> Stages => stages.Select(s => s.Info).ToArray();

    /// <summary>The layers every doc leaving this pipeline carries.</summary>
    public Layer Adds => stages.Aggregate(Layer.None, (acc, s) => acc | s.Info.Adds);

    public DocResult Run(Article article) => Run(article, null);

    /// <summary>Runs the stages over one article, adding each stage's time to <paramref name="timings"/> when given.</summary>
    public DocResult Run(Article article, StageTimings? timings)
    {
        var doc = new Doc(article);
        foreach (var stage in stages)
        {
            try
            {
                long start = System.Diagnostics.Stopwatch.GetTimestamp();
                doc = stage.Run(doc);
                timings?.Add(stage.Info.Name, start);
            }
            catch (InputException e)
            {
                return new DocResult(null, new InputError(article.Origin, stage.Info.Name, e.Code, e.Message) { ArticleId = article.Id, Offset = e.Offset });
            }
            catch (Exception e) when (failureMode == FailureMode.SetAside && e is not OperationCanceledException)
            {
                return new DocResult(null, new InputError(article.Origin, stage.Info.Name, "stage-failed",
                    $"stage failed: {e.GetType().Name}: {e.Message}") { ArticleId = article.Id });
            }
        }
        return new DocResult(doc, null);
    }

    /// <summary>Runs a batch on all cores; results come back in input order.</summary>
    public ImmutableArray<DocResult> RunAll(IReadOnlyList<Article> articles, CancellationToken cancel = default, StageTimings? timings = null)
    {
        var results = new DocResult[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancel }, i => results[i] = Run(articles[i], timings));
        return ImmutableArray.Create(results);
    }
}
