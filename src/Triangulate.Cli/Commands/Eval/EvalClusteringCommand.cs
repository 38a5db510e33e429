using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Triangulate.Cluster;
using Triangulate.Eval;

namespace Triangulate.Cli.Commands.Eval;

/// <summary>
/// <c>triangulate eval clustering</c>: online story clustering, one pass in stream order, on the GoogleNews
/// short-text sets (News-TS, News-T, News-S) and WikiRef220, or on any folder of raw articles whose gold story
/// is the file-name prefix (<c>--dir</c>). NMI (geometric, as the GSDMM/MStream papers; and arithmetic), BCubed
/// precision/recall/F1, and clustering speed. <c>--sweep</c> prints the sensitivity to the two thresholds.
/// </summary>
[CliCommand("eval")]
public static class EvalClusteringCommand
{
    private static readonly string[] GoogleNewsSets = ["News-TS", "News-T", "News-S"];

    public static Command Create()
    {
        var data = CommonOptions.Data();
        var dir = CommonOptions.Dir("Cluster this folder of raw-text articles instead, gold story = file-name prefix (topic.name.7.txt, TopicName (7).txt)");
        var json = CommonOptions.Json();
        var threshold = new Option<double?>("--threshold") { Description = $"Join threshold (default {ClusterOptions.Default.Threshold.ToString(CultureInfo.InvariantCulture)})" };
        var merge = new Option<double?>("--merge") { Description = $"Merge threshold, above 1 for none (default {ClusterOptions.Default.MergeThreshold.ToString(CultureInfo.InvariantCulture)})" };
        var exponent = new Option<double?>("--size-exponent") { Description = $"Story-size exponent of the score (default {ClusterOptions.Default.SizeExponent.ToString(CultureInfo.InvariantCulture)})" };
        var articleTerms = new Option<int?>("--article-terms") { Description = $"Terms that represent an article (default {ClusterOptions.Default.ArticleTerms})" };
        var prior = new Option<double?>("--prior-documents") { Description = $"Pseudo-documents in the IDF prior (default {ClusterOptions.Default.PriorDocuments})" };
        var noReoffer = new Option<bool>("--no-reoffer") { Description = "Do not re-offer lone articles to stories that grow near them" };
        var predictions = new Option<FileInfo?>("--predictions") { Description = "Also write every article's gold and predicted story (TSV: set, article, gold, story) to this file" };
        var sweep = new Option<bool>("--sweep") { Description = "Also print NMI and BCubed F1 over a grid of join and merge thresholds (sensitivity)" };
        var command = new Command("clustering", "Online story clustering: NMI and BCubed on GoogleNews News-TS/T/S and WikiRef220 (or --dir)")
        {
            data, dir, json, threshold, merge, exponent, articleTerms, prior, noReoffer, predictions, sweep,
        };
        command.SetAction(parse =>
        {
            var options = ClusterOptions.Default;
            if (parse.GetValue(threshold) is { } t) options = options with { Threshold = t };
            if (parse.GetValue(merge) is { } m) options = options with { MergeThreshold = m };
            if (parse.GetValue(exponent) is { } e) options = options with { SizeExponent = e };
            if (parse.GetValue(articleTerms) is { } at) options = options with { ArticleTerms = at };
            if (parse.GetValue(prior) is { } pd) options = options with { PriorDocuments = pd };
            if (parse.GetValue(noReoffer)) options = options with { ReofferLoneArticles = false };

            var sets = new List<(ClusteringSet Set, Func<string, bool>? ScoreOnly, string Label)>();
            var notes = new List<string>();
            if (parse.GetValue(dir) is { } folder)
            {
                if (!folder.Exists) return EvalOutput.Missing(parse, "folder", folder.FullName, "--dir");
                var set = ClusteringSet.ReadFolder(folder.FullName);
                sets.Add((set, null, set.Name));
                notes.Add($"folder: {folder.FullName} ({set.Items.Length} articles, {set.Errors.Length} unreadable)");
            }
            else
            {
                string root = parse.GetValue(data)!.FullName;
                string news = Path.Combine(root, "googlenews-story-clustering");
                string wiki = Path.Combine(root, "wikiref220", "WikiRef220");
                if (!Directory.Exists(news) && !Directory.Exists(wiki)) return EvalOutput.Missing(parse, "GoogleNews and WikiRef220 data", root);
                foreach (var name in GoogleNewsSets)
                {
                    string file = Path.Combine(news, name + ".jsonl");
                    if (File.Exists(file)) sets.Add((ClusteringSet.ReadGoogleNews(file, name), null, name));
                    else notes.Add($"missing: {file}");
                }
                if (Directory.Exists(wiki))
                {
                    var set = ClusteringSet.ReadFolder(wiki, "WikiRef220");
                    // Per the dataset's readme, topics with five articles or fewer are noise; the real topics are
                    // scored on their own too (the whole folder is clustered either way).
                    var real = set.Items.GroupBy(i => i.Gold).Where(g => g.Count() > 5).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
                    sets.Add((set, null, "WikiRef220 (all files)"));
                    sets.Add((set, real.Contains, $"WikiRef220 ({real.Count} real topics)"));
                    notes.Add($"WikiRef220: {set.Items.Length} files in number order; real topics (> 5 articles): {string.Join(", ", real.Order(StringComparer.Ordinal))}");
                }
                else notes.Add($"missing: {wiki}");
                notes.Add($"data: {root}");
            }

            var report = new EvalReport("Story clustering: one online pass in stream order");
            report.Notes.AddRange(notes);
            report.Notes.Add($"threshold {Num(options.Threshold)}, size exponent {Num(options.SizeExponent)}, merge {Num(options.MergeThreshold)}, "
                             + $"lone articles re-offered: {(options.ReofferLoneArticles ? "yes" : "no")}, article terms {options.ArticleTerms}, IDF prior {Num(options.PriorDocuments)} documents; "
                             + "NMI = geometric (GSDMM/MStream papers), NMI(a) = arithmetic; B3 = BCubed; '@arrival' = stories as each article was placed, before later merges");
            report.WithColumns("set", "docs", "gold", "stories", "NMI", "NMI(a)", "B3 P", "B3 R", "B3 F1", "NMI@arrival", "F1@arrival", "articles/s");
            var figures = report.Figures;   // what --json prints
            var inputsBySet = new Dictionary<ClusteringSet, System.Collections.Immutable.ImmutableArray<ClusterInput>>();
            var tsv = parse.GetValue(predictions) is null ? null : new System.Text.StringBuilder("set\tarticle\tgold\tstory\n");
            bool warm = false;
            foreach (var (set, scoreOnly, label) in sets)
            {
                if (!inputsBySet.TryGetValue(set, out var inputs)) inputsBySet[set] = inputs = ClusteringEvaluation.Inputs(set);
                if (!warm)
                {
                    // One unmeasured pass first, so the first set's speed is not the JIT's warm-up.
                    ClusteringEvaluation.Run(set, inputs, options, scoreOnly);
                    warm = true;
                }
                var run = ClusteringEvaluation.Run(set, inputs, options, scoreOnly);
                var f = run.Final;
                if (tsv is not null && scoreOnly is null)
                {
                    var storyOf = run.Stories.SelectMany(s => s.Articles.Select(a => (a, s.Id))).ToDictionary(x => x.a, x => x.Id, StringComparer.Ordinal);
                    foreach (var item in set.Items) tsv.Append(label).Append('\t').Append(item.Id).Append('\t').Append(item.Gold).Append('\t').Append(storyOf[item.Id]).Append('\n');
                }
                report.AddRow(label, f.Items, f.GoldClusters, f.PredictedClusters, f.Nmi, f.NmiArithmetic, f.BCubedPrecision, f.BCubedRecall, f.BCubedF1,
                    run.AtArrival.Nmi, run.AtArrival.BCubedF1, (long)Math.Round(run.ArticlesPerSecond));
                figures[label] = new JsonObject
                {
                    ["docs"] = f.Items, ["gold_clusters"] = f.GoldClusters, ["stories"] = f.PredictedClusters,
                    ["nmi"] = Round(f.Nmi), ["nmi_arithmetic"] = Round(f.NmiArithmetic),
                    ["bcubed_precision"] = Round(f.BCubedPrecision), ["bcubed_recall"] = Round(f.BCubedRecall), ["bcubed_f1"] = Round(f.BCubedF1),
                    ["nmi_at_arrival"] = Round(run.AtArrival.Nmi), ["bcubed_f1_at_arrival"] = Round(run.AtArrival.BCubedF1),
                    ["articles_per_second"] = Math.Round(run.ArticlesPerSecond),
                };
            }
            figures["options"] = new JsonObject
            {
                ["threshold"] = options.Threshold, ["size_exponent"] = options.SizeExponent, ["merge_threshold"] = options.MergeThreshold, ["reoffer_lone_articles"] = options.ReofferLoneArticles,
                ["article_terms"] = options.ArticleTerms, ["prior_documents"] = options.PriorDocuments, ["story_terms"] = options.StoryTerms, ["index_terms"] = options.IndexTerms, ["query_terms"] = options.QueryTerms,
            };

            if (tsv is not null) CommandOutput.Write(parse, parse.GetValue(predictions), tsv.ToString());
            if (parse.GetValue(sweep))
            {
                var table = Sweep(sets, inputsBySet, options, figures);
                report.Notes.Add("");
                foreach (var line in table) report.Notes.Add(line);
            }
            return EvalOutput.Print(parse, report, parse.GetValue(json));
        });
        return command;
    }

