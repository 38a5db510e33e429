using System.CommandLine;
using System.Text;
using System.Text.Json;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Report;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate quotes PATH…</c>: each article's quotations with speaker, cue and attributed content,
/// one JSON line per article: what the quote stage found before any cross-source alignment.</summary>
[CliCommand(Order = 41)]
public static class QuotesCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var output = CommonOptions.OutputFile();
        var scare = new Option<bool>("--scare") { Description = "Also list scare quotes (titles, so-called terms: quoted words nobody is said to have said)" };
        var command = new Command("quotes", "Extract quotations and their speakers from articles and print them as JSON Lines") { paths, scare, output };
        command.SetAction(parse =>
        {
            // The default pipeline's article stages up to quotes: speakers resolve against its entities and references.
            var builder = DefaultPipeline.Create().Until("quotes");
            foreach (var notice in builder.Notices) CommandOutput.Error(parse).WriteLine(notice);
            var pipeline = builder.Build();
            bool withScare = parse.GetValue(scare);
            var errors = new List<InputError>();
            var sb = new StringBuilder();
            int count = 0;
            foreach (var result in Ingestor.Default().Read(parse.GetValue(paths)!))
            {
                if (result.Error is { } e) { errors.Add(e); continue; }
                var run = pipeline.Run(result.Article!);
                if (run.Error is { } error) { errors.Add(error); continue; }
                count++;
                sb.AppendLine(JsonSerializer.Serialize(ToJson(run.Doc!, withScare), JsonOptions.Compact));
            }
            CommandOutput.Write(parse, parse.GetValue(output), sb.ToString());
            CommandOutput.ReportErrors(parse, errors, count);
            return errors.Count > 0 ? ExitCodes.InputsSetAside : ExitCodes.Ok;
        });
        return command;
    }

    private static object ToJson(Doc doc, bool withScare) => new
    {
        id = doc.Id,
        quotes = doc.Quotes.Where(q => withScare || q.Kind != QuoteKind.Scare).Select(q => new
        {
            text = q.Text,
            span = new[] { q.Span.Start, q.Span.End },
            kind = q.Kind.ToString().ToLowerInvariant(),
            speaker = q.Speaker,
            speakerText = q.SpeakerSpan?.TextOf(doc.Text),
            resolution = q.Resolution == SpeakerResolution.None ? null : q.Resolution.ToString().ToLowerInvariant(),
            cue = q.Cue,
            content = q.Kind == QuoteKind.Partial ? string.Join(" … ", q.ContentParts.Select(p => p.TextOf(doc.Text))) : null,
            sentence = q.Sentence,
        }),
    };
}
