using Triangulate.Compare.Claims;
using Triangulate.Compare.Entities;
using Triangulate.Compare.Quotes;
using Triangulate.Extract.Claims;
using Triangulate.Extract.Quotes;
using Triangulate.Report;
using Triangulate.Text;

namespace Triangulate.Pipeline;

/// <summary>
/// The standard stages, in order. Article stages: segment → quotes → claims. Story stages: resolve (entities
/// across articles) → quotes → claims → brief. This is the one place the default pipeline is written
/// down; the CLI, tests and benchmarks all start from it.
/// </summary>
public static class DefaultPipeline
{
    public static PipelineBuilder Create()
    {
        var builder = new PipelineBuilder()
            .Add(new SegmentStage(Tokenizer.Shared))
            .Add(new QuoteStage())
            .Add(new ClaimExtractor(Lemmatizer.Shared));
        builder
            .AddStoryStage(new EntityResolver())
            .AddStoryStage(new QuoteAligner(Lemmatizer.Shared))
            .AddStoryStage(new ClaimAligner())
            .AddStoryStage(new BriefBuilder());
        return builder;
    }
}
