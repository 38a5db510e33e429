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

            var pipeline = Pipeline();
            var ours = new QuoteEvaluation.System("triangulate", article =>
            {
                var result = pipeline.Run(new Article { Id = article.Id, Text = article.Text, Origin = article.AnnotationFile });
                if (result.Doc is not { } doc) throw new InvalidOperationException($"{article.Id}: {result.Error}");
                return doc.Quotes.Where(q => q.Kind != QuoteKind.Scare).Select(q => PredictedQuote.From(q, doc)).ToList();
            });
            var baseline = new QuoteEvaluation.System("regex baseline", article => RegexQuoteBaseline.Shared.Extract(article.Text));
            var results = new[] { QuoteEvaluation.Evaluate(corpus, ours, time: true), QuoteEvaluation.Evaluate(corpus, baseline) };

            string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
            var report = QuoteEvaluation.Report($"Quotes on PolNeAR {name}", path, corpus, results);
            report.Notes.Add($"pipeline: {string.Join(" → ", pipeline.Stages.Select(s => s.Name))}; articles/s: one thread, second pass");
            int exit = EvalOutput.Print(parse, report, parse.GetValue(json));
            if (parse.GetValue(show) is int n and > 0)
                foreach (var r in results) CommandOutput.Out(parse).Write(QuoteEvaluation.Errors(r, n));
            return exit;
        });
        return command;
    }

    /// <summary>The stages the quote stage runs after. Entity and tag stages join here as they land, so the
    /// figures measure the stage as the product runs it.</summary>
    private static ArticlePipeline Pipeline() =>
        new PipelineBuilder { FailureMode = FailureMode.Throw }
            .Add(new SegmentStage(Tokenizer.Shared))
            .Add(new QuoteStage())
            .Build();
}
