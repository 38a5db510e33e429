using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Triangulate.Compare.Derivation;
using Triangulate.Eval;
using Triangulate.Index;
using Triangulate.Model;
using Triangulate.Model.Story;

namespace Triangulate.Cli.Commands.Eval;

/// <summary>
/// <c>triangulate eval derivation</c>: precision and recall of copy / near-copy / paraphrase / independent verdicts on
/// a set constructed at run time from PolNeAR articles and MRPC sentence pairs (see <see cref="DerivationEvalSet"/>),
/// LSH candidate recall, the sentence-similarity threshold on MRPC, the natural copies among PolNeAR articles, and
/// (when the seeds folder is there) what the detector says about the seed pair. Calibrate with <c>--split train</c>,
/// report with the default <c>--split dev</c>.
/// </summary>
[CliCommand("eval")]
public static class DerivationEvalCommand
{
    private const int MrpcCalibrationPairs = 3668; // the rest (408) is the report part, as GLUE's dev set

    public static Command Create()
    {
        var data = CommonOptions.Data();
        var json = CommonOptions.Json();
        var split = new Option<string>("--split") { Description = "PolNeAR split to build the set from: dev (report) or train (calibrate)", DefaultValueFactory = _ => "dev" };
        split.AcceptOnlyFromAmong("dev", "train");
        var calibrate = new Option<bool>("--calibrate") { Description = "Search the verdict thresholds for the best macro F1 on this split (use with --split train)" };
        var background = new Option<FileInfo?>("--write-background") { Description = "Write the human-news background quantiles of the rewrite statistics (from the chosen split) to this file" };
        var seeds = new Option<DirectoryInfo?>("--seeds") { Description = "Folder with the seed article pair (default: ../seeds beside the data folder)" };
        var seed = new Option<int>("--seed") { Description = "Random seed for the constructed edits", DefaultValueFactory = _ => 20261123 };
        var similarityOption = new Option<string>("--similarity")
        {
            Description = "Sentence similarity for paraphrase alignment: overlap (the stream's) or model (the MRPC-trained one analyze uses)",
            DefaultValueFactory = _ => "overlap",
        }.AcceptOnlyFromAmong("overlap", "model");
        var command = new Command("derivation", "Copy / near-copy / paraphrase / independent verdicts on a set constructed from PolNeAR and MRPC")
        {
            data, json, split, calibrate, background, seeds, seed, similarityOption,
        };
        command.SetAction(parse =>
        {
            string dataDir = parse.GetValue(data)!.FullName;
            if (!Directory.Exists(Path.Combine(dataDir, "polnear"))) return EvalOutput.Missing(parse, "PolNeAR", Path.Combine(dataDir, "polnear"));
            if (!File.Exists(Path.Combine(dataDir, "mrpc", "msr_paraphrase_train.txt"))) return EvalOutput.Missing(parse, "MRPC", Path.Combine(dataDir, "mrpc"));
            string splitName = parse.GetValue(split)!;
            var seedsDir = parse.GetValue(seeds) ?? new DirectoryInfo(Path.Combine(dataDir, "..", "seeds"));
            ISentenceSimilarity? similarity = parse.GetValue(similarityOption) == "model"
                ? new ModelSentenceSimilarity(Triangulate.Compare.Similarity.SentenceSimilarity.Shared) : null;
            var report = Run(dataDir, splitName, parse.GetValue(calibrate), parse.GetValue(background), seedsDir, parse.GetValue(seed), similarity);
            return EvalOutput.Print(parse, report, parse.GetValue(json));
        });
        return command;
    }

