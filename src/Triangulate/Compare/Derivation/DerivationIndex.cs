using Triangulate.Index;
using Triangulate.Model;
using Triangulate.Model.Story;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// Derivation over a stream: each article added is signed once (two MinHash signatures), its candidates are found in two LSH indexes
/// (word-shingle signatures for copies, over the whole stream; content-lemma signatures for rewrites, within the
/// article's story, because same-story reports share much of their vocabulary and a stream-wide lemma index would
/// make every topical neighbour a candidate), and only those candidates are compared in detail. The full profile
/// (words, quotes, sentence lemmas) is built only when an article first takes part in a detailed comparison, and
/// then kept while its story is open: most articles of a stream never collide with another, so they cost their two
/// signatures, not a profile. Returns the derived edges (independent candidates are dropped). Memory per indexed
/// article: its signatures, the Doc it was added with (a later comparison profiles it from that), its profile once
/// built, and its postings in both indexes (figures in docs/BENCHMARKS.md). Not thread-safe: one
/// writer owns an index (compare calls inside are independent and could be parallelised by the caller).
/// </summary>
public sealed class DerivationIndex
{
    private readonly DerivationDetector detector;
    private readonly LshIndex copyIndex;
    private readonly Dictionary<string, LshIndex> topicIndexes = new(StringComparer.Ordinal);
    /// <summary>An indexed article: its signatures, and its profile once a comparison has needed it.</summary>
    private sealed class Entry(Doc? doc, uint[] copy, uint[] topic, DerivationProfile? profile)
    {
        public readonly uint[] Copy = copy;
        public readonly uint[] Topic = topic;
        public Doc? Doc = doc;
        public DerivationProfile? Profile = profile;
        /// <summary>The earlier article this one was found derived from, or -1.</summary>
        public int Source = -1;
    }

    private readonly List<Entry?> entries = [];
    private readonly Dictionary<string, List<int>> storyMembers = new(StringComparer.Ordinal);
    private readonly List<int> copyCandidates = [];
    private int released, compactedAway;   // articles released since the last compaction of the copy index, and before it
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

    /// <summary>Profiles built so far (articles that took part in a detailed comparison; the rest need only their
    /// signatures), lazily counted over the stream: a measure of how much work and memory laziness saves.</summary>
    public long ProfilesBuilt { get; private set; }

    /// <summary>Profiles in arrival order: null for articles of closed stories and for articles not yet compared in detail.</summary>
    public IReadOnlyList<DerivationProfile?> Profiles => entries.Select(e => e?.Profile).ToList();

    /// <summary>Articles of open stories (indexed and not released).</summary>
    public int Held => entries.Count(e => e is not null);

    /// <summary>
    /// Ends a story: its rewrite index is dropped and its articles' profiles are released, so a long stream holds
    /// only open stories. Their copy-index postings are skipped when they come up until the index is compacted
    /// (below); a late copy of a closed story's article is therefore not found. Returns how many articles were released.
    /// </summary>
    public int CloseStory(string story)
    {
        topicIndexes.Remove(story);
        if (!storyMembers.Remove(story, out var members)) return 0;
        foreach (int id in members) entries[id] = null;
        released += members.Count;
        // The copy index would otherwise keep a posting per band for every article the stream ever had; rebuilding it
        // once the released ones outnumber the held ones keeps it proportional to the open stories, at a constant
        // cost per article.
        if (released > 1024 && released > entries.Count - released - compactedAway)
        {
            copyIndex.Compact(id => entries[id] is not null);
            compactedAway += released;
            released = 0;
        }
        return members.Count;
    }

    /// <summary>Adds an article of story <paramref name="story"/> (null: the one story this index holds) and
    /// returns its derived edges with earlier articles.</summary>
    public IReadOnlyList<DerivationEdge> Add(Doc doc, string? story = null)
    {
        var (copy, topic) = detector.Signatures(doc);
        return Add(new Entry(doc, copy, topic, null), story);
    }

    public IReadOnlyList<DerivationEdge> Add(DerivationProfile profile, string? story = null) =>
        Add(new Entry(null, profile.CopySignature, profile.TopicSignature, profile), story);

