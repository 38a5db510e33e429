using System.Collections.Immutable;
using Triangulate.Index;
using Triangulate.Model;
using Triangulate.Pipeline;

namespace Triangulate.Cluster;

/// <summary>
/// Online story clustering: each arriving article is placed at once, in one pass, in the best open story or
/// in a new one; there is no fixed number of stories.
/// <list type="bullet">
/// <item>An article is a unit TF-IDF vector (sublinear term counts; IDF learned from the stream so far,
/// <see cref="TermStatistics"/>). A story keeps the sum of its members' vectors, its heaviest terms only
/// (<see cref="ClusterOptions.StoryTerms"/>).</item>
/// <item>Candidates come from an inverted index (<see cref="TermIndex"/>) holding each open story under its top
/// terms, looked up with the article's top terms: the cost of an article depends on how many stories share its
/// key words, not on how many stories there are.</item>
/// <item>Score: dot product with the story's summed vector over size^<see cref="ClusterOptions.SizeExponent"/>,
/// times a Gaussian factor of the publication-time gap. Below <see cref="ClusterOptions.Threshold"/> the article
/// starts a story.</item>
/// <item>When a story grows it may have become the same story as another open one (two outlets' first reports
/// founded two stories before the third bridged them): their centroids are compared and merged above
/// <see cref="ClusterOptions.MergeThreshold"/>.</item>
/// <item>A story silent for <see cref="ClusterOptions.MaxGap"/> is closed, leaves the index and is released, so a
/// new event about the same people months later starts its own story, and memory does not grow with the stream.
/// A story takes no article, and no merge, that would make it run longer than <see cref="ClusterOptions.MaxSpan"/>:
/// a story that keeps drawing articles cannot absorb every later event sharing a name with it. Time is publication
/// time; what is let go by age follows the <see cref="StreamClock"/>, which a misdated article cannot move far.</item>
/// </list>
/// Deterministic: the same articles in the same order give the same stories. Not thread-safe: one writer.
/// </summary>
public sealed class StoryClusterer
{
    /// <summary>How often (in arrivals) open stories are checked for expiry.</summary>
    private const int SweepInterval = 1024;

    private sealed class OpenStory(int id, int slot, int capacity)
    {
        public readonly int Id = id;
        public readonly int Slot = slot;
        public readonly TermVector Vector = new(capacity);
        public readonly List<string> Articles = [];
        public List<int>? Absorbed;
        public int Size;
        public double SizeNorm = 1;
        public DateTimeOffset? First, Last;
        public long LastArrival;
        public ulong[] Indexed = [];
        public int NextReindex, NextMergeCheck;
    }

    private readonly ClusterOptions options;
    private readonly TermStatistics stats;
    private readonly TermIndex index = new();
    private readonly List<OpenStory?> slots = [];
    /// <summary>By slot: the lookup state of each open story and when it took its last article and the time span it
    /// covers, side by side in one 32-byte entry, so the hundreds of candidate stories an article's terms find are
    /// counted and checked for eligibility at one cache line each, without touching the story objects (at scale most
    /// of them are cold in memory).</summary>
    private SlotState[] slotState = new SlotState[64];
    private readonly Stack<int> freeSlots = new();
    private readonly List<Story> closed = [];
    private readonly Dictionary<int, int> mergedInto = [];
    private int nextId;
    private long arrival;
    private readonly StreamClock clock = new();

    // Scratch, reused across arrivals (one writer).
    private ulong[] qTerms = new ulong[256];
    private float[] qScore = new float[256];   // unit weight × IDF: what a story's idf-free mass is multiplied by
    private float[] qMass = new float[256];    // unit weight ÷ IDF: what the article adds to a story's mass
    private double[] qWeight = new double[256];
    private double[] qIdf = new double[256];
    private readonly HashPositions qPositions = new();
    private string[] qTexts = new string[256];
    private bool[] qEntity = new bool[256];
    private int[] order = new int[256];
    private double[] rankScratch = new double[256];
    private int[] orderScratch = new int[256];
    private int epoch;
    private readonly List<int> candidates = [];
    private long candidatesFound, candidatesScored, mergeChecks, merges, postingsRead;
    private ulong[] topTerms = [];

    public StoryClusterer(ClusterOptions? options = null)
    {
        this.options = options ?? ClusterOptions.Default;
        this.options.Validate();
        stats = new TermStatistics(this.options.IdfHalfLife, this.options.PriorDocuments);
    }

    public ClusterOptions Options => options;

