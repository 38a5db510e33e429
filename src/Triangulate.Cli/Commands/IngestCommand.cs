using System.CommandLine;
using System.Text;
using System.Text.Json;
using Triangulate.Ingest;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate ingest PATH…</c>: read inputs and print the articles as JSON Lines (text, metadata, body spans).</summary>
[CliCommand(Order = 20)]
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var output = CommonOptions.OutputFile();
        var command = new Command("ingest", "Read articles (text, HTML, JSON Lines, feeds) and print them as JSON Lines") { paths, output };
        command.SetAction(parse =>
        {
            var errors = new List<InputError>();
            var sb = new StringBuilder();
            int count = 0;
            foreach (var result in Ingestor.Default().Read(parse.GetValue(paths)!))
            {
                if (result.Error is { } e) { errors.Add(e); continue; }
                var a = result.Article!;
                count++;
                sb.AppendLine(JsonSerializer.Serialize(new
                {
                    id = a.Id,
                    source = a.Source,
                    title = a.Title,
                    published = a.Published?.ToString("O"),
                    url = a.Url,
                    origin = a.Origin,
                    body = a.Body.Select(s => new[] { s.Start, s.End }),
                    dateline = a.Dateline is { } d ? new[] { d.Start, d.End } : null,
                    bylines = a.Bylines.Select(s => new[] { s.Start, s.End }),
                    words = a.WordCount,
                    text = a.Text,
                }, JsonOptions.Compact));
            }
            CommandOutput.Write(parse, parse.GetValue(output), sb.ToString());
            CommandOutput.ReportErrors(parse, errors, count);
            return errors.Count > 0 ? ExitCodes.InputsSetAside : ExitCodes.Ok;
        });
        return command;
    }
}
