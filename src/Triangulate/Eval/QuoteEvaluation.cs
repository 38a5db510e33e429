using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Triangulate.Model;

namespace Triangulate.Eval;

/// <summary>
/// Runs quote extractors over a PolNeAR compartment and scores them with <see cref="QuoteScorer"/>: precision,
/// recall and F1 of quote extraction, and speaker accuracy on the quotes found, overall and split into fully
/// quoted and mixed gold quotes. For the split, a found quote counts in its gold quote's class and an
/// unmatched prediction in the class of its own kind (direct → fully quoted, partial → mixed).
/// </summary>
public sealed class QuoteEvaluation
{
    public sealed record System(string Name, Func<PolnearArticle, IReadOnlyList<PredictedQuote>> Extract);

    public sealed record Figures(int Gold, int Predicted, int Found, int SpeakerRight)
    {
        public double Precision => Predicted == 0 ? 0 : Found / (double)Predicted;
        public double Recall => Gold == 0 ? 0 : Found / (double)Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public double SpeakerAccuracy => Found == 0 ? 0 : SpeakerRight / (double)Found;

        public JsonObject ToJson() => new()
        {
            ["gold"] = Gold, ["predicted"] = Predicted, ["found"] = Found, ["speaker_right"] = SpeakerRight,
            ["precision"] = Math.Round(Precision, 4), ["recall"] = Math.Round(Recall, 4), ["f1"] = Math.Round(F1, 4),
            ["speaker_accuracy"] = Math.Round(SpeakerAccuracy, 4),
        };
    }

    public sealed record SystemResult(string Name, Figures All, Figures FullyQuoted, Figures Mixed, ImmutableArray<QuoteScorer.ArticleScore> Articles, double ArticlesPerSecond);

    public static SystemResult Evaluate(IReadOnlyList<PolnearArticle> corpus, System system, bool time = false)
    {
        var scores = ImmutableArray.CreateBuilder<QuoteScorer.ArticleScore>(corpus.Count);
        var watch = Stopwatch.StartNew();
        foreach (var article in corpus)
            scores.Add(QuoteScorer.Score(article.Id, article.Text, QuoteGold.Of(article), system.Extract(article)));
        double seconds = watch.Elapsed.TotalSeconds;
        if (time)
        {
            // The first pass pays for JIT compilation and lazy resources; time a second one.
            watch.Restart();
            foreach (var article in corpus) system.Extract(article);
            seconds = watch.Elapsed.TotalSeconds;
        }
        var articles = scores.ToImmutable();
        return new SystemResult(system.Name, Sum(articles, null), Sum(articles, true), Sum(articles, false), articles,
            seconds > 0 ? corpus.Count / seconds : 0);
    }

    private static Figures Sum(ImmutableArray<QuoteScorer.ArticleScore> articles, bool? fullyQuoted)
    {
        int gold = 0, predicted = 0, found = 0, right = 0;
        foreach (var a in articles)
        {
            foreach (var m in a.Matches)
            {
                if (fullyQuoted is { } f && m.Gold.FullyQuoted != f) continue;
                gold++; predicted++; found++;
                if (m.SpeakerRight) right++;
            }
            foreach (var g in a.Missed) if (fullyQuoted is not { } f || g.FullyQuoted == f) gold++;
            foreach (var p in a.Spurious) if (fullyQuoted is not { } f || p.Direct == f) predicted++;
        }
        return new Figures(gold, predicted, found, right);
    }

    public static EvalReport Report(string title, string dataPath, IReadOnlyList<PolnearArticle> corpus, IReadOnlyList<SystemResult> results)
    {
        var report = new EvalReport(title);
        int gold = results.Count > 0 ? results[0].All.Gold : 0, full = results.Count > 0 ? results[0].FullyQuoted.Gold : 0;
        report.Notes.Add($"data: {dataPath} ({corpus.Count} articles, first annotator each; {gold} gold quotes: {full} fully quoted, {gold - full} mixed)");
        report.Notes.Add("gold: every attribution whose content holds a quotation mark; found: contents overlap by >= half the longer (chars);");
        report.Notes.Add("speaker right: overlaps the gold source or names the same entity (same last word of the name); scare quotes are not predictions");
        report.WithColumns("system", "quotes", "P", "R", "F1", "speaker", "found/gold", "articles/s");
        var systems = new JsonObject();
        foreach (var r in results)
        {
            report.AddRow(r.Name, "all", r.All.Precision, r.All.Recall, r.All.F1, r.All.SpeakerAccuracy, $"{r.All.Found}/{r.All.Gold}", r.ArticlesPerSecond > 0 ? Math.Round(r.ArticlesPerSecond).ToString(CultureInfo.InvariantCulture) : null);
            report.AddRow("", "fully quoted", r.FullyQuoted.Precision, r.FullyQuoted.Recall, r.FullyQuoted.F1, r.FullyQuoted.SpeakerAccuracy, $"{r.FullyQuoted.Found}/{r.FullyQuoted.Gold}", null);
            report.AddRow("", "mixed", r.Mixed.Precision, r.Mixed.Recall, r.Mixed.F1, r.Mixed.SpeakerAccuracy, $"{r.Mixed.Found}/{r.Mixed.Gold}", null);
            systems[r.Name] = new JsonObject
            {
                ["all"] = r.All.ToJson(), ["fully_quoted"] = r.FullyQuoted.ToJson(), ["mixed"] = r.Mixed.ToJson(),
                ["articles_per_second"] = Math.Round(r.ArticlesPerSecond, 1),
            };
        }
        report.Figures["data"] = dataPath;
        report.Figures["articles"] = corpus.Count;
        report.Figures["systems"] = systems;
        return report;
    }

    /// <summary>Up to <paramref name="n"/> of each kind of error, with their text: for debugging, never for tuning on dev.</summary>
    public static string Errors(SystemResult result, int n)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"-- {result.Name}: missed gold quotes");
        foreach (var (a, g) in result.Articles.SelectMany(a => a.Missed.Select(g => (a, g))).Take(n))
            sb.AppendLine($"  {a.Id} {Show(a.Text, g.Content)}  <- {Show(a.Text, g.Source)}");
        sb.AppendLine($"-- {result.Name}: spurious predictions");
        foreach (var (a, p) in result.Articles.SelectMany(a => a.Spurious.Select(p => (a, p))).Take(n))
            sb.AppendLine($"  {a.Id} {Show(a.Text, p.Content)}  <- {p.Speaker ?? "-"}");
        sb.AppendLine($"-- {result.Name}: wrong speakers");
        foreach (var (a, m) in result.Articles.SelectMany(a => a.Matches.Where(m => !m.SpeakerRight).Select(m => (a, m))).Take(n))
            sb.AppendLine($"  {a.Id} {Show(a.Text, m.Gold.Content)}  gold <- {Show(a.Text, m.Gold.Source)}  ours <- {m.Predicted.Speaker ?? "-"} {string.Join(" ", m.Predicted.SpeakerSpans.Select(s => s.ToString()))}");
        return sb.ToString();
    }

    private static string Show(string text, ImmutableArray<TextSpan> spans)
    {
        if (spans.IsDefaultOrEmpty) return "[]";
        string s = string.Join(" | ", spans.Select(p => p.TextOf(text))).Replace('\n', ' ');
        if (s.Length > 160) s = s[..110] + " … " + s[^40..];
        return $"[{spans[0].Start}] {s}";
    }
}
