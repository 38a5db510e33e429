using System.CommandLine;
using System.Diagnostics;
using Triangulate.Cli.Commands.Eval;
using Triangulate.Compare.Similarity;
using Triangulate.Eval.Paraphrase;
using Triangulate.Resources;

namespace Triangulate.Cli.Commands.Train;

/// <summary>
/// <c>triangulate train paraphrase</c>: trains the sentence-similarity model on the MRPC training portion (the
/// first 3,668 pairs of msr_paraphrase_train.txt; the last 408 stay the dev set) and writes
/// Resources/Data/paraphrase-model.json with two variants, with and without WordNet. Deterministic.
/// </summary>
[CliCommand("train")]
public static class TrainParaphraseCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder to write the model to",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("src", "Triangulate", "Resources", "Data")),
        };
        var command = new Command("paraphrase", "Train the sentence-similarity (paraphrase) model on the MRPC training portion") { data, outDir };
        command.SetAction(parse =>
        {
            string path = Path.Combine(parse.GetValue(data)!.FullName, MrpcCorpus.Folder, MrpcCorpus.TrainFile);
            if (!File.Exists(path)) return EvalOutput.Missing(parse, "MRPC training file", path);
            var wordNet = LexicalResources.WordNet;
            if (wordNet is null)
            {
                CommandOutput.Error(parse).WriteLine("triangulate: training needs WordNet for the model's WordNet variant; run 'triangulate setup' first");
                return ExitCodes.DataMissing;
            }
            var log = CommandOutput.Out(parse);
            var watch = Stopwatch.StartNew();
            var (train, _) = MrpcCorpus.SplitDev(MrpcCorpus.Read(path));
            var labels = train.Select(p => p.Paraphrase).ToList();
            var models = new List<ParaphraseModel>();
            foreach (var similarity in new[] { SentenceSimilarity.Create(wordNet), SentenceSimilarity.Create(null) })
            {
                string trainedOn = $"MRPC msr_paraphrase_train.txt, first {train.Count} pairs" +
                                   (similarity.UsesWordNet ? $"; WordNet {wordNet.Version} ({wordNet.Source})" : "; no WordNet");
                var features = ParaphraseBenchmark.Featurize(similarity, train);
                var model = ParaphraseBenchmark.Train(similarity.Variant, features, labels, trainedOn);
                var fit = ParaphraseBenchmark.Score(model, features, labels);
                log.WriteLine($"{similarity.Variant}: threshold {model.Threshold:0.000}, training accuracy {fit.Accuracy:0.000}, F1 {fit.F1:0.000}");
                models.Add(model);
            }
            string file = Path.Combine(parse.GetValue(outDir)!.FullName, ParaphraseModel.ResourceName);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, ParaphraseModel.Write(models,
                "Logistic regression over sentence-pair features; trained by 'triangulate train paraphrase' on MRPC (Microsoft Research " +
                "Paraphrase Corpus, MSR Shared Source licence: non-commercial research use only). See docs/RESOURCES.md."));
            log.WriteLine($"wrote {file} in {watch.Elapsed.TotalSeconds:0.0}s");
            return ExitCodes.Ok;
        });
        return command;
    }
}
