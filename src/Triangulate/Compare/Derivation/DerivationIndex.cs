using Triangulate.Index;
using Triangulate.Model;
using Triangulate.Model.Story;
using Triangulate.Pipeline;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// Derivation over a stream: each article added is profiled once (<see cref="DerivationProfile"/>: numbers only,
/// not its Doc), its candidates are found in two LSH indexes (word-shingle signatures for copies, over the whole
/// stream; content-lemma signatures for rewrites, within the article's story, because same-story reports share much
/// of their vocabulary and a stream-wide lemma index would make every topical neighbour a candidate), and only those
/// candidates are compared in detail. Returns the derived edges (independent candidates are dropped).
/// What it holds is bounded two ways: a closed story's articles are released (<see cref="CloseStory"/>), and with
/// <see cref="DerivationOptions.Window"/> so is every article published longer ago than the window before the
/// stream's clock: a copy is looked for among the recent articles, as syndication follows its source within a news
/// cycle, and a story that runs for weeks does not keep weeks of profiles. Memory per held article: its profile
/// and its postings in both indexes (figures in docs/BENCHMARKS.md). Not thread-safe: one writer owns an index
/// (compare calls inside are independent and could be parallelised by the caller).
/// </summary>
public sealed class DerivationIndex
{
    private readonly DerivationDetector detector;
    private readonly LshIndex copyIndex;
    private readonly Dictionary<string, LshIndex> topicIndexes = new(StringComparer.Ordinal);
    /// <summary>A held article: its profile, when it counts for the window, and what it was found derived from.</summary>
    private sealed class Entry(DerivationProfile profile, DateTimeOffset time, bool recycled)
    {
        public readonly DerivationProfile Profile = profile;
        /// <summary>Built by the index on recycled arrays, which go back when the article is released (a profile
        /// the caller gave stays the caller's).</summary>
        public readonly bool Recycled = recycled;
        /// <summary>Its publication time, or the stream's clock when it arrived undated.</summary>
        public readonly DateTimeOffset Time = time;
        /// <summary>The earlier article this one was found derived from, or -1.</summary>
        public int Source = -1;
    }

    private readonly List<Entry?> entries = [];
    private readonly ProfileArrays arrays = new();
    private readonly Dictionary<string, List<int>> storyMembers = new(StringComparer.Ordinal);
    private readonly List<int> copyCandidates = [];
    private int released;          // articles released since the indexes were last compacted
    private int expiredUpTo;       // entries before this one have been checked against the window
    private readonly StreamClock clock = new();
    private readonly List<int> topicCandidates = [];
    private readonly List<(double Jaccard, int Id)> ranked = [];
    private readonly List<int> derivedFrom = [];

    internal DerivationIndex(DerivationDetector detector)
    {
        this.detector = detector;
        var o = detector.Options;
        copyIndex = new LshIndex(o.CopyBands, o.CopyRows);
    }

    public int Count => entries.Count;

    /// <summary>Candidate pairs compared in detail so far (the cost driver: should grow linearly with the stream).</summary>
    public long Comparisons { get; private set; }

    /// <summary>Rewrite candidates the story's LSH index returned so far, before the prefilter and the cap narrowed
    /// them (each costs a signature comparison: this grows with story size).</summary>
    public long RewriteCandidates { get; private set; }

    /// <summary>Profiles in arrival order: null for articles released (story closed, or out of the window). A profile
    /// the index built is valid only while it is held: once released, its arrays go to the next profiles.</summary>
    public IReadOnlyList<DerivationProfile?> Profiles => entries.Select(e => e?.Profile).ToList();

    /// <summary>Articles held (indexed and not released).</summary>
    public int Held { get; private set; }

    /// <summary>Articles released because they fell out of the <see cref="DerivationOptions.Window"/> (their story still open).</summary>
    public long Expired { get; private set; }

    /// <summary>
    /// Ends a story: its rewrite index is dropped and its articles' profiles are released, so a long stream holds
    /// only open stories. Their copy-index postings are skipped when they come up until the index is compacted
    /// (below); a late copy of a closed story's article is therefore not found. Returns how many articles were released.
    /// </summary>
    public int CloseStory(string story)
    {
        topicIndexes.Remove(story);
        if (!storyMembers.Remove(story, out var members)) return 0;
        int count = 0;
        foreach (int id in members) if (Release(id)) count++;
        CompactIfWorthIt();
        return count;
    }

    private bool Release(int id)
    {
        if (entries[id] is not { } entry) return false;
        if (entry.Recycled) entry.Profile.Recycle(arrays);
        entries[id] = null;
        Held--;
        released++;
        return true;
    }

    /// <summary>
    /// The indexes would otherwise keep a posting per band for every article the stream ever had; rebuilding them
    /// once the released articles outnumber the held ones keeps them proportional to what is held, at a constant
    /// cost per article. The rewrite indexes of open stories are compacted too: a story open for longer than the
    /// window keeps releasing articles into its own index.
    /// </summary>
    private void CompactIfWorthIt()
    {
        if (released <= 1024 || released <= Held) return;
        bool Keep(int id) => entries[id] is not null;
        copyIndex.Compact(Keep);
        foreach (var index in topicIndexes.Values) index.Compact(Keep);
        foreach (var members in storyMembers.Values) members.RemoveAll(id => entries[id] is null);
        released = 0;
    }

