using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Pipeline;

/// <summary>
/// Assembles the pipeline in one place: an editable list of article stages and of story stages, frozen
/// by <see cref="Build"/> or <see cref="BuildAnalyzer"/>, which check that every layer a stage reads is
/// added by a stage before it (spaCy's pipe analysis). <see cref="DefaultPipeline"/> fills one with the
/// standard stages.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IArticleStage> stages = [];
    private readonly List<IStoryStage> storyStages = [];
    private readonly List<string> notices = [];

    public FailureMode FailureMode { get; set; } = FailureMode.SetAside;

    public IReadOnlyList<IArticleStage> Stages => stages;

    public PipelineBuilder Add(IArticleStage stage)
    {
        if (stages.Any(s => s.Info.Name == stage.Info.Name))
            throw new InvalidOperationException($"a stage named '{stage.Info.Name}' is already in the pipeline");
        stages.Add(stage);
        return this;
    }

    /// <summary>Inserts <paramref name="stage"/> right after the stage named <paramref name="after"/>.</summary>
    public PipelineBuilder InsertAfter(string after, IArticleStage stage)
    {
        int i = stages.FindIndex(s => s.Info.Name == after);
        if (i < 0) throw new InvalidOperationException($"no stage named '{after}' to insert '{stage.Info.Name}' after");
        stages.Insert(i + 1, stage);
        return this;
    }

    public PipelineBuilder Remove(string name)
    {
        stages.RemoveAll(s => s.Info.Name == name);
        return this;
    }

    /// <summary>Removes every article stage after the one named <paramref name="name"/>: a command that shows one
    /// stage's output (quotes, quantities) runs what that stage needs and no more.</summary>
    public PipelineBuilder Until(string name)
    {
        int i = stages.FindIndex(s => s.Info.Name == name);
        if (i < 0) throw new InvalidOperationException($"no stage named '{name}' in the pipeline");
        stages.RemoveRange(i + 1, stages.Count - i - 1);
        return this;
    }

    public IReadOnlyList<IStoryStage> StoryStages => storyStages;

    public PipelineBuilder AddStoryStage(IStoryStage stage)
    {
        if (storyStages.Any(s => s.Name == stage.Name))
            throw new InvalidOperationException($"a story stage named '{stage.Name}' is already in the pipeline");
        storyStages.Add(stage);
        return this;
    }

    /// <summary>Something the user should be told about the assembled pipeline (a resource that is missing).</summary>
    public PipelineBuilder AddNotice(string notice)
    {
        notices.Add(notice);
        return this;
    }

    public IReadOnlyList<string> Notices => notices;

    public Analyzer BuildAnalyzer() => new(Build(), storyStages.ToArray(), notices.ToImmutableArray());

    public ArticlePipeline Build()
    {
        var available = Layer.None;
        foreach (var stage in stages)
        {
            var missing = stage.Info.Reads & ~available;
            if (missing != Layer.None)
                throw new InvalidOperationException(
                    $"stage '{stage.Info.Name}' reads {missing}, which no earlier stage adds; stages: {string.Join(" → ", stages.Select(s => s.Info.Name))}");
            available |= stage.Info.Adds;
        }
        return new ArticlePipeline(stages.ToArray(), FailureMode);
    }
}
