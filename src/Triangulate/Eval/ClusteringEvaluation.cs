using System.Collections.Immutable;
using System.Diagnostics;
using Triangulate.Cluster;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Eval;

/// <summary>The outcome of clustering one labelled set: the final partition's scores (after merges), the
/// scores of the stories as each article was placed on arrival, and the clustering speed.</summary>
public sealed record ClusteringRun(string Set, ClusteringScores Final, ClusteringScores AtArrival,
    double ArticlesPerSecond, TimeSpan ClusteringTime, IReadOnlyList<Story> Stories);

/// <summary>Runs the <see cref="StoryClusterer"/> over a labelled set in stream order and scores it.</summary>
public static class ClusteringEvaluation
{
    /// <summary>The clusterer's inputs for a set: raw articles are segmented first; plain text is tokenised as is.</summary>
    public static ImmutableArray<ClusterInput> Inputs(ClusteringSet set)
    {
        var segment = new SegmentStage(Tokenizer.Shared);
        var inputs = new ClusterInput[set.Items.Length];
        Parallel.For(0, inputs.Length, i =>
        {
            var item = set.Items[i];
            inputs[i] = item.Article is { } article
                ? TermExtractor.Shared.Extract(segment.Run(new Doc(article)))
                : TermExtractor.Shared.Extract(item.Id, item.Text ?? "");
        });
        return [.. inputs];
    }

    /// <summary>Clusters <paramref name="inputs"/> (those of <paramref name="set"/>, in order) and scores the result;
    /// <paramref name="scoreOnly"/> restricts scoring to some gold stories (WikiRef's real topics), while the
    /// clustering still sees every article.</summary>
    public static ClusteringRun Run(ClusteringSet set, ImmutableArray<ClusterInput> inputs, ClusterOptions options, Func<string, bool>? scoreOnly = null)
    {
        var clusterer = new StoryClusterer(options);
        var atArrival = new int[inputs.Length];
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < inputs.Length; i++) atArrival[i] = clusterer.Add(inputs[i]).Story;
        clock.Stop();

        var stories = clusterer.Stories;
        var final = new Dictionary<string, int>(inputs.Length, StringComparer.Ordinal);
        foreach (var story in stories)
            foreach (var id in story.Articles) final[id] = story.Id;

        var gold = new List<string>();
        var predictedFinal = new List<int>();
        var predictedAtArrival = new List<int>();
        for (int i = 0; i < inputs.Length; i++)
        {
            var item = set.Items[i];
            if (scoreOnly is not null && !scoreOnly(item.Gold)) continue;
            gold.Add(item.Gold);
            predictedFinal.Add(final[inputs[i].Id]);
            predictedAtArrival.Add(atArrival[i]);
        }
        double seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        return new ClusteringRun(set.Name, ClusteringMetrics.Score(gold, predictedFinal), ClusteringMetrics.Score(gold, predictedAtArrival),
            inputs.Length / seconds, clock.Elapsed, stories);
    }
}
