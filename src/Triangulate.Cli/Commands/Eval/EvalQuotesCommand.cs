using System.CommandLine;
using Triangulate.Eval;
using Triangulate.Extract.Quotes;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Cli.Commands.Eval;

/// <summary>
/// <c>triangulate eval quotes</c>: quote extraction and speaker attribution on PolNeAR (dev by default, or any
/// compartment with --dir), ours next to the regex baseline, scored by the rule in docs/BENCHMARKS.md.
/// </summary>
[CliCommand("eval")]
public static class EvalQuotesCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var dir = CommonOptions.Dir("A PolNeAR compartment folder holding text/ and attributions/ (default: DATA/polnear/dev)");
        var json = CommonOptions.Json();
        var show = new Option<int>("--show") { Description = "Print up to N missed, spurious and wrong-speaker quotes of each system (debugging)" };
        var command = new Command("quotes", "Quote extraction P/R/F1 and speaker accuracy on PolNeAR, next to a regex baseline") { data, dir, json, show };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(dir)?.FullName ?? Path.Combine(parse.GetValue(data)!.FullName, "polnear", "dev");
            if (!PolnearCorpus.IsCompartment(path)) return EvalOutput.Missing(parse, "PolNeAR compartment (text/ and attributions/)", path, "--data or --dir");
            var corpus = PolnearCorpus.Read(path);

            // Ours twice: as the product runs it (after the tags and entities stages) and on tokens alone, which
            // is how it must still work when those models are absent; then the regex baseline, scored alike.
            var full = Pipeline(withModels: true);
            var bare = Pipeline(withModels: false);
            var results = new[]
            {
                QuoteEvaluation.Evaluate(corpus, System("triangulate", full), time: true),
                QuoteEvaluation.Evaluate(corpus, System("triangulate, no tags/entities", bare), time: true),
                QuoteEvaluation.Evaluate(corpus, new QuoteEvaluation.System("regex baseline", article => RegexQuoteBaseline.Shared.Extract(article.Text))),
            };

            string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
            var report = QuoteEvaluation.Report($"Quotes on PolNeAR {name}", path, corpus, results);
            report.Notes.Add($"pipeline: {string.Join(" → ", full.Stages.Select(s => s.Name))} (articles/s: whole pipeline, one thread, second pass)");
            report.Notes.Add(StageSpeed(corpus));
            int exit = EvalOutput.Print(parse, report, parse.GetValue(json));
            if (parse.GetValue(show) is int n and > 0)
                foreach (var r in results) CommandOutput.Out(parse).Write(QuoteEvaluation.Errors(r, n));
            return exit;
        });
        return command;
    }

    private static QuoteEvaluation.System System(string name, ArticlePipeline pipeline) => new(name, article =>
    {
        var result = pipeline.Run(new Article { Id = article.Id, Text = article.Text, Origin = article.AnnotationFile });
        if (result.Doc is not { } doc) throw new InvalidOperationException($"{article.Id}: {result.Error}");
        return doc.Quotes.Where(q => q.Kind != QuoteKind.Scare).Select(q => PredictedQuote.From(q, doc)).ToList();
    });

    /// <summary>
    /// The quote stage alone, on docs the stages before it have prepared (tags, entities, references, quantities):
    /// mean time per article over the compartment, best of three passes after a warm-up pass, one thread.
    /// </summary>
    private static string StageSpeed(IReadOnlyList<PolnearArticle> corpus)
    {
        var builder = DefaultPipeline.Create();
        int at = builder.Stages.ToList().FindIndex(s => s.Info.Name == "quotes");
        builder.Until(builder.Stages[at - 1].Info.Name);
        builder.FailureMode = FailureMode.Throw;
        var before = builder.Build();
        var docs = corpus.Select(a => before.Run(new Article { Id = a.Id, Text = a.Text, Origin = a.AnnotationFile }).Doc!).ToList();
        var stage = new QuoteStage();
        double best = double.MaxValue;
        for (int pass = 0; pass < 4; pass++)
        {
            var watch = global::System.Diagnostics.Stopwatch.StartNew();
            foreach (var doc in docs) stage.Run(doc);
            if (pass > 0) best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        double words = docs.Average(d => d.Tokens.Count);
        return $"quote stage alone: {best / docs.Count:0.00} ms per article ({docs.Count / (best / 1000):0} articles/s; mean {words:0} tokens per article; best of 3 timed passes, one thread)";
    }

    /// <summary>The default pipeline's article stages up to the quote stage, so the figures measure the stage as
    /// the product runs it; without models, segmentation and quotes only.</summary>
    private static ArticlePipeline Pipeline(bool withModels)
    {
        if (!withModels)
            return new PipelineBuilder { FailureMode = FailureMode.Throw }.Add(new SegmentStage(Tokenizer.Shared)).Add(new QuoteStage()).Build();
        var builder = DefaultPipeline.Create().Until("quotes");
        builder.FailureMode = FailureMode.Throw;
        return builder.Build();
    }
}