    /// <summary>Raised when a story closes (silent too long, or <see cref="CloseAll"/>), with its final state.</summary>
    public event Action<Story>? StoryClosed;

    /// <summary>Articles added so far.</summary>
    public long Articles => arrival;

    public int OpenStories { get; private set; }

    /// <summary>Articles held by open stories (what the index and the story vectors cost memory for).</summary>
    public long OpenArticles { get; private set; }

    /// <summary>The id a story now goes by: itself, or the story it was merged into (followed to the end).</summary>
    public int Resolve(int storyId)
    {
        while (mergedInto.TryGetValue(storyId, out int into)) storyId = into;
        return storyId;
    }

    public StoryAssignment Add(Doc doc) => Add(ClusterInput.From(doc));

    /// <summary>Places one article; articles should arrive in publication order (an out-of-order one is
    /// compared with each story's time span as it stands).</summary>
    public StoryAssignment Add(ClusterInput input)
    {
        arrival++;
        clock.Observe(input.Published);
        if (arrival % SweepInterval == 0) Sweep();

        int n = Prepare(input);
        FindCandidates(n, input.Published);

        OpenStory? best = null;
        double bestScore = 0;
        foreach (int slot in candidates)
        {
            var story = slots[slot]!;
            double factor = TimeFactor(story, input.Published);
            if (factor <= 0) continue;
            double score = story.Vector.Dot(qPositions, qScore.AsSpan(0, n)) / story.SizeNorm * factor;
            if (score > bestScore || (score == bestScore && best is not null && story.Id < best.Id))
            {
                bestScore = score;
                best = story;
            }
        }

        bool created = best is null || bestScore < options.Threshold;
        var target = created ? Create() : best!;
        Join(target, input, n);
        if (created) return new StoryAssignment(input.Id, target.Id, true, bestScore);

        int merged = -1;
        if ((options.MergeThreshold <= 1 || options.ReofferLoneArticles) && target.Size >= target.NextMergeCheck)
        {
            target.NextMergeCheck = target.Size + Math.Max(1, target.Size / 8);
            if (TryMerge(target) is var (kept, gone))
            {
                merged = gone.Id;
                target = kept;
            }
        }
        return new StoryAssignment(input.Id, target.Id, false, bestScore, merged);
    }

    /// <summary>All stories so far, closed (when retained) and open, by id.</summary>
    public IReadOnlyList<Story> Stories
    {
        get
        {
            var all = new List<Story>(closed.Count + OpenStories);
            all.AddRange(closed);
            foreach (var story in slots) if (story is not null) all.Add(Snapshot(story, closed: false));
            all.Sort(static (a, b) => a.Id.CompareTo(b.Id));
            return all;
        }
    }

    /// <summary>Closes every open story (end of input), raising <see cref="StoryClosed"/> for each.</summary>
    public void CloseAll()
    {
        for (int slot = 0; slot < slots.Count; slot++)
            if (slots[slot] is { } story) Close(story);
    }

    /// <summary>Approximate bytes held: story vectors and article lists, the inverted index, the term statistics.</summary>
    public long EstimatedBytes
    {
        get
        {
            long bytes = index.EstimatedBytes + stats.EstimatedBytes + mergedInto.Count * 24L + slots.Count * 8L;
            foreach (var story in slots)
            {
                if (story is null) continue;
                bytes += 160 + story.Vector.AllocatedBytes + story.Indexed.Length * 8L + 24;
                bytes += story.Articles.Capacity * 8L;
                foreach (var id in story.Articles) bytes += 22 + 2L * id.Length;
            }
            return bytes;
        }
    }

    /// <summary>Work done so far: what the cost of an article depends on.</summary>
    public ClusterCounters Counters => new(arrival, candidatesFound, candidatesScored, mergeChecks, merges, postingsRead);

    /// <summary>Sizes of the inverted index, for reports.</summary>
    public (int Terms, long Entries) IndexSize => (index.Terms, index.Entries);

