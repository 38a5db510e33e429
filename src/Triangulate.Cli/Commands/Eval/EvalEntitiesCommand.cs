using System.CommandLine;
using Triangulate.Eval;
using Triangulate.Extract.Entities;

namespace Triangulate.Cli.Commands.Eval;

/// <summary><c>triangulate eval entities</c>: conlleval-style entity F1 of the entity tagger on CoNLL-2003 eng.testa (or --file).</summary>
[CliCommand("eval")]
public static class EvalEntitiesCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var file = CommonOptions.File("A CoNLL file (IOB tags in the last column) to score instead of eng.testa");
        var json = CommonOptions.Json();
        var model = new Option<DirectoryInfo?>("--model") { Description = "A folder with models written by 'triangulate train entities --out' instead of the bundled ones" };
        var command = new Command("entities", "Named-entity precision, recall and F1 (conlleval) on CoNLL-2003 eng.testa (dev)") { data, file, json, model };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)?.FullName ?? Path.Combine(parse.GetValue(data)!.FullName, "conll2003", "eng.testa");
            if (!File.Exists(path)) return EvalOutput.Missing(parse, "CoNLL file", path, parse.GetValue(file) is null ? "--data" : "--file");
            IReadOnlyList<ConllDocument> documents;
            try { documents = ConllCorpus.Read(path); }
            catch (InvalidDataException e) { CommandOutput.Error(parse).WriteLine($"triangulate: {e.Message}"); return ExitCodes.Failure; }
            var tagger = parse.GetValue(model) is { } m ? EntityTagger.Load(m.FullName) : EntityTagger.Shared;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var scorer = EntityEvaluation.Score(tagger, documents);
            return EvalOutput.Print(parse, EntityEvaluation.Report(scorer, path, watch.Elapsed.TotalSeconds), parse.GetValue(json));
        });
        return command;
    }
}
