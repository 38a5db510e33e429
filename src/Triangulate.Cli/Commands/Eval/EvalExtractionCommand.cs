using System.CommandLine;
using Triangulate.Eval;
using Triangulate.Ingest.Html;

namespace Triangulate.Cli.Commands.Eval;

/// <summary>
/// <c>triangulate eval extraction</c>: HTML main-text extraction on the article-extraction benchmark
/// (../shared/data/article-extraction, or any folder of that layout with --dir), scored by the benchmark's rule.
/// The extractor is <see cref="MainTextExtractor"/>, the one ingest and analyze use for HTML.
/// </summary>
[CliCommand("eval")]
public static class EvalExtractionCommand
{
    public const string Dataset = "article-extraction";

    public static Command Create()
    {
        var data = CommonOptions.Data();
        var dir = CommonOptions.Dir($"A folder laid out like the benchmark (ground-truth.json, html/<id>.html.gz); default <data>/{Dataset}");
        var json = CommonOptions.Json();
        var output = new Option<FileInfo?>("--out") { Description = "Write the predictions to this file in the benchmark's JSON shape ({id: {articleBody, url}})" };
        var show = new Option<int>("--show") { Description = "List the N worst pages by page F1", DefaultValueFactory = _ => 0 };
        var predictions = new Option<FileInfo?>("--predictions")
        {
            Description = "Score this file of another extractor's predictions (the benchmark's JSON shape) instead of running ours",
        };
        var threads = new Option<int>("--threads") { Description = "Pages extracted in parallel (default: one per core)", DefaultValueFactory = _ => 0 };
        var command = new Command("extraction", "HTML main-text extraction: F1, precision, recall and accuracy on the article-extraction benchmark")
        {
            data, dir, json, output, show, predictions, threads,
        };
        command.SetAction(parse =>
        {
            string folder = parse.GetValue(dir)?.FullName ?? Path.Combine(parse.GetValue(data)!.FullName, Dataset);
            string truth = Path.Combine(folder, ExtractionEvaluation.GroundTruthFile);
            if (!File.Exists(truth)) return EvalOutput.Missing(parse, "the article-extraction benchmark", truth, parse.GetValue(dir) is null ? "--data" : "--dir");
            IReadOnlyList<ExtractionPageResult> pages;
            var scored = parse.GetValue(predictions);
            TimeSpan? cpu = null;
            try
            {
                if (scored is null)
                {
                    var process = System.Diagnostics.Process.GetCurrentProcess();
                    var before = process.TotalProcessorTime;
                    pages = ExtractionEvaluation.Run(folder, new MainTextExtractor(), parse.GetValue(threads));
                    process.Refresh();
                    cpu = process.TotalProcessorTime - before;
                }
                else pages = ExtractionEvaluation.ScorePredictions(folder, scored.FullName);
            }
            catch (InputException e)
            {
                CommandOutput.Error(parse).WriteLine($"triangulate: {e.Message}");
                return ExitCodes.Failure;
            }
            if (parse.GetValue(output) is { } file) CommandOutput.Write(parse, file, ExtractionEvaluation.Predictions(pages));
            return EvalOutput.Print(parse, ExtractionEvaluation.Report(folder, pages, Math.Max(0, parse.GetValue(show)), scored is null ? "triangulate" : Path.GetFileNameWithoutExtension(scored.Name), cpu), parse.GetValue(json));
        });
        return command;
    }
}