    private IReadOnlyList<DerivationEdge> Add(Entry entry, string? story)
    {
        copyIndex.Query(entry.Copy, copyCandidates);
        string storyKey = story ?? "";
        if (!topicIndexes.TryGetValue(storyKey, out var topicIndex))
            topicIndexes[storyKey] = topicIndex = new LshIndex(detector.Options.TopicBands, detector.Options.TopicRows);
        topicIndex.Query(entry.Topic, topicCandidates);
        double prefilter = detector.Options.TopicPrefilter;
        if (detector.Options.MaxRewriteCandidates > 0 && topicCandidates.Count > detector.Options.MaxRewriteCandidates)
            KeepNearest(entry.Topic, detector.Options.MaxRewriteCandidates);
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
            else
            {
                next = topicCandidates[j++];
                if (entries[next] is { } p && MinHasher.Similarity(p.Topic, entry.Topic) < prefilter) continue;
            }
            if (entries[next] is not { } earlier) continue; // its story was closed
            // A copy of an article this one already derives from adds only a copy-of-copy edge: the new article is
            // set aside either way. Skipping those keeps 50 syndicated copies of one wire story at 50 comparisons
            // rather than 1,225 (candidates come in arrival order, so the source is met before its copies).
            if (earlier.Source >= 0 && derivedFrom.Contains(earlier.Source)) continue;
            Comparisons++;
            var edge = detector.Compare(ProfileOf(earlier), ProfileOf(entry));
            if (!edge.IsDerived) continue;
            (edges ??= []).Add(edge);
            if (edge.Derived == edge.B) derivedFrom.Add(next); // B is the arriving article
        }
        int id = entries.Count;
        if (derivedFrom.Count > 0) entry.Source = derivedFrom[0];
        entries.Add(entry);
        if (!storyMembers.TryGetValue(storyKey, out var members)) storyMembers[storyKey] = members = [];
        members.Add(id);
        copyIndex.Add(id, entry.Copy);
        topicIndex.Add(id, entry.Topic);
        return edges ?? (IReadOnlyList<DerivationEdge>)[];
    }

    /// <summary>The entry's profile, built from its Doc on first need (its signatures are reused); the Doc is then
    /// dropped from the entry, as the profile holds it.</summary>
    private DerivationProfile ProfileOf(Entry entry)
    {
        if (entry.Profile is { } built) return built;
        ProfilesBuilt++;
        entry.Profile = detector.Profile(entry.Doc!, entry.Copy, entry.Topic);
        entry.Doc = null;
        return entry.Profile;
    }

    /// <summary>Keeps the <paramref name="max"/> rewrite candidates nearest by estimated lemma-set Jaccard (ties: the
    /// earlier article), in id order; those that are also copy candidates are compared anyway and do not count.</summary>
    private void KeepNearest(uint[] topic, int max)
    {
        ranked.Clear();
        foreach (int id in topicCandidates)
        {
            if (entries[id] is not { } p || copyCandidates.BinarySearch(id) >= 0) continue;
            ranked.Add((MinHasher.Similarity(p.Topic, topic), id));
        }
        ranked.Sort(static (x, y) => x.Jaccard != y.Jaccard ? y.Jaccard.CompareTo(x.Jaccard) : x.Id.CompareTo(y.Id));
        topicCandidates.Clear();
        for (int k = 0; k < ranked.Count && k < max; k++) topicCandidates.Add(ranked[k].Id);
        topicCandidates.Sort();
    }

    /// <summary>Approximate bytes held: signatures, profiles built, and both indexes (not the Docs: the caller's).</summary>
    public long ApproximateBytes
    {
        get
        {
            long bytes = copyIndex.ApproximateBytes + entries.Count * 8L;
            foreach (var index in topicIndexes.Values) bytes += index.ApproximateBytes;
            foreach (var e in entries)
            {
                if (e is null) continue;
                bytes += 48 + 24 * 2 + e.Copy.Length * 4L + e.Topic.Length * 4L;
                // A prebuilt profile shares the signatures counted above.
                if (e.Profile is { } p) bytes += p.ApproximateBytes - p.CopySignature.Length * 4L - p.TopicSignature.Length * 4L;
            }
            return bytes;
        }
    }
}