    /// <summary>Computes the article's weights into the scratch arrays; returns its term count.</summary>
    private int Prepare(ClusterInput input)
    {
        var terms = input.Terms;
        int n = terms.Length;
        if (qTerms.Length < n) Grow(n);
        for (int i = 0; i < n; i++)
        {
            qTerms[i] = terms[i].Hash;
            qTexts[i] = terms[i].Text;
            qEntity[i] = terms[i].Entity;
        }
        var idf = qIdf.AsSpan(0, n);
        stats.Observe(qTerms.AsSpan(0, n), qTexts.AsSpan(0, n), qEntity.AsSpan(0, n), idf);
        for (int i = 0; i < n; i++)
        {
            float count = terms[i].Count;
            double tf = count >= 1 ? 1 + Math.Log(count) : count;
            qWeight[i] = tf * idf[i];
        }

        // Only the article's heaviest terms represent it: what makes it this story is in its key terms, and the long
        // tail of a long article's incidental words would otherwise dilute every similarity it has (a title and a
        // thousand-word report on one event would need different thresholds).
        if (n > options.ArticleTerms)
        {
            int kept = TopIndices(qWeight.AsSpan(0, n), options.ArticleTerms, order);
            for (int k = 0; k < kept; k++)
            {
                int i = order[k]; // ascending, so the kept terms stay sorted by hash
                qTerms[k] = qTerms[i];
                qWeight[k] = qWeight[i];
                idf[k] = idf[i];
            }
            n = kept;
        }

        double norm = 0;
        for (int i = 0; i < n; i++) norm += qWeight[i] * qWeight[i];
        norm = Math.Sqrt(norm);
        for (int i = 0; i < n; i++)
        {
            double unit = norm > 0 ? qWeight[i] / norm : 0;
            qScore[i] = (float)(unit * idf[i]);
            qMass[i] = (float)(unit / idf[i]);
        }
        qPositions.Build(qTerms.AsSpan(0, n));
        return n;
    }

    /// <summary>Open stories indexed under one of the article's top terms, at most MaxCandidates of them
    /// (those whose shared index terms carry the most of the article's weight), into <see cref="candidates"/>.</summary>
    private void FindCandidates(int n, DateTimeOffset? published)
    {
        NextEpoch();
        int q = TopIndices(qWeight.AsSpan(0, n), options.QueryTerms, order);
        for (int k = 0; k < q; k++)
        {
            int term = order[k];
            var list = index.Find(qTerms[term]);
            if (list is not null) Collect(list, (float)qWeight[term], published, filter: true);
        }
        KeepBest(options.MaxCandidates);
        candidatesScored += candidates.Count;
    }

    private void NextEpoch()
    {
        candidates.Clear();
        if (++epoch == int.MaxValue)
        {
            foreach (ref var state in slotState.AsSpan()) state.Seen = 0;
            epoch = 1;
        }
    }

    /// <summary>Adds the stories of <paramref name="list"/> to the candidates, summing <paramref name="weight"/> into
    /// their support. With <paramref name="eligibleAt"/>, a story that cannot take an article published then
    /// (<see cref="CanTake"/>) is passed over: it must not take one of the places <see cref="KeepBest"/> keeps, where
    /// it would score 0 while a story the article could join was left out.</summary>
    private void Collect(Postings list, float weight, DateTimeOffset? eligibleAt = null, bool filter = false)
    {
        postingsRead += list.Count;
        long at = Ticks(eligibleAt);
        foreach (int slot in list)
        {
            ref var state = ref slotState[slot];
            if (state.Seen != epoch)
            {
                state.Seen = epoch;
                state.Support = weight;
                if (!filter) candidates.Add(slot);
                else
                {
                    candidatesFound++;
                    if (CanTake(slot, at, out _)) candidates.Add(slot);
                }
            }
            else state.Support += weight;
        }
    }

    /// <summary>Keeps the <paramref name="max"/> candidates with the most support (ties: lower slot), in slot order.</summary>
    private void KeepBest(int max)
    {
        if (candidates.Count <= max) return;
        if (rankScratch.Length < candidates.Count) rankScratch = new double[Math.Max(candidates.Count, rankScratch.Length * 2)];
        var keys = rankScratch.AsSpan(0, candidates.Count);
        for (int i = 0; i < keys.Length; i++) keys[i] = slotState[candidates[i]].Support;
        if (orderScratch.Length < candidates.Count) orderScratch = new int[rankScratch.Length];
        int kept = TopIndices(keys, max, orderScratch);
        var chosen = orderScratch.AsSpan(0, kept);
        for (int i = 0; i < kept; i++) chosen[i] = candidates[chosen[i]];
        chosen.Sort();
        candidates.Clear();
        foreach (int slot in chosen) candidates.Add(slot);
    }

