using System.Diagnostics;
using System.Globalization;
using Triangulate.Cluster;
using Triangulate.Compare.Derivation;
using Triangulate.Eval;
using Triangulate.Model;
using Triangulate.Model.Story;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Bench.Cluster;

/// <summary>
/// <c>stream --articles N [--data DIR] [--rate PER_HOUR] [--batch B] [--derivation]</c>: streams N generated news-length
/// articles (<see cref="NewsStreamGenerator"/>) through segmentation, term extraction and the story clusterer, one
/// core, in batches; reports wall-clock and CPU-time throughput of each phase, open stories and memory as it goes
/// (estimated bytes per article held in open stories, managed heap, working set), peak working set at the end,
/// and how well the synthetic stories were recovered (NMI, BCubed). Closed stories are not retained (a continuous
/// stream): memory must level off once stories start closing. With <c>--derivation</c> each article also goes through
/// derivation detection as the product runs it (<see cref="StoryTracker"/>: LSH candidates, full comparison of
/// colliding pairs only), timed with clustering, and the generated wire copies found are counted.
/// </summary>
public static class StreamRun
{
    public static int Run(string[] args)
    {
        int articles = 1_000_000, batch = 2000;
        double rate = 2500;
        bool derivation = false;
        double? windowHours = null;
        string data = Path.GetFullPath(Path.Combine("..", "shared", "data"));
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--articles": articles = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--data": data = args[++i]; break;
                case "--rate": rate = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--batch": batch = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--derivation": derivation = true; break;
                case "--window": windowHours = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"stream: unknown argument '{args[i]}' (--articles N, --data DIR, --rate PER_HOUR, --batch B, --derivation, --window HOURS (0: none))"); return 1;
            }
        }
        if (!Directory.Exists(Path.Combine(data, "googlenews-story-clustering")))
        {
            Console.Error.WriteLine($"stream: datasets not found under {data} (give --data)");
            return 3;
        }

        var generator = new NewsStreamGenerator(data, articlesPerHour: rate);
        var segment = new SegmentStage(Tokenizer.Shared);
        var extractor = TermExtractor.Shared;
        var clusterer = new StoryClusterer(ClusterOptions.Default with { RetainClosed = false });
        var derivationOptions = windowHours is { } hours
            ? DerivationOptions.Stream with { Window = hours > 0 ? TimeSpan.FromHours(hours) : null }
            : DerivationOptions.Stream;
        var tracker = new StoryTracker(clusterer, derivation ? new DerivationDetector(derivationOptions).CreateIndex() : null);
        var published = new DateTimeOffset[articles];   // by serial: how far a copy came after its original
        var copies = new Dictionary<string, string>(StringComparer.Ordinal);   // wire copy → its original
        var derivedPairs = new HashSet<(string, string)>();
        var edgeKinds = new long[4];
        var gold = new int[articles];
        var final = new int[articles];
        var atArrival = new int[articles];
        long closedStories = 0;
        // The largest stories found, to see what a loss of precision is made of: one event that grew, or unrelated
        // generated stories swallowed together (how many, over how long).
        var largest = new List<(int Size, TimeSpan Span, int Generated, int Main)>();
        clusterer.StoryClosed += story =>
        {
            closedStories++;
            foreach (var id in story.Articles) final[Serial(id)] = story.Id;
            if (largest.Count == 5 && story.Size <= largest[^1].Size) return;
            var generated = story.Articles.GroupBy(id => gold[Serial(id)]).Select(g => g.Count()).ToList();
            largest.Add((story.Size, (story.LastSeen - story.FirstSeen) ?? TimeSpan.Zero, generated.Count, generated.Max()));
            largest.Sort((a, b) => b.Size.CompareTo(a.Size));
            if (largest.Count > 5) largest.RemoveAt(5);
        };

        GC.Collect();
        long heapBefore = GC.GetTotalMemory(true);
        var pauseBefore = GC.GetTotalPauseDuration();
        int gen2Before = GC.CollectionCount(2), gen0Before = GC.CollectionCount(0);
        var process = Process.GetCurrentProcess();
        Console.WriteLine($"stream: {articles:N0} articles at {rate:N0}/hour (publication time), batches of {batch}; derivation {(derivation ? "on" : "off")}; data {data}");
        Console.WriteLine($"{"articles",10} {"extract/s",10} {"cluster/s",10} {"cluster/s cpu",13} {"found/art",9} {"open stories",12} {"open articles",13} {"est. B/article",14} {"deriv. held",11} {"heap MB",8} {"ws MB",7}");

        var wall = new double[3];   // generate, segment+extract, cluster (seconds)
        var cpu = new double[3];
        var allocated = new long[3];   // bytes allocated by each phase: what the GC and first-touch page faults pay for
        var clock = new Stopwatch();
        var batchArticles = new List<StreamArticle>(batch);
        var inputs = new ClusterInput[batch];
        var docs = new Doc[batch];
        long words = 0;
        using var stream = generator.Generate(articles).GetEnumerator();
        int done = 0;
        int nextReport = Math.Min(100_000, articles);
        while (done < articles)
        {
            Phase(0, () =>
            {
                batchArticles.Clear();
                while (batchArticles.Count < batch && stream.MoveNext()) batchArticles.Add(stream.Current);
            });
            if (batchArticles.Count == 0) break;
            Phase(1, () =>
            {
                for (int i = 0; i < batchArticles.Count; i++)
                    inputs[i] = extractor.Extract(docs[i] = segment.Run(new Doc(batchArticles[i].Article)));
            });
            for (int i = 0; i < batchArticles.Count; i++)
            {
                words += batchArticles[i].Article.WordCount;
                gold[done + i] = batchArticles[i].Story;   // before the story stage: a story closing in it reads them
                published[done + i] = batchArticles[i].Article.Published!.Value;
            }
            Phase(2, () =>
            {
                for (int i = 0; i < batchArticles.Count; i++)
                {
                    var placed = tracker.Add(docs[i], inputs[i]);
                    atArrival[done + i] = placed.Assignment.Story;
                    foreach (var e in placed.Edges)
                    {
                        derivedPairs.Add((e.A, e.B));
                        edgeKinds[(int)e.Kind]++;
                    }
                }
            });
            Array.Clear(docs);
            foreach (var a in batchArticles) if (a.CopyOf is { } original) copies[a.Article.Id] = original;
            done += batchArticles.Count;
            if (done >= nextReport || done == articles)
            {
                nextReport += 100_000;
                process.Refresh();
                long estimated = clusterer.EstimatedBytes;
                Console.WriteLine($"{done,10:N0} {done / wall[1],10:N0} {done / wall[2],10:N0} {done / cpu[2],13:N0} {clusterer.Counters.CandidatesFoundPerArticle,9:N0} {clusterer.OpenStories,12:N0} {clusterer.OpenArticles,13:N0} "
                                  + $"{(clusterer.OpenArticles > 0 ? estimated / clusterer.OpenArticles : 0),14:N0} {tracker.Derivation?.Held ?? 0,11:N0} {GC.GetTotalMemory(false) / 1e6,8:N0} {process.WorkingSet64 / 1e6,7:N0}");
            }
        }

        // What the story stage holds: the collected heap with it, and after closing the open stories and dropping the
        // clusterer and the derivation index altogether (term statistics and recycled profile arrays included).
        long openArticles = clusterer.OpenArticles;
        long estimatedOpen = clusterer.EstimatedBytes;
        int openStories = clusterer.OpenStories;
        var (indexTerms, indexEntries) = clusterer.IndexSize;
        long derivationBytes = tracker.Derivation?.ApproximateBytes ?? 0;
        long articlesHeld = tracker.Derivation?.Held ?? 0;
        var counters = clusterer.Counters;
        var index = tracker.Derivation;
        long heapOpen = GC.GetTotalMemory(true);
        clusterer.CloseAll();
        tracker = null!;
        clusterer = null!;
        long comparisons = index?.Comparisons ?? 0, expired = index?.Expired ?? 0, rewriteCandidates = index?.RewriteCandidates ?? 0;
        index = null;
        long heapDropped = GC.GetTotalMemory(true);
        long storyBytes = heapOpen - heapDropped;
        process.Refresh();

        var scored = ClusteringMetrics.Score(gold.AsSpan(0, done).ToArray(), final.AsSpan(0, done).ToArray());
        var scoredArrival = ClusteringMetrics.Score(gold.AsSpan(0, done).ToArray(), atArrival.AsSpan(0, done).ToArray());
        Console.WriteLine();
        Console.WriteLine($"articles                    {done:N0} ({words / (double)done:N0} words each on average), {closedStories:N0} stories");
        Console.WriteLine($"segment + extract           {done / wall[1],10:N0} articles/s wall, {done / cpu[1],10:N0} /s CPU time");
        string step = derivation ? "cluster + derivation" : "cluster";
        Console.WriteLine($"{step,-27} {done / wall[2],10:N0} articles/s wall, {done / cpu[2],10:N0} /s CPU time");
        Console.WriteLine($"allocated per article       segment + extract {allocated[1] / (double)done / 1024:N1} KB, {step} {allocated[2] / (double)done / 1024:N1} KB");
        Console.WriteLine($"{"segment + extract + " + step,-27} {done / (wall[1] + wall[2]),10:N0} articles/s wall, {done / (cpu[1] + cpu[2]),10:N0} /s CPU time");
        Console.WriteLine($"(generation, not counted:   {done / wall[0],10:N0} articles/s wall)");
        Console.WriteLine($"open at the end             {openStories:N0} stories holding {openArticles:N0} articles; index {indexTerms:N0} terms, {indexEntries:N0} postings");
        Console.WriteLine($"cost drivers                {counters.CandidatesFoundPerArticle:N1} candidate stories found ({counters.PostingsReadPerArticle:N0} index entries read) and {counters.CandidatesScoredPerArticle:N1} scored per article; "
                          + $"{counters.MergeChecks:N0} merge checks, {counters.Merges:N0} merges");
        Console.WriteLine($"memory per open article     {(openArticles > 0 ? storyBytes / openArticles : 0):N0} B measured ({storyBytes / 1e6:N1} MB of heap released by dropping the story stage; "
                          + $"the clusterer's own estimate {(openArticles > 0 ? estimatedOpen / openArticles : 0):N0} B, term statistics included); heap before the stream {heapBefore / 1e6:N0} MB");
        if (derivation)
        {
            int found = copies.Count(c => derivedPairs.Contains((c.Value, c.Key)) || derivedPairs.Contains((c.Key, c.Value)));
            Console.WriteLine($"derivation                  {comparisons:N0} detailed comparisons ({comparisons / (double)done:0.00} per article, from {rewriteCandidates / (double)done:N1} rewrite candidates per article); edges: "
                              + $"{edgeKinds[(int)DerivationKind.Verbatim]:N0} verbatim, {edgeKinds[(int)DerivationKind.NearCopy]:N0} near copy, {edgeKinds[(int)DerivationKind.Paraphrase]:N0} paraphrase; "
                              + $"generated wire copies found {found:N0} of {copies.Count:N0}");
            string window = derivationOptions.Window is { } w ? $"{w.TotalHours:0.#}-hour" : "unbounded";
            int beyond = copies.Count(c => derivationOptions.Window is { } w && published[Serial(c.Key)] - published[Serial(c.Value)] > w);
            Console.WriteLine($"                            ({beyond:N0} of the generated copies were published more than the window after their original)");
            Console.WriteLine($"derivation memory           {articlesHeld:N0} articles held at the end (open stories, within the {window} window); {expired:N0} released by the window over the stream; "
                              + $"{(articlesHeld > 0 ? derivationBytes / articlesHeld : 0):N0} B per held article by the index's count (profile and both LSH indexes)");
        }
        Console.WriteLine($"peak working set            {process.PeakWorkingSet64 / 1e6:N0} MB (includes the generator's dataset text and the evaluation arrays, {3 * 4 * articles / 1e6:N0} MB)");
        Console.WriteLine($"synthetic stories recovered NMI {scored.Nmi:0.000}, BCubed P {scored.BCubedPrecision:0.000} R {scored.BCubedRecall:0.000} F1 {scored.BCubedF1:0.000}; "
                          + $"{scored.PredictedClusters:N0} stories for {scored.GoldClusters:N0} generated (at arrival: NMI {scoredArrival.Nmi:0.000}, F1 {scoredArrival.BCubedF1:0.000})");
        Console.WriteLine("largest stories             " + string.Join("; ", largest.Select(l => $"{l.Size:N0} articles over {l.Span.TotalHours:N0} h from {l.Generated:N0} generated stories (the main one {l.Main:N0})")));
        Console.WriteLine($"GC                          {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:N1} s paused in all ({GC.CollectionCount(0) - gen0Before:N0} collections, {GC.CollectionCount(2) - gen2Before:N0} of them gen 2), "
                          + $"{(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds / (wall[0] + wall[1] + wall[2]):P0} of the wall time of all phases (generation included); "
                          + $"settings: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, latency {System.Runtime.GCSettings.LatencyMode}, "
                          + $"concurrent {AppContext.GetData("System.GC.Concurrent") ?? "default"}");
        Console.WriteLine($"machine load during the run: process CPU time / wall time in the timed phases = {(cpu[1] + cpu[2]) / (wall[1] + wall[2]):0.00}");
        return 0;

        // Generated ids are "a" and the article's serial number.
        static int Serial(string id) => int.Parse(id.AsSpan(1), CultureInfo.InvariantCulture);

        void Phase(int phase, Action action)
        {
            var cpuStart = process.TotalProcessorTime;
            long allocatedStart = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            action();
            clock.Stop();
            allocated[phase] += GC.GetAllocatedBytesForCurrentThread() - allocatedStart;
            wall[phase] += clock.Elapsed.TotalSeconds;
            cpu[phase] += (process.TotalProcessorTime - cpuStart).TotalSeconds;
        }
    }
}
