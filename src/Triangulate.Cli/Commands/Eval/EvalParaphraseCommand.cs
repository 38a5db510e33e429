using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Triangulate.Compare.Similarity;
using Triangulate.Eval;
using Triangulate.Eval.Paraphrase;
using Triangulate.Resources;

namespace Triangulate.Cli.Commands.Eval;

/// <summary>
/// <c>triangulate eval paraphrase</c>: the sentence similarity that aligns claims, scored on MRPC. Dev = the last
/// 408 pairs of the training file (the model is trained on the first 3,668, as shipped), plus 10-fold
/// cross-validation over the whole training file and the majority baseline; with and without WordNet when it is
/// installed. <c>--file</c> scores any file in MRPC's format with the shipped model.
/// </summary>
[CliCommand("eval")]
public static class EvalParaphraseCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var file = CommonOptions.File("Score this MRPC-format file (Quality, #1 ID, #2 ID, #1 String, #2 String) with the shipped model");
        var json = CommonOptions.Json();
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds over the training file", DefaultValueFactory = _ => 10 };
        var command = new Command("paraphrase", "Paraphrase identification on MRPC: dev accuracy/F1, cross-validation, baseline") { data, file, json, folds };
        command.SetAction(parse =>
        {
            string trainPath = Path.Combine(parse.GetValue(data)!.FullName, MrpcCorpus.Folder, MrpcCorpus.TrainFile);
            var scoreFile = parse.GetValue(file);
            if (scoreFile is not null && !scoreFile.Exists) return EvalOutput.Missing(parse, "MRPC-format file", scoreFile.FullName, "--file");
            if (scoreFile is null && !File.Exists(trainPath)) return EvalOutput.Missing(parse, "MRPC training file", trainPath);

            var clock = Stopwatch.StartNew();
            var wordNet = LexicalResources.WordNet;
            double wordNetMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            _ = TermWeights.Bundled;
            double weightsMs = clock.Elapsed.TotalMilliseconds;
            if (wordNet is null) CommandOutput.Error(parse).WriteLine(LexicalResources.MissingNotice());
            var variants = wordNet is null ? [SentenceSimilarity.Create(null)] : new[] { SentenceSimilarity.Create(wordNet), SentenceSimilarity.Create(null) };
            var report = new EvalReport("Paraphrase identification (MRPC): the sentence similarity used to align claims");
            try
            {
                report.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"start-up: WordNet cache opened in {wordNetMs:0.0} ms{(wordNet is null ? " (not installed)" : "")}, term weights loaded in {weightsMs:0.0} ms"));
                return scoreFile is null
                    ? Benchmark(parse, report, variants, trainPath, parse.GetValue(folds), parse.GetValue(json))
                    : ScoreFile(parse, report, variants, scoreFile.FullName, trainPath, parse.GetValue(json));
            }
            catch (InvalidDataException e)
            {
                CommandOutput.Error(parse).WriteLine("triangulate: " + e.Message);
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static int Benchmark(ParseResult parse, EvalReport report, SentenceSimilarity[] variants, string trainPath, int folds, bool json)
    {
        var all = MrpcCorpus.Read(trainPath);
        var (train, dev) = MrpcCorpus.SplitDev(all);
        var labels = all.Select(p => p.Paraphrase).ToList();
        report.Notes.Add($"data: {trainPath} ({all.Count} pairs); train = first {train.Count}, dev = last {dev.Count}; {folds}-fold CV over all {all.Count}");
        report.Notes.Add("decision threshold chosen by cross-validation inside the training pairs, never on dev");
        report.WithColumns("run", "pairs", "accuracy", "precision", "recall", "F1", "acc std", "F1 std");

        var majorityDev = BinaryScores.Of(dev.Select(_ => true).ToList(), dev.Select(p => p.Paraphrase).ToList());
        report.AddRow("majority baseline (dev)", dev.Count, majorityDev.Accuracy, majorityDev.Precision, majorityDev.Recall, majorityDev.F1, null, null);
        report.Figures["majority_dev"] = Json(majorityDev);
        foreach (var similarity in variants)
        {
            var watch = Stopwatch.StartNew();
            var features = ParaphraseBenchmark.Featurize(similarity, all);
            double perPairMs = watch.Elapsed.TotalMilliseconds / all.Count;
            var trainX = features.Take(train.Count).ToList();
            var devX = features.Skip(train.Count).ToList();
            var model = ParaphraseBenchmark.Train(similarity.Variant, trainX, labels.Take(train.Count).ToList(), "");
            var devScores = ParaphraseBenchmark.Score(model, devX, labels.Skip(train.Count).ToList());
            var cv = ParaphraseBenchmark.CrossValidate(similarity.Variant, features, labels, folds);
            var (accMean, accStd) = ParaphraseBenchmark.MeanStd(cv.Select(s => s.Accuracy));
            var (f1Mean, f1Std) = ParaphraseBenchmark.MeanStd(cv.Select(s => s.F1));
            var (pMean, _) = ParaphraseBenchmark.MeanStd(cv.Select(s => s.Precision));
            var (rMean, _) = ParaphraseBenchmark.MeanStd(cv.Select(s => s.Recall));
            // Cross-validation inside the training portion only: the figure to make design decisions on, since it never sees dev.
            var trainCv = ParaphraseBenchmark.CrossValidate(similarity.Variant, trainX, labels.Take(train.Count).ToList(), folds);
            var (tAcc, tAccStd) = ParaphraseBenchmark.MeanStd(trainCv.Select(s => s.Accuracy));
            var (tF1, tF1Std) = ParaphraseBenchmark.MeanStd(trainCv.Select(s => s.F1));
            string name = similarity.UsesWordNet ? "with WordNet" : "without WordNet";
            report.AddRow($"{name}: dev", devScores.Pairs, devScores.Accuracy, devScores.Precision, devScores.Recall, devScores.F1, null, null);
            report.AddRow($"{name}: {folds}-fold CV", all.Count, accMean, pMean, rMean, f1Mean, accStd, f1Std);
            report.AddRow($"{name}: {folds}-fold CV, train part", train.Count, tAcc, ParaphraseBenchmark.MeanStd(trainCv.Select(s => s.Precision)).Mean,
                ParaphraseBenchmark.MeanStd(trainCv.Select(s => s.Recall)).Mean, tF1, tAccStd, tF1Std);
            var (prepareUs, compareUs) = Timing(similarity, dev);
            var bundled = ParaphraseModel.Bundled(similarity.Variant);
            bool shipped = bundled is not null && bundled.Weights.Zip(model.Weights).All(w => Math.Abs(w.First - w.Second) < 1e-6);
            string wordNetNote = similarity.UsesWordNet ? $"; WordNet {similarity.Relations!.WordNet.Version}" : "";
            string bundledNote = shipped ? "same weights as the bundled model" : "bundled model differs: run 'triangulate train paraphrase'";
            report.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{name}: threshold {model.Threshold:0.000}; one thread: {prepareUs:0} µs to prepare a sentence, {compareUs:0} µs to compare two prepared ones; {bundledNote}{wordNetNote}"));
            report.Figures[similarity.Variant] = new JsonObject
            {
                ["dev"] = Json(devScores),
                ["cv"] = new JsonObject
                {
                    ["folds"] = folds, ["accuracy"] = accMean, ["accuracy_std"] = accStd, ["precision"] = pMean, ["recall"] = rMean,
                    ["f1"] = f1Mean, ["f1_std"] = f1Std,
                },
                ["cv_train_part"] = new JsonObject { ["pairs"] = train.Count, ["accuracy"] = tAcc, ["accuracy_std"] = tAccStd, ["f1"] = tF1, ["f1_std"] = tF1Std },
                ["threshold"] = model.Threshold,
                ["ms_per_pair_parallel"] = perPairMs,
                ["prepare_us_per_sentence"] = prepareUs,
                ["compare_us_per_pair"] = compareUs,
                ["matches_bundled_model"] = shipped,
            };
        }
        return EvalOutput.Print(parse, report, json);
    }

    private static int ScoreFile(ParseResult parse, EvalReport report, SentenceSimilarity[] variants, string path, string trainPath, bool json)
    {
        var pairs = MrpcCorpus.Read(path);
        var labels = pairs.Select(p => p.Paraphrase).ToList();
        report.Notes.Add($"data: {path} ({pairs.Count} pairs), scored with the bundled model");
        report.WithColumns("run", "pairs", "accuracy", "precision", "recall", "F1");
        var majority = BinaryScores.Of(pairs.Select(_ => true).ToList(), labels);
        report.AddRow("majority baseline", pairs.Count, majority.Accuracy, majority.Precision, majority.Recall, majority.F1);
        report.Figures["majority"] = Json(majority);
        foreach (var similarity in variants)
        {
            var model = similarity.Model;
            if (model is null)
            {
                if (!File.Exists(trainPath)) return EvalOutput.Missing(parse, "bundled model (and the MRPC training file to train one)", trainPath);
                var (train, _) = MrpcCorpus.SplitDev(MrpcCorpus.Read(trainPath));
                model = ParaphraseBenchmark.Train(similarity.Variant, ParaphraseBenchmark.Featurize(similarity, train), train.Select(p => p.Paraphrase).ToList(), "");
                report.Notes.Add($"{similarity.Variant}: no bundled model; trained one on {trainPath}");
            }
            var scores = ParaphraseBenchmark.Score(model, ParaphraseBenchmark.Featurize(similarity, pairs), labels);
            string name = similarity.UsesWordNet ? "with WordNet" : "without WordNet";
            report.AddRow(name, scores.Pairs, scores.Accuracy, scores.Precision, scores.Recall, scores.F1);
            report.Figures[similarity.Variant] = Json(scores);
        }
        return EvalOutput.Print(parse, report, json);
    }

    /// <summary>Single-threaded cost of the similarity on the dev pairs, caches warm (after featurising every pair once):
    /// microseconds to prepare one sentence and to compare two prepared sentences.</summary>
    private static (double PrepareUs, double CompareUs) Timing(SentenceSimilarity similarity, IReadOnlyList<MrpcPair> pairs)
    {
        var tokens = pairs.SelectMany(p => new[] { Triangulate.Text.Tokenizer.Shared.Tokenize(p.Sentence1), Triangulate.Text.Tokenizer.Shared.Tokenize(p.Sentence2) }).ToList();
        const int rounds = 3;
        var watch = Stopwatch.StartNew();
        var prepared = new List<PreparedSentence>();
        for (int r = 0; r < rounds; r++)
        {
            prepared.Clear();
            foreach (var t in tokens) prepared.Add(similarity.Prepare(t.AsSpan()));
        }
        double prepareUs = watch.Elapsed.TotalMicroseconds / (rounds * tokens.Count);
        watch.Restart();
        for (int r = 0; r < rounds; r++)
            for (int i = 0; i + 1 < prepared.Count; i += 2) similarity.Compare(prepared[i], prepared[i + 1]);
        double compareUs = watch.Elapsed.TotalMicroseconds / (rounds * pairs.Count);
        return (prepareUs, compareUs);
    }

    private static JsonObject Json(BinaryScores s) => new()
    {
        ["pairs"] = s.Pairs, ["accuracy"] = s.Accuracy, ["precision"] = s.Precision, ["recall"] = s.Recall, ["f1"] = s.F1,
    };
}