    /// <summary>Releases, in arrival order, the articles published longer than the window before the stream's clock.</summary>
    private void Expire()
    {
        if (detector.Options.Window is not { } window || clock.Now is not { } now) return;
        if (now - DateTimeOffset.MinValue <= window) return;   // nothing can be older than the window yet
        var cutoff = now - window;
        while (expiredUpTo < entries.Count)
        {
            // An article dated beyond the clock's lead is misdated (StreamClock): it is released when the walk in
            // arrival order reaches it, rather than stopping the walk and holding everything that came after it.
            if (entries[expiredUpTo] is { } e && e.Time >= cutoff && e.Time - now <= clock.Lead) break;
            if (Release(expiredUpTo)) Expired++;
            expiredUpTo++;
        }
        CompactIfWorthIt();
    }

    /// <summary>Adds an article of story <paramref name="story"/> (null: the one story this index holds) and
    /// returns its derived edges with earlier articles.</summary>
    public IReadOnlyList<DerivationEdge> Add(Doc doc, string? story = null)
    {
        Advance(doc.Article.Published);
        return Add(detector.Profile(doc, arrays), recycled: true, story);
    }

    public IReadOnlyList<DerivationEdge> Add(DerivationProfile profile, string? story = null)
    {
        Advance(profile.Published);
        return Add(profile, recycled: false, story);
    }

    /// <summary>Moves the stream's clock (<see cref="StreamClock"/>: a misdated article cannot move it far), and releases what left the window
    /// (before the new profile is built, so it can reuse their arrays).</summary>
    private void Advance(DateTimeOffset? published)
    {
        clock.Observe(published);
        Expire();
    }

    private IReadOnlyList<DerivationEdge> Add(DerivationProfile profile, bool recycled, string? story)
    {
        var entry = new Entry(profile, profile.Published ?? clock.Now ?? DateTimeOffset.MinValue, recycled);
        copyIndex.Query(entry.Profile.CopySignature, copyCandidates);
        string storyKey = story ?? "";
        if (!topicIndexes.TryGetValue(storyKey, out var topicIndex))
            topicIndexes[storyKey] = topicIndex = new LshIndex(detector.Options.TopicBands, detector.Options.TopicRows);
        topicIndex.Query(entry.Profile.TopicSignature, topicCandidates);
        RewriteCandidates += topicCandidates.Count;
        KeepNearest(entry.Profile.TopicSignature);
        List<DerivationEdge>? edges = null;
        derivedFrom.Clear();
        int i = 0, j = 0;
        // Merge the two sorted candidate lists so a pair found by both is compared once.
        while (i < copyCandidates.Count || j < topicCandidates.Count)
        {
            int next;
            if (j >= topicCandidates.Count || (i < copyCandidates.Count && copyCandidates[i] <= topicCandidates[j]))
            {
                next = copyCandidates[i++];
                if (j < topicCandidates.Count && topicCandidates[j] == next) j++;
            }
            else next = topicCandidates[j++];
            if (entries[next] is not { } earlier) continue; // its story was closed
            // A copy of an article this one already derives from adds only a copy-of-copy edge: the new article is
            // set aside either way. Skipping those keeps 50 syndicated copies of one wire story at 50 comparisons
            // rather than 1,225 (candidates come in arrival order, so the source is met before its copies).
            if (earlier.Source >= 0 && derivedFrom.Contains(earlier.Source)) continue;
            Comparisons++;
            if (detector.CompareIfDerived(earlier.Profile, entry.Profile) is not { } edge) continue;
            (edges ??= []).Add(edge);
            if (edge.Derived == edge.B) derivedFrom.Add(next); // B is the arriving article
        }
        int id = entries.Count;
        if (derivedFrom.Count > 0) entry.Source = derivedFrom[0];
        entries.Add(entry);
        Held++;
        if (!storyMembers.TryGetValue(storyKey, out var members)) storyMembers[storyKey] = members = [];
        members.Add(id);
        copyIndex.Add(id, entry.Profile.CopySignature);
        topicIndex.Add(id, entry.Profile.TopicSignature);
        return edges ?? (IReadOnlyList<DerivationEdge>)[];
    }

    /// <summary>
    /// Narrows the rewrite candidates to those worth a detailed comparison: held, not already copy candidates (those
    /// are compared anyway), with an estimated lemma-set Jaccard of at least <see cref="DerivationOptions.TopicPrefilter"/>,
    /// and of those the <see cref="DerivationOptions.MaxRewriteCandidates"/> nearest (ties: the earlier article), in id
    /// order. Each candidate's estimate is computed once.
    /// </summary>
    private void KeepNearest(uint[] topic)
    {
        double prefilter = detector.Options.TopicPrefilter;
        int max = detector.Options.MaxRewriteCandidates;
        ranked.Clear();
        foreach (int id in topicCandidates)
        {
            if (entries[id] is not { } p || copyCandidates.BinarySearch(id) >= 0) continue;
            double jaccard = MinHasher.Similarity(p.Profile.TopicSignature, topic);
            if (jaccard >= prefilter) ranked.Add((jaccard, id));
        }
        if (max > 0 && ranked.Count > max)
            ranked.Sort(static (x, y) => x.Jaccard != y.Jaccard ? y.Jaccard.CompareTo(x.Jaccard) : x.Id.CompareTo(y.Id));
        topicCandidates.Clear();
        for (int k = 0; k < ranked.Count && (max <= 0 || k < max); k++) topicCandidates.Add(ranked[k].Id);
        topicCandidates.Sort();
    }

    /// <summary>Approximate bytes held: the profiles of the articles held and both indexes.</summary>
    public long ApproximateBytes
    {
        get
        {
            long bytes = copyIndex.ApproximateBytes + entries.Count * 8L;
            foreach (var index in topicIndexes.Values) bytes += index.ApproximateBytes;
            foreach (var e in entries)
                if (e is not null) bytes += 48 + e.Profile.ApproximateBytes;
            return bytes;
        }
    }
}
