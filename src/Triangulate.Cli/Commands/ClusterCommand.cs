using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Triangulate.Cluster;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate cluster PATH…</c>: groups articles into stories as a stream would, one pass in publication
/// order (input order where dates are missing), and prints each story with its label (key entities and terms),
/// its articles and when it was first and last seen. <c>--format json</c> lists each story's article ids.
/// </summary>
[CliCommand(Order = 15)]
public static class ClusterCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format("md", "json");
        var output = CommonOptions.OutputFile();
        var command = new Command("cluster", "Group articles into stories, online, in publication order") { paths, format, output };
        command.SetAction((parse, cancel) =>
        {
            var errors = new List<InputError>();
            var articles = new List<Article>();
            foreach (var result in Ingestor.Default().Read(parse.GetValue(paths)!))
            {
                if (result.Article is { } a) articles.Add(a);
                else errors.Add(result.Error!);
            }

            var pipeline = new PipelineBuilder().Add(new SegmentStage(Tokenizer.Shared)).Build();
            var docs = new List<Doc>(articles.Count);
            foreach (var r in pipeline.RunAll(articles, cancel))
            {
                if (r.Doc is { } doc) docs.Add(doc);
                else errors.Add(r.Error!);
            }

            var clusterer = new StoryClusterer();
            var byId = new Dictionary<string, Article>(StringComparer.Ordinal);
            foreach (var doc in Analyzer.InStoryOrder(docs))
            {
                cancel.ThrowIfCancellationRequested();
                clusterer.Add(doc);
                byId[doc.Id] = doc.Article;
            }
            // Derivation edges (which article copies or rewrites which) join each story here once the
            // derivation stage is in main: one DerivationIndex fed each doc with its assigned story.

            var stories = clusterer.Stories
                .OrderByDescending(s => s.Size).ThenBy(s => s.FirstSeen ?? DateTimeOffset.MaxValue).ThenBy(s => s.Id)
                .ToList();
            string text = parse.GetValue(format) == "json" ? Json(stories, docs.Count) : Markdown(stories, byId, docs.Count);
            CommandOutput.Write(parse, parse.GetValue(output), text);
            CommandOutput.ReportErrors(parse, errors, docs.Count);
            return Task.FromResult(errors.Count > 0 ? ExitCodes.InputsSetAside : ExitCodes.Ok);
        });
        return command;
    }

    private static string Json(List<Story> stories, int articles)
    {
        var payload = new
        {
            schema = "triangulate/stories@1",
            articles,
            stories = stories.Select((s, i) => new
            {
                id = StoryName(i),
                label = s.Label,
                key_entities = s.KeyEntities,
                key_terms = s.KeyTerms,
                size = s.Size,
                first_seen = s.FirstSeen?.ToString("O", CultureInfo.InvariantCulture),
                last_seen = s.LastSeen?.ToString("O", CultureInfo.InvariantCulture),
                articles = s.Articles,
            }),
        };
        return JsonSerializer.Serialize(payload, JsonOptions.Indented);
    }

    private static string Markdown(List<Story> stories, Dictionary<string, Article> byId, int articles)
    {
        var sb = new StringBuilder();
        int several = stories.Count(s => s.Size > 1);
        sb.AppendLine("# Stories").AppendLine();
        sb.AppendLine($"{articles} article(s) in {stories.Count} stor{(stories.Count == 1 ? "y" : "ies")}; {several} with more than one article.");
        for (int i = 0; i < stories.Count; i++)
        {
            var s = stories[i];
            sb.AppendLine();
            string label = s.Label.Length > 0 ? s.Label : "(no content words)";
            sb.AppendLine($"## {StoryName(i)}: {label}");
            sb.AppendLine();
            sb.AppendLine($"{s.Size} article(s){Span(s)}");
            sb.AppendLine();
            foreach (var id in s.Articles)
            {
                var a = byId[id];
                string title = a.Title is { Length: > 0 } t ? $" — {t}" : "";
                string when = a.Published is { } p ? $", {When(p, a.PublishedHasTime)}" : "";
                sb.AppendLine($"- `{id}`{title} ({a.Source}{when})");
            }
        }
        return sb.ToString();
    }

    private static string Span(Story s) => (s.FirstSeen, s.LastSeen) switch
    {
        ({ } first, { } last) when first == last => $", seen {When(first, true)}",
        ({ } first, { } last) => $", first seen {When(first, true)}, last seen {When(last, true)}",
        _ => "",
    };

    private static string When(DateTimeOffset t, bool hasTime) =>
        t.ToString(hasTime ? "yyyy-MM-dd HH:mm 'UTC'zzz" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string StoryName(int index) => "s" + (index + 1).ToString(CultureInfo.InvariantCulture);
}