    /// <summary>
    /// Gaussian decay of the score with the publication-time gap between the article and the story's span;
    /// 0 when the story cannot take the article (<see cref="CanTake"/>). Undated articles or stories are compared on
    /// arrival count only.
    /// </summary>
    private double TimeFactor(OpenStory story, DateTimeOffset? published)
    {
        if (!CanTake(story.Slot, Ticks(published), out long gap)) return 0;
        double x = gap / (double)options.TimeScale.Ticks;
        return Math.Exp(-0.5 * x * x);
    }

    /// <summary>A slot's lookup state (the arrival epoch that last found it, and the weight of the article's terms it
    /// was found under), when its story took its last article (arrival count), and the publication times it spans
    /// (UTC ticks; <see cref="Undated"/> when none of its articles is dated).</summary>
    private struct SlotState
    {
        public int Seen;
        public float Support;
        public long LastArrival, First, Last;
    }

    private const long Undated = long.MinValue;

    private static long Ticks(DateTimeOffset? time) => time is { } t ? t.UtcTicks : Undated;

    /// <summary>Copies a story's arrival count and span into <see cref="slotState"/> after they change.</summary>
    private void Touch(OpenStory story)
    {
        ref var state = ref slotState[story.Slot];
        state.LastArrival = story.LastArrival;
        state.First = Ticks(story.First);
        state.Last = Ticks(story.Last);
    }

    /// <summary>Whether the story in <paramref name="slot"/> may take an article published at <paramref name="published"/>
    /// (UTC ticks, or <see cref="Undated"/>): not silent for longer than the maximum gap (in time, or in arrivals when
    /// undated), and not made to run longer than the maximum span; <paramref name="gap"/> is the time in ticks between
    /// the article and the story's span (0 if undated).</summary>
    private bool CanTake(int slot, long published, out long gap)
    {
        gap = 0;
        ref readonly var times = ref slotState[slot];
        if (arrival - times.LastArrival > options.MaxGapArticles) return false;
        if (published == Undated || times.First == Undated) return true;
        return WithinLimits(times.First, times.Last, published, published, out gap);
    }

    /// <summary>Whether two time spans (UTC ticks) may be one story: their gap (0 when they overlap) within the
    /// maximum gap, and together no longer than the maximum span.</summary>
    private bool WithinLimits(long aFirst, long aLast, long bFirst, long bLast, out long gap)
    {
        gap = aFirst > bLast ? aFirst - bLast : bFirst > aLast ? bFirst - aLast : 0;
        long span = Math.Max(aLast, bLast) - Math.Min(aFirst, bFirst);
        return gap <= options.MaxGap.Ticks && span <= options.MaxSpan.Ticks;
    }

    private OpenStory Create()
    {
        int slot;
        if (freeSlots.Count > 0) slot = freeSlots.Pop();
        else
        {
            slot = slots.Count;
            slots.Add(null);
            if (slot >= slotState.Length) Array.Resize(ref slotState, slotState.Length * 2);
        }
        var story = new OpenStory(nextId++, slot, 0) { NextMergeCheck = 2 };
        slots[slot] = story;
        Touch(story);
        OpenStories++;
        return story;
    }

    private void Join(OpenStory story, ClusterInput input, int n)
    {
        story.Vector.Add(qTerms.AsSpan(0, n), qMass.AsSpan(0, n));
        story.Size++;
        story.SizeNorm = Math.Pow(story.Size, options.SizeExponent);
        story.Articles.Add(input.Id);
        story.LastArrival = arrival;
        OpenArticles++;
        if (input.Published is { } t)
        {
            if (story.First is null || t < story.First) story.First = t;
            if (story.Last is null || t > story.Last) story.Last = t;
        }
        Touch(story);
        if (story.Vector.Count > 2 * options.StoryTerms) story.Vector.Prune(options.StoryTerms, stats, arrival);
        if (story.Size >= story.NextReindex)
        {
            // A story's top terms settle as it grows: re-rank them on every article while it is small, then
            // after each eighth more (logarithmically many times over its life).
            story.NextReindex = story.Size + Math.Max(1, story.Size / 8);
            Reindex(story);
        }
    }

    /// <summary>Enters the story in the index under its current top terms (and out of those it no longer has).</summary>
    private void Reindex(OpenStory story)
    {
        int k = options.IndexTerms;
        if (topTerms.Length < k) topTerms = new ulong[k];
        int count = story.Vector.Top(k, stats, arrival, topTerms);
        var now = topTerms.AsSpan(0, count);
        var before = story.Indexed;
        int i = 0, j = 0;
        while (i < before.Length || j < now.Length)
        {
            if (j >= now.Length || (i < before.Length && before[i] < now[j])) index.Remove(before[i++], story.Slot);
            else if (i >= before.Length || now[j] < before[i]) index.Add(now[j++], story.Slot);
            else { i++; j++; }
        }
        if (before.Length == count) now.CopyTo(before);
        else story.Indexed = now.ToArray();
    }

