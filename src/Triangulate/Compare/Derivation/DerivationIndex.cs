using Triangulate.Index;
using Triangulate.Model;
using Triangulate.Model.Story;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// Derivation over a stream: each article added is profiled once, its candidates are found in two LSH indexes
/// (word-shingle signatures for copies, over the whole stream; content-lemma signatures for rewrites, within the
/// article's story, because same-story reports share much of their vocabulary and a stream-wide lemma index would
/// make every topical neighbour a candidate), and only those candidates are compared in detail. Returns the derived edges (independent candidates are dropped). Memory per indexed
/// article: its profile plus its postings in both indexes (figures in docs/BENCHMARKS.md). Not thread-safe: one
/// writer owns an index (compare calls inside are independent and could be parallelised by the caller).
/// </summary>
public sealed class DerivationIndex
{
    private readonly DerivationDetector detector;
    private readonly LshIndex copyIndex;
    private readonly Dictionary<string, LshIndex> topicIndexes = new(StringComparer.Ordinal);
    private readonly List<DerivationProfile?> profiles = [];
    private readonly Dictionary<string, List<int>> storyMembers = new(StringComparer.Ordinal);
    private readonly List<int> copyCandidates = [];
    private readonly List<int> topicCandidates = [];
    private readonly List<(double Jaccard, int Id)> ranked = [];
    private readonly List<int> sourceOf = []; // per article: the earlier article it was found derived from, or -1
    private readonly List<int> derivedFrom = [];

    internal DerivationIndex(DerivationDetector detector)
    {
        this.detector = detector;
        var o = detector.Options;
        copyIndex = new LshIndex(o.CopyBands, o.CopyRows);
    }

    public int Count => profiles.Count;

    /// <summary>Candidate pairs compared in detail so far (the cost driver: should grow linearly with the stream).</summary>
    public long Comparisons { get; private set; }

    /// <summary>Profiles in arrival order; null for articles of closed stories.</summary>
    public IReadOnlyList<DerivationProfile?> Profiles => profiles;

    /// <summary>
    /// Ends a story: its rewrite index is dropped and its articles' profiles are released, so a long stream holds
    /// only open stories. Their copy-index postings stay (8 bytes a band) and are skipped when they come up; a late
    /// copy of a closed story's article is therefore not found. Returns how many profiles were released.
    /// </summary>
    public int CloseStory(string story)
    {
        topicIndexes.Remove(story);
        if (!storyMembers.Remove(story, out var members)) return 0;
        foreach (int id in members) profiles[id] = null;
        return members.Count;
    }

    /// <summary>Adds an article of story <paramref name="story"/> (null: the one story this index holds) and
    /// returns its derived edges with earlier articles.</summary>
    public IReadOnlyList<DerivationEdge> Add(Doc doc, string? story = null) => Add(detector.Profile(doc), story);

    public IReadOnlyList<DerivationEdge> Add(DerivationProfile profile, string? story = null)
    {
        copyIndex.Query(profile.CopySignature, copyCandidates);
        string storyKey = story ?? "";
        if (!topicIndexes.TryGetValue(storyKey, out var topicIndex))
            topicIndexes[storyKey] = topicIndex = new LshIndex(detector.Options.TopicBands, detector.Options.TopicRows);
        topicIndex.Query(profile.TopicSignature, topicCandidates);
        double prefilter = detector.Options.TopicPrefilter;
        if (detector.Options.MaxRewriteCandidates > 0 && topicCandidates.Count > detector.Options.MaxRewriteCandidates)
            KeepNearest(profile, detector.Options.MaxRewriteCandidates);
        var edges = new List<DerivationEdge>();
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
                if (profiles[next] is { } p && MinHasher.Similarity(p.TopicSignature, profile.TopicSignature) < prefilter) continue;
            }
            if (profiles[next] is not { } earlier) continue; // its story was closed
            // A copy of an article this one already derives from adds only a copy-of-copy edge: the new article is
            // set aside either way. Skipping those keeps 50 syndicated copies of one wire story at 50 comparisons
            // rather than 1,225 (candidates come in arrival order, so the source is met before its copies).
            if (sourceOf[next] >= 0 && derivedFrom.Contains(sourceOf[next])) continue;
            Comparisons++;
            var edge = detector.Compare(earlier, profile);
            if (!edge.IsDerived) continue;
            edges.Add(edge);
            if (edge.Derived == profile.Id) derivedFrom.Add(next);
        }
        int id = profiles.Count;
        profiles.Add(profile);
        sourceOf.Add(derivedFrom.Count > 0 ? derivedFrom[0] : -1);
        if (!storyMembers.TryGetValue(storyKey, out var members)) storyMembers[storyKey] = members = [];
        members.Add(id);
        copyIndex.Add(id, profile.CopySignature);
        topicIndex.Add(id, profile.TopicSignature);
        return edges;
    }

    /// <summary>Keeps the <paramref name="max"/> rewrite candidates nearest by estimated lemma-set Jaccard (ties: the
    /// earlier article), in id order; those that are also copy candidates are compared anyway and do not count.</summary>
    private void KeepNearest(DerivationProfile profile, int max)
    {
        ranked.Clear();
        foreach (int id in topicCandidates)
        {
            if (profiles[id] is not { } p || copyCandidates.BinarySearch(id) >= 0) continue;
            ranked.Add((MinHasher.Similarity(p.TopicSignature, profile.TopicSignature), id));
        }
        ranked.Sort(static (x, y) => x.Jaccard != y.Jaccard ? y.Jaccard.CompareTo(x.Jaccard) : x.Id.CompareTo(y.Id));
        topicCandidates.Clear();
        for (int k = 0; k < ranked.Count && k < max; k++) topicCandidates.Add(ranked[k].Id);
        topicCandidates.Sort();
    }

    /// <summary>Approximate bytes held: profiles and both indexes.</summary>
    public long ApproximateBytes
    {
        get
        {
            long bytes = copyIndex.ApproximateBytes;
            foreach (var index in topicIndexes.Values) bytes += index.ApproximateBytes;
            foreach (var p in profiles) if (p is not null) bytes += p.ApproximateBytes;
            return bytes;
        }
    }
}