    /// <summary>NMI / BCubed F1 of every set over a grid of join thresholds × merge thresholds (none = no merging).</summary>
    private static List<string> Sweep(List<(ClusteringSet Set, Func<string, bool>? ScoreOnly, string Label)> sets,
        Dictionary<ClusteringSet, System.Collections.Immutable.ImmutableArray<ClusterInput>> inputs, ClusterOptions options, JsonObject figures)
    {
        double[] joins = [0.20, 0.25, 0.30, 0.35, 0.40];
        double[] merges = [0.20, 0.25, 0.30, 2.0];
        var lines = new List<string> { "Sensitivity: NMI / BCubed F1 (final stories) by join threshold and merge threshold" };
        string header = "join  merge " + string.Concat(sets.Select(s => $" | {Short(s.Label),-13}"));
        lines.Add(header);
        lines.Add(new string('-', header.Length));
        var grid = new JsonArray();
        foreach (double join in joins)
        {
            foreach (double merge in merges)
            {
                var o = options with { Threshold = join, MergeThreshold = merge };
                var cells = new List<string>();
                var point = new JsonObject { ["threshold"] = join, ["merge_threshold"] = merge > 1 ? null : merge };
                foreach (var (set, scoreOnly, label) in sets)
                {
                    var run = ClusteringEvaluation.Run(set, inputs[set], o, scoreOnly);
                    cells.Add($" | {run.Final.Nmi:0.000} / {run.Final.BCubedF1:0.000}");
                    point[label] = new JsonObject { ["nmi"] = Round(run.Final.Nmi), ["bcubed_f1"] = Round(run.Final.BCubedF1) };
                }
                lines.Add($"{join:0.00}  {(merge > 1 ? "none" : merge.ToString("0.00", CultureInfo.InvariantCulture)),-5}" + string.Concat(cells));
                grid.Add(point);
            }
        }
        figures["sweep"] = grid;
        return lines;
    }

    private static string Short(string label) => label.Length <= 13 ? label : label[..13];
    private static string Num(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
    private static double Round(double x) => Math.Round(x, 4);
}
