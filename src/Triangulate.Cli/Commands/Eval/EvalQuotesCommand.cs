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
