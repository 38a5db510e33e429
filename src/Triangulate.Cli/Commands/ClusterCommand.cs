using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Triangulate.Cluster;
using Triangulate.Compare.Derivation;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Model.Story;
using Triangulate.Report;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate cluster PATH…</c>: groups articles into stories as a stream would, one pass in publication
/// order (input order where dates are missing), and prints each story with its label (key entities and terms),
/// its articles and when it was first and last seen, and which of its articles copy or rewrite which (LSH
/// candidates compared in detail). <c>--format json</c> lists each story's article ids and derivation edges.
/// </summary>
[CliCommand(Order = 15)]
public static class ClusterCommand
{
    /// <summary>Not <c>triangulate/stories@1</c>: that name is <c>analyze</c>'s several-story report (docs/SCHEMA.md).</summary>
    public const string Schema = "triangulate/clusters@1";

    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format("md", "json");
        var output = CommonOptions.OutputFile();
        var command = new Command("cluster", "Group articles into stories, online, in publication order") { paths, format, output };
        command.SetAction((parse, cancel) =>
        {
            var errors = new List<InputError>();
            var articles = CommandInput.ReadAll(parse.GetValue(paths)!, errors);

            var pipeline = new PipelineBuilder().Add(new SegmentStage(Tokenizer.Shared)).Build();
            var docs = new List<Doc>(articles.Count);
            foreach (var r in pipeline.RunAll(articles, cancel))
            {
                if (r.Doc is { } doc) docs.Add(doc);
                else errors.Add(r.Error!);
            }

            // The stream's detector (lemma-overlap sentence similarity, rewrite candidates capped), as a continuous stream runs it;
            // `analyze` compares a story's articles again with the MRPC model.
            var tracker = new StoryTracker(new StoryClusterer(), new DerivationDetector(DerivationOptions.Stream).CreateIndex());
            var byId = new Dictionary<string, Article>(StringComparer.Ordinal);
            var edges = new List<DerivationEdge>();
            foreach (var doc in Analyzer.InStoryOrder(docs))
            {
                cancel.ThrowIfCancellationRequested();
                edges.AddRange(tracker.Add(doc).Edges);
                byId[doc.Id] = doc.Article;
            }

            var stories = tracker.Clusterer.Stories
                .OrderByDescending(s => s.Size).ThenBy(s => s.FirstSeen ?? DateTimeOffset.MaxValue).ThenBy(s => s.Id)
                .ToList();
            var edgesByStory = EdgesByStory(stories, edges);
            string text = parse.GetValue(format) == "json" ? Json(stories, edgesByStory, docs.Count) : Markdown(stories, edgesByStory, byId, docs.Count);
            CommandOutput.Write(parse, parse.GetValue(output), text);
            CommandOutput.ReportErrors(parse, errors, docs.Count);
            return Task.FromResult(errors.Count > 0 ? ExitCodes.InputsSetAside : ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>Each edge goes to the story of its later article (B). Copies are looked for stream-wide, so now and
    /// then A sits in another story; the edge still names both ids.</summary>
    private static Dictionary<int, List<DerivationEdge>> EdgesByStory(List<Story> stories, List<DerivationEdge> edges)
    {
        var storyOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in stories) foreach (var id in s.Articles) storyOf[id] = s.Id;
        var result = new Dictionary<int, List<DerivationEdge>>();
        foreach (var e in edges)
        {
            int story = storyOf[e.B];
            if (!result.TryGetValue(story, out var list)) result[story] = list = [];
            list.Add(e);
        }
        return result;
    }

    private static IReadOnlyList<DerivationEdge> Edges(Dictionary<int, List<DerivationEdge>> byStory, Story s) =>
        byStory.TryGetValue(s.Id, out var list) ? list : [];

    private static string Json(List<Story> stories, Dictionary<int, List<DerivationEdge>> edges, int articles)
    {
        var payload = new
        {
            schema = Schema,
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
                derivations = Edges(edges, s).Select(e => new
                {
                    a = e.A,
                    b = e.B,
                    kind = JsonReport.DerivationName(e.Kind),
                    source = e.Source,
                    derived = e.Derived,
                    explanation = e.Explanation,
                    evidence = new
                    {
                        passages = e.Evidence.Passages.Length,
                        containment_a = e.Evidence.ContainmentA,
                        containment_b = e.Evidence.ContainmentB,
                        narration_containment_a = e.Evidence.NarrationContainmentA,
                        narration_containment_b = e.Evidence.NarrationContainmentB,
                        sentences_aligned_a = e.Evidence.AlignedA,
                        sentences_aligned_b = e.Evidence.AlignedB,
                        order_kept = e.Evidence.OrderKept,
                    },
                }),
            }),
        };
        return JsonSerializer.Serialize(payload, JsonOptions.Indented);
    }

    private static string Markdown(List<Story> stories, Dictionary<int, List<DerivationEdge>> edges, Dictionary<string, Article> byId, int articles)
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
            var derived = Edges(edges, s);
            if (derived.Count > 0)
            {
                sb.AppendLine().AppendLine("Copies and rewrites:").AppendLine();
                foreach (var e in derived) sb.AppendLine($"- `{e.A}` – `{e.B}`: {JsonReport.DerivationName(e.Kind)} — {e.Explanation}");
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
