using Triangulate.Index;
using Triangulate.Model;

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
    private readonly List<DerivationProfile> profiles = [];
    private readonly List<int> copyCandidates = [];
    private readonly List<int> topicCandidates = [];

    internal DerivationIndex(DerivationDetector detector)
    {
        this.detector = detector;
        var o = detector.Options;
        copyIndex = new LshIndex(o.CopyBands, o.CopyRows);
    }

    public int Count => profiles.Count;

    /// <summary>Candidate pairs compared in detail so far (the cost driver: should grow linearly with the stream).</summary>
    public long Comparisons { get; private set; }

    public IReadOnlyList<DerivationProfile> Profiles => profiles;

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
        var edges = new List<DerivationEdge>();
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
                if (MinHasher.Similarity(profiles[next].TopicSignature, profile.TopicSignature) < prefilter) continue;
            }
            Comparisons++;
            var edge = detector.Compare(profiles[next], profile);
            if (edge.IsDerived) edges.Add(edge);
        }
        int id = profiles.Count;
        profiles.Add(profile);
        copyIndex.Add(id, profile.CopySignature);
        topicIndex.Add(id, profile.TopicSignature);
        return edges;
    }

    /// <summary>Approximate bytes held: profiles and both indexes.</summary>
    public long ApproximateBytes
    {
        get
        {
            long bytes = copyIndex.ApproximateBytes;
            foreach (var index in topicIndexes.Values) bytes += index.ApproximateBytes;
            foreach (var p in profiles) bytes += p.ApproximateBytes;
            return bytes;
        }
    }
}
