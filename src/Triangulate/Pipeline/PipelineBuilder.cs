using Triangulate.Model;

namespace Triangulate.Pipeline;

/// <summary>
/// Assembles an <see cref="ArticlePipeline"/>: an editable list of stages, frozen by <see cref="Build"/>,
/// which checks that every layer a stage reads is added by a stage before it (spaCy's pipe analysis).
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IArticleStage> stages = [];

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
