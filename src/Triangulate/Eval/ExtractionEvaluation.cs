using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;

namespace Triangulate.Eval;

/// <summary>
/// 'eval extraction': runs the HTML main-text extractor that ingest uses on a folder laid out like the
/// article-extraction benchmark (<c>ground-truth.json</c> mapping page id to <c>{"articleBody", "url"}</c>,
/// and <c>html/&lt;id&gt;.html.gz</c> or <c>.html</c>), and scores it with <see cref="ExtractionScorer"/>.
/// </summary>
public static class ExtractionEvaluation
{
    public const string GroundTruthFile = "ground-truth.json";

    /// <summary>Extracts and scores every page listed in the folder's ground truth, in id order.</summary>
    /// <exception cref="InputException">The ground truth is missing or is not the benchmark's JSON shape.</exception>
    public static IReadOnlyList<ExtractionPageResult> Run(string dir, MainTextExtractor extractor, int parallelism = 0)
    {
        var truth = LoadGroundTruth(Path.Combine(dir, GroundTruthFile));
        // One small page first, so that the per-page times measure extraction rather than JIT compilation.
        extractor.Extract("<html><head><title>Warm-up</title></head><body><nav><a href='/'>Home</a></nav><article><p>"
                          + string.Join(" ", Enumerable.Repeat("A sentence of warm-up text, with a comma.", 20)) + "</p></article></body></html>");
        var results = new ExtractionPageResult[truth.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount };
        Parallel.For(0, truth.Count, options, i =>
        {
            var (id, url, body) = truth[i];
            results[i] = RunPage(dir, id, url, body, extractor);
        });
        return results;
    }

    /// <summary>
    /// Scores another extractor's predictions (the benchmark's shape <c>{id: {"articleBody": ...}}</c>, or the
    /// wrapped <c>{"output": {...}}</c>) against the folder's ground truth; a page without a prediction is empty.
    /// </summary>
    public static IReadOnlyList<ExtractionPageResult> ScorePredictions(string dir, string predictionsPath)
    {
        var truth = LoadGroundTruth(Path.Combine(dir, GroundTruthFile));
        var predicted = LoadEntries(predictionsPath).ToDictionary(e => e.Id, e => e.Body, StringComparer.Ordinal);
        return truth.Select(t => new ExtractionPageResult(t.Id, t.Url, t.Body, predicted.GetValueOrDefault(t.Id) ?? "",
            ExtractionScorer.Score(t.Body, predicted.GetValueOrDefault(t.Id)), TimeSpan.Zero, 0)
        {
            Problem = predicted.ContainsKey(t.Id) ? null : "no prediction",
        }).ToList();
    }

    private static ExtractionPageResult RunPage(string dir, string id, string? url, string truth, MainTextExtractor extractor)
    {
        string? path = new[] { ".html.gz", ".html" }.Select(ext => Path.Combine(dir, "html", id + ext)).FirstOrDefault(File.Exists);
        if (path is null)
            return new ExtractionPageResult(id, url, truth, "", ExtractionScorer.Score(truth, ""), TimeSpan.Zero, 0) { Problem = "no HTML file" };
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
            if (path.EndsWith(".gz", StringComparison.Ordinal))
            {
                using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var unzipped = new MemoryStream();
                gz.CopyTo(unzipped);
                bytes = unzipped.ToArray();
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return new ExtractionPageResult(id, url, truth, "", ExtractionScorer.Score(truth, ""), TimeSpan.Zero, 0) { Problem = $"unreadable HTML file: {e.Message}" };
        }
        var clock = Stopwatch.StartNew();
        var decoded = HtmlArticleReader.Decode(bytes);
        string prediction = "";
        string? problem = decoded.Ok ? null : decoded.Error;
        try
        {
            if (decoded.Ok) prediction = extractor.Extract(decoded.Text!, url).Text;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problem = $"extraction failed: {e.Message}";
        }
        clock.Stop();
        return new ExtractionPageResult(id, url, truth, prediction, ExtractionScorer.Score(truth, prediction), clock.Elapsed, decoded.Text?.Length ?? 0)
        {
            Problem = problem,
        };
    }

    /// <summary>Reads <c>ground-truth.json</c>: (id, url, articleBody) in ordinal id order; a null body is the empty string.</summary>
    public static List<(string Id, string? Url, string Body)> LoadGroundTruth(string path) => LoadEntries(path);

