using System.CommandLine;
using Triangulate.Eval;
using Triangulate.Extract.Tags;

namespace Triangulate.Cli.Commands.Eval;

/// <summary><c>triangulate eval tags</c>: part-of-speech token accuracy on CoNLL-2003 eng.testa (or --file).</summary>
[CliCommand("eval")]
public static class EvalTagsCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var file = CommonOptions.File("A CoNLL file to score instead of eng.testa (word POS ... lines)");
        var json = CommonOptions.Json();
        var model = new Option<FileInfo?>("--model") { Description = "A model file to use instead of the bundled one" };
        var command = new Command("tags", "Part-of-speech accuracy on CoNLL-2003 eng.testa (dev)") { data, file, json, model };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)?.FullName ?? Path.Combine(parse.GetValue(data)!.FullName, "conll2003", "eng.testa");
            if (!File.Exists(path)) return EvalOutput.Missing(parse, "CoNLL file", path, parse.GetValue(file) is null ? "--data" : "--file");
            IReadOnlyList<ConllDocument> documents;
            try { documents = ConllCorpus.Read(path); }
            catch (InvalidDataException e) { CommandOutput.Error(parse).WriteLine($"triangulate: {e.Message}"); return ExitCodes.Failure; }
            var tagger = parse.GetValue(model) is { } m ? PosTagger.Load(m.FullName) : PosTagger.Shared;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var (correct, total) = PosTaggerTrainer.Accuracy(tagger, documents);
            double seconds = watch.Elapsed.TotalSeconds;
            var report = new EvalReport("Part-of-speech tags (Penn), token accuracy").WithColumns("set", "tokens", "correct", "accuracy");
            report.Notes.Add($"data: {path}");
            report.Notes.Add("gold: the file's POS column (CoNLL-2003's own tags were assigned automatically, so they are noisy)");
            double accuracy = total == 0 ? 0 : (double)correct / total;
            report.AddRow(Path.GetFileName(path), total, correct, accuracy);
            report.Figures["file"] = path;
            report.Figures["tokens"] = total;
            report.Figures["correct"] = correct;
            report.Figures["accuracy"] = Math.Round(accuracy, 5);
            report.Figures["tokens_per_second"] = Math.Round(total / Math.Max(seconds, 1e-9));
            return EvalOutput.Print(parse, report, parse.GetValue(json));
        });
        return command;
    }
}