    private static EvalReport Run(string dataDir, string split, bool calibrate, FileInfo? backgroundFile, DirectoryInfo seedsDir, int seed, ISentenceSimilarity? sentenceSimilarity)
    {
        var detector = new DerivationDetector(similarity: sentenceSimilarity);
        var report = new EvalReport($"Derivation on a set constructed from PolNeAR {split} and MRPC train ({(split == "dev" ? "report" : "calibration")} part)");
        var clock = Stopwatch.StartNew();
        var articles = DerivationEvalSet.ReadPolnear(dataDir, split);
        var mrpc = DerivationEvalSet.ReadMrpc(dataDir);
        var mrpcPart = split == "dev" ? mrpc.Skip(MrpcCalibrationPairs).ToList() : mrpc.Take(MrpcCalibrationPairs).ToList();
        report.Notes.Add($"data: {dataDir}; PolNeAR {split}: {articles.Count} articles; MRPC train pairs {(split == "dev" ? $"{MrpcCalibrationPairs + 1}–{mrpc.Count}" : $"1–{MrpcCalibrationPairs}")}; seed {seed}");
        report.Notes.Add($"sentence similarity: {detector.Similarity.Name} (align at ≥ {detector.Similarity.AlignThreshold:0.00}); thresholds: verbatim ≥ {detector.Options.VerbatimContainment}, near copy ≥ {detector.Options.NearCopyContainment} narration containment, paraphrase ≥ {detector.Options.ParaphraseAligned} aligned, ≥ {detector.Options.ParaphraseOrder} in order");

        // 1. Sentence similarity on MRPC pairs.
        var similarity = SentenceSimilarity(detector, mrpcPart, split == "train", report);

        // 2. Constructed pairs.
        var pairs = DerivationEvalSet.Build(articles, mrpcPart, detector, seed, out int leftOut);
        report.Notes.Add($"constructed pairs: {pairs.Count} ({string.Join(", ", pairs.GroupBy(p => p.Group).Select(g => $"{g.Key} {g.Count()}"))}); {leftOut} nearest-neighbour pair(s) left out as probable real copies");
        var results = pairs.Select(p => (Pair: p, Edge: detector.Compare(p.Source, p.Other))).ToList();
        var kinds = Enum.GetValues<DerivationKind>();
        report.WithColumns([.. new[] { "gold \\ predicted" }.Concat(kinds.Select(k => k.ToString())).Concat(["precision", "recall", "F1"])]);
        var figures = new JsonObject();
        double macro = 0;
        foreach (var gold in kinds)
        {
            var row = kinds.Select(pred => (object?)results.Count(r => r.Pair.Gold == gold && r.Edge.Kind == pred)).ToList();
            var (p, r, f) = Prf(results, gold, r => r.Edge.Kind);
            macro += f;
            row.AddRange([p, r, f]);
            report.AddRow(gold.ToString(), [.. row]);
            figures[gold.ToString()] = new JsonObject { ["precision"] = p, ["recall"] = r, ["f1"] = f, ["gold"] = results.Count(x => x.Pair.Gold == gold) };
        }
        macro /= kinds.Length;
        figures["macroF1"] = Math.Round(macro, 4);
        figures["derivedVsIndependent"] = Binary(results);
        report.Notes.Add($"macro F1 {macro:0.000}; derived-vs-independent (what corroboration needs): {Binary(results)["f1"]!.GetValue<double>():0.000} F1");
        foreach (var g in results.GroupBy(r => r.Pair.Group))
            report.Notes.Add($"  {g.Key}: {g.Count(r => r.Edge.Kind == r.Pair.Gold)}/{g.Count()} right; predicted {string.Join(", ", g.GroupBy(r => r.Edge.Kind).OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Count()}"))}");

        // Direction: the base article is the source of its near copies (no dates: containment must say so).
        var near = results.Where(r => r.Pair.Gold == DerivationKind.NearCopy && r.Edge.Kind == DerivationKind.NearCopy).ToList();
        int right = near.Count(r => r.Edge.Source == r.Pair.Source.Id), unknown = near.Count(r => r.Edge.Source is null);
        report.Notes.Add($"direction of detected near copies (by containment): {right} right, {unknown} unknown, {near.Count - right - unknown} wrong of {near.Count}");
        figures["nearCopyDirection"] = new JsonObject { ["right"] = right, ["unknown"] = unknown, ["wrong"] = near.Count - right - unknown };

        // 3. LSH candidate recall.
        figures["lsh"] = CandidateRecall(detector, articles, pairs, report);

        // 4. Natural copies among the split's own articles (copy LSH only: no story, no rewrite candidates).
        figures["natural"] = NaturalCopies(detector, articles, dataDir, split, report);

        if (calibrate) figures["calibration"] = Calibrate(results, report);

        figures["speed"] = Speed(detector, articles, report);

        if (backgroundFile is not null) WriteBackground(articles, backgroundFile, split, report);

        figures["seeds"] = Seeds(detector, seedsDir, report);
        figures["sentenceSimilarity"] = similarity;
        report.Figures["split"] = split;
        report.Figures["pairs"] = pairs.Count;
        report.Figures["classes"] = figures;
        report.Notes.Add($"elapsed {clock.Elapsed.TotalSeconds:0.0} s");
        return report;
    }

    private static (double P, double R, double F) Prf(List<(DerivationEvalPair Pair, DerivationEdge Edge)> results, DerivationKind kind, Func<(DerivationEvalPair Pair, DerivationEdge Edge), DerivationKind> predicted)
    {
        int tp = results.Count(r => r.Pair.Gold == kind && predicted(r) == kind);
        int fp = results.Count(r => r.Pair.Gold != kind && predicted(r) == kind);
        int fn = results.Count(r => r.Pair.Gold == kind && predicted(r) != kind);
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (Math.Round(p, 4), Math.Round(r, 4), Math.Round(p + r == 0 ? 0 : 2 * p * r / (p + r), 4));
    }

    private static JsonObject Binary(List<(DerivationEvalPair Pair, DerivationEdge Edge)> results)
    {
        int tp = results.Count(r => r.Pair.Gold != DerivationKind.Independent && r.Edge.IsDerived);
        int fp = results.Count(r => r.Pair.Gold == DerivationKind.Independent && r.Edge.IsDerived);
        int fn = results.Count(r => r.Pair.Gold != DerivationKind.Independent && !r.Edge.IsDerived);
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return new JsonObject { ["precision"] = Math.Round(p, 4), ["recall"] = Math.Round(r, 4), ["f1"] = Math.Round(p + r == 0 ? 0 : 2 * p * r / (p + r), 4) };
    }

    private static JsonObject SentenceSimilarity(DerivationDetector detector, List<(bool Paraphrase, string A, string B)> pairs, bool sweep, EvalReport report)
    {
        var scored = pairs.Select((p, i) => (p.Paraphrase, Score: detector.LemmaOverlap(
            DerivationEvalSet.MakeDoc($"s{i}a", p.A, "mrpc"), DerivationEvalSet.MakeDoc($"s{i}b", p.B, "mrpc")))).ToList();
        (double Acc, double F1) At(double t)
        {
            int tp = scored.Count(s => s.Paraphrase && s.Score >= t), tn = scored.Count(s => !s.Paraphrase && s.Score < t);
            int fp = scored.Count(s => !s.Paraphrase && s.Score >= t), fn = scored.Count(s => s.Paraphrase && s.Score < t);
            double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = (double)tp / Math.Max(1, tp + fn);
            return ((double)(tp + tn) / scored.Count, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
        var result = new JsonObject { ["pairs"] = scored.Count };
        double threshold = detector.Similarity.AlignThreshold;
        var (acc, f1) = At(threshold);
        result["threshold"] = threshold;
        result["accuracy"] = Math.Round(acc, 4);
        result["f1"] = Math.Round(f1, 4);
        string line = $"MRPC sentence pairs ({scored.Count}): lemma overlap ≥ {threshold:0.00} → accuracy {acc:0.000}, F1 {f1:0.000} (majority baseline {scored.Count(s => s.Paraphrase) / (double)scored.Count:0.000} accuracy)";
        if (sweep)
        {
            var best = Enumerable.Range(10, 80).Select(k => k / 100.0).Select(t => (T: t, At(t).Acc)).MaxBy(x => x.Acc);
            result["bestThreshold"] = best.T;
            result["bestAccuracy"] = Math.Round(best.Acc, 4);
            line += $"; best threshold on this part {best.T:0.00} (accuracy {best.Acc:0.000})";
        }
        report.Notes.Add(line);
        return result;
    }

    private static JsonObject CandidateRecall(DerivationDetector detector, List<Doc> articles, List<DerivationEvalPair> pairs, EvalReport report)
    {
        var o = detector.Options;
        var copyIndex = new LshIndex(o.CopyBands, o.CopyRows);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < articles.Count; i++)
        {
            position[articles[i].Id] = i;
            copyIndex.Add(i, detector.Profile(articles[i]).CopySignature);
        }
        var candidates = new List<int>();
        var result = new JsonObject();
        foreach (var group in pairs.Where(p => p.Gold is DerivationKind.NearCopy or DerivationKind.Verbatim).GroupBy(p => p.Group))
        {
            int found = 0, total = 0;
            long returned = 0;
            foreach (var p in group)
            {
                copyIndex.Query(detector.Profile(p.Other).CopySignature, candidates);
                total++;
                returned += candidates.Count;
                if (candidates.Contains(position[p.Source.Id])) found++;
            }
            report.Notes.Add($"copy LSH ({o.CopyBands}×{o.CopyRows}) recall, {group.Key}: {found}/{total}; {returned / (double)total:0.00} candidates per query among {articles.Count} articles");
            result[group.Key] = new JsonObject { ["recall"] = Math.Round((double)found / total, 4), ["candidatesPerQuery"] = Math.Round(returned / (double)total, 3) };
        }
        foreach (var group in pairs.Where(p => p.Group.StartsWith("mrpc", StringComparison.Ordinal)).GroupBy(p => p.Group))
        {
            int found = 0, total = 0;
            foreach (var p in group)
            {
                var index = detector.CreateIndex();
                index.Add(p.Source);
                index.Add(p.Other);
                total++;
                if (index.Comparisons > 0) found++;
            }
            report.Notes.Add($"rewrite candidates (topic LSH {o.TopicBands}×{o.TopicRows} + Jaccard ≥ {o.TopicPrefilter} within a story), {group.Key}: {found}/{total} compared");
            result[group.Key] = new JsonObject { ["compared"] = Math.Round((double)found / total, 4) };
        }
        return result;
    }

    private static JsonObject NaturalCopies(DerivationDetector detector, List<Doc> articles, string dataDir, string split, EvalReport report)
    {
        var wire = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(dataDir, "polnear", "metadata.tsv")).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length >= 12 && c[0] == split) wire[c[1]] = c[11];
        }
        var index = detector.CreateIndex();
        var edges = new List<DerivationEdge>();
        foreach (var doc in articles) edges.AddRange(index.Add(doc, story: doc.Id));
        var result = new JsonObject { ["articles"] = articles.Count, ["comparisons"] = index.Comparisons, ["edges"] = edges.Count };
        report.Notes.Add($"natural copies among PolNeAR {split}: {index.Comparisons} candidate pairs compared, {edges.Count} derived edge(s)" +
            (edges.Count == 0 ? "" : ": " + string.Join("; ", edges.Select(e => $"{e.Kind} {e.A} [{wire.GetValueOrDefault(e.A, "?")}] – {e.B} [{wire.GetValueOrDefault(e.B, "?")}] containment {e.Evidence.NarrationContainmentA:0.00}/{e.Evidence.NarrationContainmentB:0.00}"))));
        return result;
    }

    /// <summary>CPU time (not wall time: the machine may be shared) of profiling and of the stream step over the split's
    /// real articles, after warm-up passes so tiered JIT has settled; memory held per indexed article.</summary>
    private static JsonObject Speed(DerivationDetector detector, List<Doc> articles, EvalReport report)
    {
        static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;
        for (int warm = 0; warm < 3; warm++) foreach (var d in articles) detector.Profile(d);
        const int rounds = 5;
        var t0 = Cpu();
        for (int r = 0; r < rounds; r++) foreach (var d in articles) detector.Profile(d);
        double profile = (Cpu() - t0).TotalMicroseconds / (rounds * articles.Count);

        for (int warm = 0; warm < 2; warm++) { var w = detector.CreateIndex(); foreach (var d in articles) w.Add(d, d.Id); }
        GC.Collect();
        long heap0 = GC.GetTotalMemory(true);
        var pause0 = GC.GetTotalPauseDuration();
        t0 = Cpu();
        var index = detector.CreateIndex();
        foreach (var d in articles) index.Add(d, d.Article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? d.Id);
        double stream = (Cpu() - t0).TotalMicroseconds / articles.Count;
        double pauses = (GC.GetTotalPauseDuration() - pause0).TotalMicroseconds / articles.Count;
        long heap = (GC.GetTotalMemory(true) - heap0) / articles.Count;
        long own = index.ApproximateBytes / articles.Count;
        GC.KeepAlive(index);
        double words = articles.Average(d => d.Article.WordCount);
        report.Notes.Add($"speed (process CPU time, {articles.Count} articles of {words:0} words on average): profile {profile:0.0} µs/article; " +
            $"stream step (profile, copy candidates, rewrite candidates within a story = publication day, compare, index) {stream:0.0} µs/article " +
            $"with {index.Comparisons} comparisons, GC pauses {pauses:0.0} µs/article; held {own} B/article by the index's count, {heap} B/article by GC heap delta");
        return new JsonObject
        {
            ["profileMicroseconds"] = Math.Round(profile, 1), ["streamMicroseconds"] = Math.Round(stream, 1), ["comparisons"] = index.Comparisons,
            ["gcPauseMicroseconds"] = Math.Round(pauses, 1), ["bytesPerArticle"] = own, ["heapBytesPerArticle"] = heap, ["meanWords"] = Math.Round(words),
        };
    }

    private static JsonObject Calibrate(List<(DerivationEvalPair Pair, DerivationEdge Edge)> results, EvalReport report)
    {
        var kinds = Enum.GetValues<DerivationKind>();
        var best = (F: -1.0, Options: DerivationOptions.Default);
        foreach (double near in new[] { 0.3, 0.4, 0.5, 0.6, 0.7 })
            foreach (double aligned in new[] { 0.4, 0.5, 0.6, 0.7, 0.8 })
                foreach (double order in new[] { 0.6, 0.7, 0.8, 0.9 })
                    foreach (int minPairs in new[] { 2, 3, 4 })
                    {
                        var o = DerivationOptions.Default with { NearCopyContainment = near, ParaphraseAligned = aligned, ParaphraseOrder = order, ParaphraseMinPairs = minPairs };
                        double f = kinds.Average(k => Prf(results, k, r => DerivationDetector.Classify(r.Edge.Evidence, o)).F);
                        if (f > best.F + 1e-9) best = (f, o);
                    }
        var b = best.Options;
        report.Notes.Add($"calibration (grid on this split): best macro F1 {best.F:0.000} at near copy ≥ {b.NearCopyContainment}, paraphrase aligned ≥ {b.ParaphraseAligned}, order ≥ {b.ParaphraseOrder}, pairs ≥ {b.ParaphraseMinPairs}");
        return new JsonObject { ["macroF1"] = Math.Round(best.F, 4), ["nearCopy"] = b.NearCopyContainment, ["paraphraseAligned"] = b.ParaphraseAligned, ["paraphraseOrder"] = b.ParaphraseOrder, ["paraphraseMinPairs"] = b.ParaphraseMinPairs };
    }

    private static void WriteBackground(List<Doc> articles, FileInfo file, string split, EvalReport report)
    {
        var signals = new RewriteSignals(background: new RewriteBackground([], "none"));
        var stats = articles.Select(signals.Measure).Where(s => s.Sentences >= RewriteSignals.MinSentences).ToList();
        var lines = new List<string>
        {
            $"# Human-news background for rewrite signals: 21 quantiles (every 5%) of each statistic over {stats.Count} PolNeAR v1.0.0 {split} articles",
            "# (networkdynamics/PolNeAR c3eee833, US political news 2015-16; research-only texts, only these statistics are kept).",
            "# Generated by 'triangulate eval derivation --split train --write-background <file>'; do not edit by hand.",
            RewriteBackground.Line(RewriteSignals.SentenceLengthCv, stats.Select(s => s.SentenceLengthCv).ToList()),
            RewriteBackground.Line(RewriteSignals.ElevatedShare, stats.Where(s => s.PlainWords >= 50).Select(s => s.ElevatedShare).ToList()),
            RewriteBackground.Line(RewriteSignals.StockOpenerRate, stats.Select(s => s.OpenerRate).ToList()),
        };
        File.WriteAllLines(file.FullName, lines);
        report.Notes.Add($"wrote background quantiles over {stats.Count} articles to {file.FullName}");
    }

    private static JsonObject? Seeds(DerivationDetector detector, DirectoryInfo dir, EvalReport report)
    {
        var files = dir.Exists ? dir.GetFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal).ToList() : [];
        if (files.Count < 2) { report.Notes.Add($"seeds: none at {dir.FullName}"); return null; }
        var a = DerivationEvalSet.MakeDoc(Path.GetFileNameWithoutExtension(files[0].Name), File.ReadAllText(files[0].FullName), "seed");
        var b = DerivationEvalSet.MakeDoc(Path.GetFileNameWithoutExtension(files[1].Name), File.ReadAllText(files[1].FullName), "seed");
        var edge = detector.Compare(a, b);
        report.Notes.Add($"seeds {a.Id} vs {b.Id}: {edge.Kind} — {edge.Explanation}");
        var result = new JsonObject { ["kind"] = edge.Kind.ToString(), ["alignedA"] = edge.Evidence.AlignedA, ["alignedB"] = edge.Evidence.AlignedB, ["orderKept"] = edge.Evidence.OrderKept, ["passages"] = edge.Evidence.Passages.Length };
        var signals = new JsonObject();
        foreach (var doc in new[] { a, b })
        {
            var list = RewriteSignals.Default.For(doc);
            report.Notes.Add($"  signals for {doc.Id} alone: " + (list.Count == 0 ? "none (no background bundled?)" : string.Join("; ", list.Select(s => $"{s.Name} {s.Strength:0.00} (value {s.Value:0.###})"))));
            signals[doc.Id] = new JsonObject(list.Select(s => KeyValuePair.Create(s.Name, (JsonNode?)s.Strength)));
        }
        var against = RewriteSignals.Default.For(b, a, edge).Where(s => s.Name is "systematic-rewording" or "quote-words-changed" or "vocabulary-shift").ToList();
        report.Notes.Add($"  signals for {b.Id} against {a.Id}: " + (against.Count == 0 ? "none" : string.Join("; ", against.Select(s => $"{s.Name} {s.Strength:0.00} (value {s.Value:0.###})"))));
        result["signals"] = signals;
        return result;
    }
}