    private static List<(string Id, string? Url, string Body)> LoadEntries(string path)
    {
        if (!File.Exists(path)) throw new InputException("missing", $"{path} not found");
        JsonNode? root;
        try { root = JsonNode.Parse(File.ReadAllText(path)); }
        catch (JsonException e) { throw new InputException("bad-json", $"{path}: {e.Message}"); }
        if (root is JsonObject wrapped && wrapped["output"] is JsonObject inner && wrapped.ContainsKey("version")) root = inner;
        if (root is not JsonObject pages) throw new InputException("bad-json", $"{path}: expected one JSON object mapping page id to {{\"articleBody\", \"url\"}}");
        var list = new List<(string, string?, string)>();
        foreach (var (id, value) in pages)
        {
            if (value is not JsonObject entry) throw new InputException("bad-json", $"{path}: the entry for '{id}' is not an object");
            list.Add((id, Text(entry["url"]), Text(entry["articleBody"]) ?? ""));
        }
        list.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return list;
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    /// <summary>The figures as a report: one row with ± bootstrap standard deviations, timing notes, and the
    /// <paramref name="show"/> worst pages by page F1.</summary>
    /// <param name="cpu">Process CPU time the extraction took, if measured (it is the honest speed figure on a busy
    /// machine, where wall-clock time mostly measures waiting for a core).</param>
    public static EvalReport Report(string dir, IReadOnlyList<ExtractionPageResult> pages, int show = 0, string label = "triangulate", TimeSpan? cpu = null)
    {
        var scores = pages.Select(p => p.Score).ToList();
        var figures = ExtractionScorer.Aggregate(scores);
        var std = ExtractionScorer.BootstrapStd(scores);
        double seconds = pages.Sum(p => p.Elapsed.TotalSeconds);
        var slowest = pages.MaxBy(p => p.Elapsed);

        var report = new EvalReport("HTML main-text extraction (article-extraction benchmark rule)");
        report.Notes.Add($"data: {dir}");
        report.Notes.Add("rule: tokens [\\p{L}\\p{N}_]+, 4-token shingle multisets; precision over non-empty predictions, recall over all; F1 from the means");
        report.Notes.Add("±: standard deviation over 1,000 bootstrap resamples of the pages (fixed seed)");
        if (seconds > 0)
            report.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"speed: {pages.Count / Math.Max(seconds, 1e-9):0.0} pages/s per thread, wall clock (decode + parse + extract); slowest {slowest!.Elapsed.TotalMilliseconds:0} ms for {slowest.HtmlChars:N0} chars"));
        if (cpu is { } c && pages.Count > 0)
            report.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"cpu: {c.TotalMilliseconds / pages.Count:0.0} ms of process CPU time per page ({pages.Count * 1000 / Math.Max(c.TotalMilliseconds, 1e-9):0.0} pages per CPU-second)"));
        foreach (var p in pages.Where(p => p.Problem is not null))
            report.Notes.Add($"{p.Id}: {p.Problem} (scored as an empty prediction)");


        report.WithColumns("set", "pages", "F1", "precision", "recall", "accuracy", "empty outputs");
        report.AddRow(label, figures.Pages, Pm(figures.F1, std.F1), Pm(figures.Precision, std.Precision), Pm(figures.Recall, std.Recall),
            Pm(figures.Accuracy, std.Accuracy), figures.EmptyOutputs);

        var json = report.Figures;
        json["data"] = dir;
        json["pages"] = figures.Pages;
        json["f1"] = Round(figures.F1);
        json["precision"] = Round(figures.Precision);
        json["recall"] = Round(figures.Recall);
        json["accuracy"] = Round(figures.Accuracy);
        json["emptyOutputs"] = figures.EmptyOutputs;
        json["std"] = new JsonObject
        {
            ["f1"] = Round(std.F1), ["precision"] = Round(std.Precision), ["recall"] = Round(std.Recall), ["accuracy"] = Round(std.Accuracy),
        };
        if (seconds > 0)
        {
            json["pagesPerSecond"] = Math.Round(pages.Count / seconds, 1);
            json["slowestMs"] = Math.Round(slowest!.Elapsed.TotalMilliseconds, 1);
        }
        if (cpu is { } cpuTime && pages.Count > 0) json["cpuMsPerPage"] = Math.Round(cpuTime.TotalMilliseconds / pages.Count, 1);

        if (show > 0)
        {
            var worst = pages.OrderBy(p => p.Score.F1).ThenBy(p => p.Id, StringComparer.Ordinal).Take(show).ToList();
            report.Notes.Add($"worst {worst.Count} page(s) by page F1 (P, R, truth/predicted shingles, id, url):");
            var list = new JsonArray();
            foreach (var p in worst)
            {
                var s = p.Score;
                report.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  F1 {s.F1:0.000}  P {s.Precision ?? 0:0.000}  R {s.Recall ?? 0:0.000}  {s.TruthShingles}/{s.PredictedShingles}  {p.Id[..Math.Min(12, p.Id.Length)]}  {p.Url}"));
                list.Add(new JsonObject
                {
                    ["id"] = p.Id, ["url"] = p.Url, ["f1"] = Round(s.F1), ["precision"] = s.Precision is { } pr ? Round(pr) : null,
                    ["recall"] = s.Recall is { } rc ? Round(rc) : null,
                });
            }
            json["worst"] = list;
        }
        return report;
    }

    /// <summary>The predictions in the benchmark's shape: <c>{"&lt;id&gt;": {"articleBody": "...", "url": "..."}}</c>.</summary>
    public static string Predictions(IReadOnlyList<ExtractionPageResult> pages)
    {
        var root = new JsonObject();
        foreach (var p in pages) root[p.Id] = new JsonObject { ["articleBody"] = p.Prediction, ["url"] = p.Url };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Pm(double value, double std) => string.Create(CultureInfo.InvariantCulture, $"{value:0.000} ± {std:0.000}");

    private static double Round(double value) => Math.Round(value, 4);
}
