using Triangulate.Compare.Derivation;
using Triangulate.Model;
using Triangulate.Model.Story;

namespace Triangulate.Cluster;

/// <summary>Where an arriving article went, and which earlier articles it copies or rewrites (or is copied by:
/// an edge's direction comes from the evidence, not from the order of arrival).</summary>
public readonly record struct TrackedArticle(StoryAssignment Assignment, IReadOnlyList<DerivationEdge> Edges);

/// <summary>
/// The stream's story stage: each article is placed in a story by the <see cref="StoryClusterer"/> and, when a
/// <see cref="DerivationIndex"/> is given, compared with the earlier articles its LSH signatures collide with —
/// copies across the whole stream, rewrites within the story it joined — so the full comparison runs only for
/// colliding pairs. When the clusterer closes a story, the derivation index releases that story's profiles too,
/// so a long stream holds open stories only. One writer; deterministic.
/// </summary>
public sealed class StoryTracker
{
    private static readonly IReadOnlyList<DerivationEdge> None = [];
    private readonly Dictionary<int, string> storyKeys = [];

    public StoryTracker(StoryClusterer clusterer, DerivationIndex? derivation = null)
    {
        Clusterer = clusterer;
        Derivation = derivation;
        clusterer.StoryClosed += story =>
        {
            if (Derivation is null) return;
            Release(story.Id);
            foreach (int absorbed in story.Absorbed) Release(absorbed);
        };
    }

    public StoryClusterer Clusterer { get; }
    public DerivationIndex? Derivation { get; }

    /// <summary>Places <paramref name="doc"/> (needs the Tokens and Sentences layers when derivation is on).</summary>
    public TrackedArticle Add(Doc doc) => Add(doc, ClusterInput.From(doc));

    /// <summary>Places <paramref name="doc"/> with its cluster terms already extracted (a caller that extracts on
    /// another thread, or measures extraction apart).</summary>
    public TrackedArticle Add(Doc doc, ClusterInput input)
    {
        var assignment = Clusterer.Add(input);
        if (Derivation is null) return new TrackedArticle(assignment, None);
        // Rewrite candidates are looked up in the story the article joined at arrival. A later merge of two
        // stories does not merge their rewrite indexes: a rewrite whose source went to the other half before the
        // merge is found only if it is also a copy candidate (stream-wide). Merges are rare; the loss is small.
        var edges = Derivation.Add(doc, KeyOf(assignment.Story));
        return new TrackedArticle(assignment, edges);
    }

    private string KeyOf(int story)
    {
        if (!storyKeys.TryGetValue(story, out var key)) storyKeys[story] = key = story.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return key;
    }

    private void Release(int story)
    {
        if (!storyKeys.Remove(story, out var key)) return;
        Derivation!.CloseStory(key);
    }
}