    /// <summary>
    /// Looks for an open story close enough to <paramref name="story"/> to be the same story: their TF-IDF centroids
    /// reach the merge cosine, or one of them is a lone article that would now join the other (its join score
    /// against the other story, as it stands, reaches the join threshold). Merges the smaller into the larger (the
    /// older on a tie) and returns both.
    /// </summary>
    private (OpenStory Kept, OpenStory Gone)? TryMerge(OpenStory story)
    {
        NextEpoch();
        slotState[story.Slot].Seen = epoch;
        foreach (ulong term in story.Indexed)
        {
            var list = index.Find(term);
            if (list is not null) Collect(list, 1f);
        }
        if (candidates.Count == 0) return null;
        mergeChecks++;
        // Only the best one can merge: fewer candidates than for an article suffice.
        KeepBest(Math.Max(1, options.MaxCandidates / 3));

        double norm = NormOf(story);
        if (norm == 0) return null;
        OpenStory? best = null;
        double bestStrength = 0;
        foreach (int slot in candidates)
        {
            var other = slots[slot]!;
            if (!Overlap(story, other)) continue;
            double otherNorm = NormOf(other);
            if (otherNorm == 0) continue;
            double dot = story.Vector.Dot(other.Vector, stats, arrival);
            // Measured against its own threshold, so the two tests can be ranked together (>= 1 passes).
            double strength = dot / (norm * otherNorm) / options.MergeThreshold;
            if (options.ReofferLoneArticles && Math.Min(story.Size, other.Size) == 1)
            {
                var (lone, loneNorm, grown) = story.Size == 1 ? (story, norm, other) : (other, otherNorm, story);
                strength = Math.Max(strength, dot / (loneNorm * grown.SizeNorm) / options.Threshold);
            }
            if (strength > bestStrength || (strength == bestStrength && best is not null && other.Id < best.Id))
            {
                bestStrength = strength;
                best = other;
            }
        }
        if (best is null || bestStrength < 1) return null;

        var (kept, gone) = story.Size > best.Size || (story.Size == best.Size && story.Id < best.Id) ? (story, best) : (best, story);
        Merge(kept, gone);
        return (kept, gone);
    }

    /// <summary>Two stories can be one only if their time spans come within the maximum gap of each other and together
    /// stay within the maximum span.</summary>
    private bool Overlap(OpenStory a, OpenStory b)
    {
        ref readonly var x = ref slotState[a.Slot];
        ref readonly var y = ref slotState[b.Slot];
        if (x.First == Undated || y.First == Undated) return true;
        return WithinLimits(x.First, x.Last, y.First, y.Last, out _);
    }

    private double NormOf(OpenStory story)
    {
        story.Vector.Weights(stats, arrival);
        return story.Vector.Norm;
    }

    private void Merge(OpenStory kept, OpenStory gone)
    {
        kept.Vector.Add(gone.Vector);
        kept.Size += gone.Size;
        kept.SizeNorm = Math.Pow(kept.Size, options.SizeExponent);
        kept.Articles.AddRange(gone.Articles);
        (kept.Absorbed ??= []).Add(gone.Id);
        if (gone.Absorbed is not null) kept.Absorbed.AddRange(gone.Absorbed);
        if (gone.First is { } gf && (kept.First is null || gf < kept.First)) kept.First = gf;
        if (gone.Last is { } gl && (kept.Last is null || gl > kept.Last)) kept.Last = gl;
        kept.LastArrival = Math.Max(kept.LastArrival, gone.LastArrival);
        Touch(kept);
        mergedInto[gone.Id] = kept.Id;
        merges++;
        Release(gone);
        if (kept.Vector.Count > 2 * options.StoryTerms) kept.Vector.Prune(options.StoryTerms, stats, arrival);
        kept.NextReindex = kept.Size + Math.Max(1, kept.Size / 8);
        kept.NextMergeCheck = Math.Min(kept.NextMergeCheck, kept.NextReindex);
        Reindex(kept);
    }

