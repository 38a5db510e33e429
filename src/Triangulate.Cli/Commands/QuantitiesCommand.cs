using System.CommandLine;
using System.Text;
using System.Text.Json;
using Triangulate.Extract.Quantities;
using Triangulate.Extract.Tags;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Report;
using Triangulate.Resources;
using Triangulate.Text;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate quantities PATH…</c>: the numbers (with hedge, unit, counted noun and event) and dates
/// (normalised against the publication date) of each article, one JSON line per article.</summary>
[CliCommand(Order = 40)]
public static class QuantitiesCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var output = CommonOptions.OutputFile();
        var published = new Option<string?>("--published")
        {
            Description = "Publication date to place relative dates against when an article has none (e.g. 2025-03-11)",
        };
        var command = new Command("quantities", "Extract quantities and dates from articles and print them as JSON Lines") { paths, published, output };
        command.SetAction(parse =>
        {
            DateTimeOffset? fallback = null;
            if (parse.GetValue(published) is { } p)
            {
                if (!DateParser.TryParse(p, out var date, out _))
                {
                    CommandOutput.Error(parse).WriteLine($"triangulate: --published '{p}' is not a date");
                    return ExitCodes.Failure;
                }
                fallback = date;
            }
            // WordNet lemmas when installed ("people" → "person" for every irregular plural, "shot" → "shoot").
            if (!LexicalResources.UseInstalled() && LexicalResources.MissingNotice() is { } missing)
                CommandOutput.Error(parse).WriteLine(missing);
            // The article stages of the default pipeline that quantities need: tags sharpen counted nouns and events.
            var pipeline = new PipelineBuilder().Add(new SegmentStage(Tokenizer.Shared)).Add(new TagsStage()).Add(new QuantityStage()).Build();
            var errors = new List<InputError>();
            var sb = new StringBuilder();
            int count = 0;
            foreach (var result in Ingestor.Default().Read(parse.GetValue(paths)!))
            {
                if (result.Error is { } e) { errors.Add(e); continue; }
                var article = result.Article!;
                if (article.Published is null && fallback is not null) article = article with { Published = fallback };
                var run = pipeline.Run(article);
                if (run.Error is { } error) { errors.Add(error); continue; }
                count++;
                sb.AppendLine(JsonSerializer.Serialize(ToJson(run.Doc!), JsonOptions.Compact));
            }
            CommandOutput.Write(parse, parse.GetValue(output), sb.ToString());
            CommandOutput.ReportErrors(parse, errors, count);
            return errors.Count > 0 ? ExitCodes.InputsSetAside : ExitCodes.Ok;
        });
        return command;
    }

    private static object ToJson(Doc doc) => new
    {
        id = doc.Id,
        published = doc.Article.Published?.ToString("O"),
        quantities = doc.Quantities.Select(q =>
        {
            var interval = QuantityInterval.Of(q);
            return new
            {
                text = q.Text,
                span = new[] { q.Span.Start, q.Span.End },
                value = q.Value,
                upper = q.UpperValue,
                hedge = JsonReport.HedgeName(q.Hedge), // the names the story report uses
                low = double.IsFinite(interval.Low) ? interval.Low : (double?)null,
                high = double.IsFinite(interval.High) ? interval.High : (double?)null,
                kind = q.Kind.ToString().ToLowerInvariant(),
                unit = q.Unit,
                counted = q.Counted,
                @event = q.Event,
                modifies = q.Modifies,
                vague = q.Vague ? true : (bool?)null,
                anaphor = q.AnaphorSpan is { } a ? a.TextOf(doc.Text) : null,
                sentence = q.Sentence,
            };
        }),
        dates = doc.Dates.Select(d => new
        {
            text = d.Text,
            span = new[] { d.Span.Start, d.Span.End },
            normalised = d.Normalised,
            granularity = d.Granularity.ToString().ToLowerInvariant(),
            relative = d.Relative,
            relation = d.Relation == DateRelation.At ? null : d.Relation.ToString().ToLowerInvariant(),
            earliest = d.Earliest?.ToString("yyyy-MM-dd"),
            latest = d.Latest?.ToString("yyyy-MM-dd"),
            ambiguous = d.Ambiguous ? true : (bool?)null,
            sentence = d.Sentence,
        }),
    };
}
