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
    /// <summary>
    /// Derivation inside <c>analyze</c>: each article compared in detail with its 6 nearest earlier reports (copies
    /// found by shingle LSH are always compared). Uncapped, a 50-article story of one event made 1,225 detailed
    /// comparisons and took 7.7 s; capped, the cost grows linearly with the story.
    /// </summary>
    public static DerivationOptions AnalyzeDerivation { get; } = DerivationOptions.Default with { MaxRewriteCandidates = 6 };

    /// <param name="timings">Receives the time each model took to load ("load:…"), when given.</param>
    public static PipelineBuilder Create(StageTimings? timings = null)
    {
        bool wordNet = LexicalResources.UseInstalled();
        LoadModels(timings);
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
            .AddStoryStage(new DerivationStage(new DerivationDetector(AnalyzeDerivation, new ModelSentenceSimilarity(SentenceSimilarity.Shared)), RewriteSignals.Default))
            .AddStoryStage(new QuoteAligner(Lemmatizer.Shared))
            .AddStoryStage(new ClaimAligner())
            .AddStoryStage(new BriefBuilder());
        if (!wordNet)
            foreach (var missing in LexicalResources.Status().Where(s => !s.Installed))
                builder.AddNotice($"{missing.Name} is not available ({missing.Detail}): {missing.Remedy}");
        return builder;
    }

    /// <summary>
    /// Loads the bundled models side by side before the stages ask for them one after another: on a short run
    /// (two articles) loading is most of the time, and the loads are independent. Each is a process-wide lazy
    /// singleton, so a stage that asks while its model is loading simply waits for it.
    /// </summary>
    private static void LoadModels(StageTimings? timings)
    {
        Action Load(string name, Func<object?> load) => () =>
        {
            long start = System.Diagnostics.Stopwatch.GetTimestamp();
            _ = load();
            timings?.Add("load:" + name, start);
        };
        Parallel.Invoke(
            Load("pos", () => PosTagger.Shared),
            Load("ner", () => EntityTagger.Shared),
            Load("titles", () => TitleLexicon.Shared),
            Load("similarity", () => SentenceSimilarity.Shared),
            Load("units", () => UnitTable.Shared),
            Load("quotes", () => QuoteLexicon.Shared),
            Load("quote-content", () => QuoteContentModel.Shared),
            Load("frequencies", () => WordFrequencies.English),
            Load("rewrite", () => RewriteSignals.Default));
    }
}