    private void Sweep()
    {
        for (int slot = 0; slot < slots.Count; slot++)
        {
            if (slots[slot] is not { } story) continue;
            bool silent = arrival - story.LastArrival > options.MaxGapArticles
                          || (clock.Now is { } now && story.Last is { } last && now - last > options.MaxGap);
            if (silent) Close(story);
        }
    }

    private void Close(OpenStory story)
    {
        var snapshot = Snapshot(story, closed: true);
        Release(story);
        if (options.RetainClosed) closed.Add(snapshot);
        else if (story.Absorbed is not null)
            foreach (int id in story.Absorbed) mergedInto.Remove(id); // nobody can hold a live reference any more
        StoryClosed?.Invoke(snapshot);
    }

    /// <summary>Takes a story out of the index and frees its slot.</summary>
    private void Release(OpenStory story)
    {
        foreach (ulong term in story.Indexed) index.Remove(term, story.Slot);
        story.Indexed = [];
        slots[story.Slot] = null;
        freeSlots.Push(story.Slot);
        OpenStories--;
        OpenArticles -= story.Size;
    }

    private Story Snapshot(OpenStory story, bool closed)
    {
        const int Considered = 24, Entities = 3, Terms = 5;
        if (topTerms.Length < Considered) topTerms = new ulong[Considered];
        int count = story.Vector.Top(Considered, stats, arrival, topTerms);
        var ranked = new List<(double Weight, string Text, bool Entity)>(count);
        for (int i = 0; i < count; i++)
        {
            ulong term = topTerms[i];
            if (stats.TextOf(term) is not { } text) continue;
            int at = story.Vector.Terms.BinarySearch(term);
            double weight = at >= 0 ? story.Vector.Mass[at] * stats.Idf(term) : 0;
            ranked.Add((weight, text, stats.IsEntity(term)));
        }
        ranked.Sort((a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : string.CompareOrdinal(a.Text, b.Text));

        var entities = new List<string>(Entities);
        var terms = new List<string>(Terms);
        foreach (var (_, text, entity) in ranked)
        {
            if (entity && !entities.Any(e => Contains(e, text)))
            {
                // "Marco Rubio" makes "Rubio" and "Marco" redundant: the fuller name takes the place of the first
                // part listed and the other parts go.
                int first = entities.FindIndex(e => Contains(text, e));
                if (first >= 0)
                {
                    entities[first] = text;
                    entities.RemoveAll(e => !ReferenceEquals(e, text) && Contains(text, e));
                }
                else if (entities.Count < Entities) entities.Add(text);
            }
            else if (!entity && terms.Count < Terms && !entities.Any(e => Contains(e, text))) terms.Add(text);
        }
        return new Story
        {
            Id = story.Id,
            Articles = [.. story.Articles],
            KeyEntities = [.. entities],
            KeyTerms = [.. terms],
            FirstSeen = story.First,
            LastSeen = story.Last,
            Closed = closed,
            Absorbed = story.Absorbed is null ? [] : [.. story.Absorbed],
        };
    }

    /// <summary>Whether <paramref name="name"/> holds <paramref name="word"/> as a whole word, ignoring case.</summary>
    private static bool Contains(string name, string word)
    {
        int at = 0;
        while ((at = name.IndexOf(word, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            bool startOk = at == 0 || !char.IsLetterOrDigit(name[at - 1]);
            bool endOk = at + word.Length == name.Length || !char.IsLetterOrDigit(name[at + word.Length]);
            if (startOk && endOk) return true;
            at++;
        }
        return false;
    }

    /// <summary>Indices of the <paramref name="k"/> largest values into <paramref name="into"/>, in ascending order
    /// (ties at the cut: lower index first).</summary>
    private static int TopIndices(ReadOnlySpan<double> values, int k, int[] into)
    {
        int n = values.Length;
        if (n <= k)
        {
            for (int i = 0; i < n; i++) into[i] = i;
            return n;
        }
        double cut = Selection.KthLargest(values, k);
        int above = 0;
        for (int i = 0; i < n; i++) if (values[i] > cut) above++;
        int ties = k - above, taken = 0;
        for (int i = 0; i < n && taken < k; i++)
            if (values[i] > cut || (values[i] == cut && ties-- > 0)) into[taken++] = i;
        return taken;
    }

    private void Grow(int n)
    {
        int size = Math.Max(n, qTerms.Length * 2);
        qTerms = new ulong[size];
        qScore = new float[size];
        qMass = new float[size];
        qWeight = new double[size];
        qIdf = new double[size];
        qTexts = new string[size];
        qEntity = new bool[size];
        order = new int[size];
    }
}
