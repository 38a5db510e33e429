using System.CommandLine;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Report;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate analyze PATH…</c>: the articles of one story → a cross-source report (Markdown, JSON or
/// HTML). Inputs that cannot be read are reported on standard error and left out; the rest is analysed.
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
        var command = new Command("analyze", "Analyse the articles of one story: entities, quotes, numbers, claims, conflicts and a cited brief")
        {
            paths, format, output, noText,
        };
        command.SetAction((parse, cancel) =>
        {
            var errors = new List<InputError>();
            var articles = new List<Article>();
            foreach (var result in Ingestor.Default().Read(parse.GetValue(paths)!))
            {
                if (result.Article is { } a) articles.Add(a);
                else errors.Add(result.Error!);
            }
            if (articles.Count == 0)
            {
                CommandOutput.ReportErrors(parse, errors, 0);
                CommandOutput.Error(parse).WriteLine("triangulate: no article could be read, nothing to analyse");
                return Task.FromResult(ExitCodes.InputsSetAside);
            }

            var analyzer = DefaultPipeline.Create().BuildAnalyzer();
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
}
