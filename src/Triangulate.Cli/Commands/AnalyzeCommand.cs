using System.CommandLine;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Triangulate.Cluster;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Model.Story;
using Triangulate.Pipeline;
using Triangulate.Report;
using Triangulate.Text;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate analyze PATH…</c>: the articles of one story → a cross-source report (Markdown, JSON or
/// HTML). Inputs that cannot be read are reported on standard error and left out; the rest is analysed.
/// When the input holds several stories of two or more articles (found by the story clusterer), each is
/// analysed and reported on its own, under its own heading (JSON: <c>triangulate/stories@1</c>).
/// </summary>
[CliCommand(Order = 10)]
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format("md", "json", "html");
        var output = CommonOptions.OutputFile();
        var noText = new Option<bool>("--no-text") { Description = "Leave the article texts out of the JSON report (offsets then refer to the input files' text)" };
        var timings = new Option<bool>("--timings") { Description = "Print the time each stage took (and loading the models) to standard error" };
        var command = new Command("analyze", "Analyse the articles of one story: entities, quotes, numbers, claims, conflicts and a cited brief")
        {
            paths, format, output, noText, timings,
        };
        command.SetAction((parse, cancel) =>
        {
            var errors = new List<InputError>();
            var articles = CommandInput.ReadAll(parse.GetValue(paths)!, errors);
            if (articles.Count == 0)
            {
                CommandOutput.ReportErrors(parse, errors, 0);
                CommandOutput.Error(parse).WriteLine("triangulate: no article could be read, nothing to analyse");
                return Task.FromResult(ExitCodes.InputsSetAside);
            }

            var loadTimings = new StageTimings();
            long loadStart = System.Diagnostics.Stopwatch.GetTimestamp();
            var analyzer = DefaultPipeline.Create(loadTimings).BuildAnalyzer();
            loadTimings.Add("load", loadStart);
            if (parse.GetValue(timings))
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    CommandOutput.Error(parse).Write(loadTimings.Format());
                    CommandOutput.Error(parse).Write(analyzer.Timings.Format());
                };
            // Input spanning several stories: each story with two or more articles is analysed on its own
            // (comparing outlets across unrelated events would only make false conflicts). One story, or a
            // single multi-article story plus strays, is analysed whole as before.
            var groups = MultiArticleStories(articles, cancel);
            if (groups.Count > 1)
                return Task.FromResult(AnalyzeEach(parse, analyzer, articles, groups, errors, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(noText), cancel));
            var analysis = analyzer.Analyze(articles, cancel);
            errors.AddRange(analysis.Errors);
            string report = parse.GetValue(format) switch
            {
                "json" => JsonReport.Write(analysis.Story, errors, new JsonReport.Options { IncludeText = !parse.GetValue(noText) }),
                "html" => HtmlReport.Write(analysis.Story, errors),
                _ => MarkdownReport.Write(analysis.Story, errors),
            };
            CommandOutput.Write(parse, parse.GetValue(output), report);
            foreach (var notice in analysis.Story.Notices) CommandOutput.Error(parse).WriteLine($"triangulate: note: {notice}");
            CommandOutput.ReportErrors(parse, errors, analysis.Story.Docs.Length);
            return Task.FromResult(errors.Count > 0 ? ExitCodes.InputsSetAside : ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>The input's stories of two or more articles, found by one online pass of the story clusterer in
    /// publication order (as <c>cluster</c> does), each as its articles in input order.</summary>
    private static List<List<Article>> MultiArticleStories(List<Article> articles, CancellationToken cancel)
    {
        if (articles.Count < 4) return [articles]; // two stories of two articles each need four
        var segment = new PipelineBuilder().Add(new SegmentStage(Tokenizer.Shared)).Build();
        var docs = segment.RunAll(articles, cancel).Where(r => r.Doc is not null).Select(r => r.Doc!).ToList();
        var clusterer = new StoryClusterer();
        foreach (var doc in Analyzer.InStoryOrder(docs)) clusterer.Add(doc);
        var storyOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var story in clusterer.Stories.Where(s => s.Size >= 2))
            foreach (var id in story.Articles) storyOf[id] = story.Id;
        return articles.Where(a => storyOf.ContainsKey(a.Id)).GroupBy(a => storyOf[a.Id]).Select(g => g.ToList()).ToList();
    }

    private static int AnalyzeEach(ParseResult parse, Analyzer analyzer, List<Article> articles, List<List<Article>> groups, List<InputError> errors,
        string format, FileInfo? output, bool noText, CancellationToken cancel)
    {
        var analyses = new List<StoryAnalysis>();
        foreach (var group in groups)
        {
            var result = analyzer.Analyze(group, cancel);
            errors.AddRange(result.Errors);
            analyses.Add(result.Story);
        }
        // Largest story first, then the earliest.
        analyses = analyses.OrderByDescending(a => a.Docs.Length).ThenBy(a => a.Docs[0].Article.Published ?? DateTimeOffset.MaxValue).ToList();
        var inStories = analyses.SelectMany(a => a.Docs).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var alone = articles.Where(a => !inStories.Contains(a.Id)).Select(a => a.Id).ToList();

        string report;
        switch (format)
        {
            case "json":
                var options = new JsonReport.Options { IncludeText = !noText };
                var stories = new JsonArray();
                foreach (var a in analyses) stories.Add(JsonNode.Parse(JsonReport.Write(a, errors, options)));
                report = new JsonObject
                {
                    ["schema"] = StoriesSchema,
                    ["stories"] = stories,
                    ["unclustered"] = new JsonArray([.. alone.Select(id => JsonValue.Create(id))]),
                }.ToJsonString(JsonOptions.Indented);
                break;
            case "html":
                report = HtmlStories(analyses.Select((a, i) => (Heading(i, analyses.Count, a), HtmlReport.Write(a, errors))).ToList(), alone);
                break;
            default:
                var md = new StringBuilder();
                md.AppendLine($"{articles.Count} articles, {analyses.Count} stories analysed one by one" +
                              (alone.Count > 0 ? $"; {alone.Count} article(s) in no story of two or more: {string.Join(", ", alone.Select(id => $"`{id}`"))}" : "") + ".");
                for (int i = 0; i < analyses.Count; i++)
                {
                    var a = analyses[i];
                    md.AppendLine().AppendLine($"# {Heading(i, analyses.Count, a)}").AppendLine();
                    // Each report's own headings go one level down, under the story heading.
                    foreach (var line in MarkdownReport.Write(a, errors).Split('\n'))
                        md.Append(line.StartsWith('#') ? "#" + line : line).Append('\n');
                }
                report = md.ToString();
                break;
        }
        CommandOutput.Write(parse, output, report);
        foreach (var notice in analyses[0].Notices) CommandOutput.Error(parse).WriteLine($"triangulate: note: {notice}");
        CommandOutput.ReportErrors(parse, errors, analyses.Sum(a => a.Docs.Length));
        return errors.Count > 0 ? ExitCodes.InputsSetAside : ExitCodes.Ok;
    }

    /// <summary>Several stories' report (docs/SCHEMA.md): each element of <c>stories</c> is a <c>triangulate/story@1</c> object.</summary>
    public const string StoriesSchema = "triangulate/stories@1";

    /// <summary>The story's own report opens with its headline just below this.</summary>
    private static string Heading(int index, int count, StoryAnalysis a) => $"Story {index + 1} of {count} ({a.Docs.Length} articles)";

    /// <summary>The story pages as sections of one page; element ids and links get a per-story prefix so that
    /// citations in one story cannot jump into another.</summary>
    private static string HtmlStories(List<(string Heading, string Html)> stories, List<string> alone)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < stories.Count; i++)
        {
            string html = stories[i].Html;
            if (i == 0) sb.Append(html, 0, html.IndexOf("<main>", StringComparison.Ordinal) + "<main>".Length);
            int start = html.IndexOf("<main>", StringComparison.Ordinal) + "<main>".Length;
            int end = html.LastIndexOf("</main>", StringComparison.Ordinal);
            string body = html[start..end].Replace("id=\"", $"id=\"s{i + 1}-").Replace("href=\"#", $"href=\"#s{i + 1}-");
            sb.Append($"<section class=\"story\" id=\"story-{i + 1}\"><h1>{WebUtility.HtmlEncode(stories[i].Heading)}</h1>").Append(body).Append("</section>");
        }
        if (alone.Count > 0) sb.Append($"<p>In no story of two or more articles: {WebUtility.HtmlEncode(string.Join(", ", alone))}</p>");
        sb.Append("</main></body></html>");
        return sb.ToString();
    }
}
