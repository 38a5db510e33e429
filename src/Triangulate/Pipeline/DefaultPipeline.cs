using Triangulate.Compare.Claims;
using Triangulate.Compare.Derivation;
using Triangulate.Compare.Entities;
using Triangulate.Compare.Quotes;
using Triangulate.Compare.Similarity;
using Triangulate.Extract.Claims;
using Triangulate.Extract.Entities;
using Triangulate.Extract.Quantities;
using Triangulate.Extract.Quotes;
using Triangulate.Extract.Tags;
using Triangulate.Report;
using Triangulate.Resources;
using Triangulate.Text;

namespace Triangulate.Pipeline;

/// <summary>
/// The standard stages, in order. Article stages: segment → tags → entities → references → quantities → quotes
/// → claims.
/// Story stages: resolve (entities across articles) → derivation (copies and rewrites, set aside) → quotes
/// → claims → brief. This is the one place the default pipeline is written down; the CLI, tests and
/// benchmarks all start from it. It uses the lexical resources 'triangulate setup' installed, and says so
/// in a notice when they are missing.
/// </summary>
public static class DefaultPipeline
{
    public static PipelineBuilder Create()
    {
        bool wordNet = LexicalResources.UseInstalled();
        var builder = new PipelineBuilder()
            .Add(new SegmentStage(Tokenizer.Shared))
            .Add(new TagsStage())
            .Add(new EntitiesStage())
            .Add(new DefiniteReferenceStage())
            .Add(new QuantityStage())
            .Add(new QuoteStage())
            .Add(new ClaimExtractor(Lemmatizer.Shared, StanceLexicon.Create(LexicalResources.WordNet)));
        builder
            .AddStoryStage(new EntityResolver())
            .AddStoryStage(new DerivationStage(new DerivationDetector(similarity: new ModelSentenceSimilarity(SentenceSimilarity.Shared)), RewriteSignals.Default))
            .AddStoryStage(new QuoteAligner(Lemmatizer.Shared))
            .AddStoryStage(new ClaimAligner())
            .AddStoryStage(new BriefBuilder());
        if (!wordNet)
            foreach (var missing in LexicalResources.Status().Where(s => !s.Installed))
                builder.AddNotice($"{missing.Name} is not available ({missing.Detail}): {missing.Remedy}");
        return builder;
    }
}
