using System.CommandLine;
using System.Diagnostics;
using Triangulate.Eval;
using Triangulate.Extract.Entities;
using Triangulate.Extract.Tags;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate train tags|entities|…</c>: re-trains a bundled model (tags and entities from CoNLL-2003's eng.train),
/// deterministically (fixed epochs and seed), and writes it where the library embeds it.
/// With <c>--heldout F</c> it trains on the first part of eng.train only and reports on the held-out
/// last fraction F of its documents instead: how the epoch counts were chosen without looking at eng.testa.
/// </summary>
[CliCommand(Order = 85)]
public static class TrainCommand
{
    public static Command Create()
    {
        var train = new Command("train", "Re-train the bundled models from their datasets, deterministically");
        train.Add(Tags());
        train.Add(Entities());
        // Other models' trainers are classes marked [CliCommand("train")] in Commands/Train.
        foreach (var sub in CliCommandAttribute.CommandsUnder("train")) train.Add(sub);
        return train;
    }

    internal static Option<DirectoryInfo> Out() => new("--out")
    {
        Description = "Folder to write the model to",
        DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("src", "Triangulate", "Resources", "Data")),
    };

    internal static Option<int?> Epochs() => new("--epochs") { Description = "Training passes (default: the fixed count the bundled model was trained with)" };

    internal static Option<double?> Heldout() => new("--heldout")
    {
        Description = "Train on eng.train less its last fraction of documents and report on that fraction (writes no model)",
    };

    internal static string? TrainFile(ParseResult parse, DirectoryInfo data, out int exit)
    {
        string path = Path.Combine(data.FullName, "conll2003", "eng.train");
        exit = File.Exists(path) ? ExitCodes.Ok : Eval.EvalOutput.Missing(parse, "CoNLL-2003 eng.train", path);
        return exit == ExitCodes.Ok ? path : null;
    }

    internal static (IReadOnlyList<ConllDocument> Train, IReadOnlyList<ConllDocument> Heldout) Split(IReadOnlyList<ConllDocument> documents, double? fraction)
    {
        if (fraction is not { } f || f <= 0) return (documents, []);
        int keep = (int)Math.Round(documents.Count * (1 - Math.Min(f, 0.9)));
        return (documents.Take(keep).ToList(), documents.Skip(keep).ToList());
    }

    private static Command Tags()
    {
        var data = CommonOptions.Data();
        var outDir = Out();
        var epochs = Epochs();
        var heldout = Heldout();
        var command = new Command("tags", "Train the part-of-speech tagger on the POS column of eng.train") { data, outDir, epochs, heldout };
        command.SetAction(parse =>
        {
            string? path = TrainFile(parse, parse.GetValue(data)!, out int exit);
            if (path is null) return exit;
            var log = CommandOutput.Out(parse);
            var watch = Stopwatch.StartNew();
            var (train, held) = Split(ConllCorpus.Read(path), parse.GetValue(heldout));
            var model = PosTaggerTrainer.Train(train, parse.GetValue(epochs) ?? PosTaggerTrainer.DefaultEpochs, log.WriteLine);
            if (held.Count > 0)
            {
                var (correct, total) = PosTaggerTrainer.Accuracy(new PosTagger(model), held);
                log.WriteLine($"held-out accuracy: {(double)correct / total:0.0000} ({correct}/{total} tokens, {held.Count} documents)");
                return ExitCodes.Ok;
            }
            string file = Path.Combine(parse.GetValue(outDir)!.FullName, PosTagger.ResourceName);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var stream = File.Create(file)) model.Save(stream);
            log.WriteLine($"wrote {file} ({new FileInfo(file).Length:N0} bytes) in {watch.Elapsed.TotalSeconds:0.0}s");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Entities()
    {
        var data = CommonOptions.Data();
        var outDir = Out();
        var epochs = Epochs();
        var heldout = Heldout();
        var onePass = new Option<bool>("--one-pass") { Description = "Train the first-pass model only (no document-level second pass)" };
        var gazetteerFile = new Option<FileInfo?>("--gazetteer") { Description = "A gazetteer file (as written by 'resources build') instead of the bundled one, for experiments" };
        var command = new Command("entities", "Train the named-entity tagger on eng.train (two passes, jackknifed)") { data, outDir, epochs, heldout, onePass, gazetteerFile };
        command.SetAction(parse =>
        {
            string? path = TrainFile(parse, parse.GetValue(data)!, out int exit);
            if (path is null) return exit;
            var log = CommandOutput.Out(parse);
            var watch = Stopwatch.StartNew();
            var (train, held) = Split(ConllCorpus.Read(path), parse.GetValue(heldout));
            var gazetteer = parse.GetValue(gazetteerFile) is { } g ? Gazetteer.Load(OpenGazetteer(g.FullName)) : Gazetteer.Shared;
            var tagger = EntityTaggerTrainer.Train(train, gazetteer, parse.GetValue(epochs) ?? EntityTaggerTrainer.DefaultEpochs,
                secondPass: !parse.GetValue(onePass), log.WriteLine);
            if (held.Count > 0)
            {
                var scorer = EntityEvaluation.Score(tagger, held);
                log.WriteLine($"held-out ({held.Count} documents of eng.train): P {scorer.OverallPrecision:0.0000} R {scorer.OverallRecall:0.0000} F1 {scorer.OverallF1:0.0000}");
                if (tagger.SecondPass is not null)
                {
                    var firstOnly = EntityEvaluation.Score(new EntityTagger(tagger.FirstPass, null, gazetteer), held);
                    log.WriteLine($"held-out, first pass only: F1 {firstOnly.OverallF1:0.0000}");
                }
                return ExitCodes.Ok;
            }
            string dir = parse.GetValue(outDir)!.FullName;
            Directory.CreateDirectory(dir);
            var heads = TitleHeadStatistics.Compute(train);
            TitleHeadStatistics.Write(heads, Path.Combine(dir, TitleHeadStatistics.FileName), Path.GetFileName(path));
            log.WriteLine($"wrote {Path.Combine(dir, TitleHeadStatistics.FileName)} ({heads.Count} title heads)");
            foreach (var (name, model) in new[] { (EntityTagger.FirstPassResource, tagger.FirstPass), (EntityTagger.SecondPassResource, tagger.SecondPass) })
            {
                string file = Path.Combine(dir, name);
                if (model is null) { File.Delete(file); continue; }
                using (var stream = File.Create(file)) model.Save(stream);
                log.WriteLine($"wrote {file} ({new FileInfo(file).Length:N0} bytes)");
            }
            log.WriteLine($"trained in {watch.Elapsed.TotalSeconds:0}s");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Stream OpenGazetteer(string path) =>
        path.EndsWith(".br", StringComparison.Ordinal) ? new System.IO.Compression.BrotliStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress) : File.OpenRead(path);
}
