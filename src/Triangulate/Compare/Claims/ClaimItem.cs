using System.Collections.Immutable;
using Triangulate.Compare.Entities;
using Triangulate.Model;
using Triangulate.Model.Story;

namespace Triangulate.Compare.Claims;

/// <summary>A claim with what alignment needs precomputed: its article, story entities and lookup keys.</summary>
/// <param name="EntityIds">The story entity of each of <see cref="Claim.Entities"/>, position by position (null if unresolved).</param>
public sealed record ClaimItem(int DocIndex, Doc Doc, Claim Claim, ImmutableArray<string?> EntityIds)
{
    /// <summary>Distinct story entities taking part.</summary>
    public ImmutableArray<string> Entities { get; } = EntityIds.OfType<string>().Distinct(StringComparer.Ordinal).ToImmutableArray();

    /// <summary>Position in story order (article, then offset), for stable ordering.</summary>
    public (int, int) DocOrder => (DocIndex, Claim.Span.Start);

    /// <summary>Distinct terms, and entity ids prefixed so they cannot collide with words.</summary>
    public ImmutableArray<string> Keys { get; } = Claim.Terms.Distinct(StringComparer.Ordinal)
        .Concat(EntityIds.OfType<string>().Distinct(StringComparer.Ordinal).Select(e => "@" + e)).ToImmutableArray();

    public static List<ClaimItem> Collect(StoryAnalysis story, EntityIndex entities)
    {
        var items = new List<ClaimItem>();
        for (int d = 0; d < story.Docs.Length; d++)
        {
            var doc = story.Docs[d];
            if (!doc.Has(Layer.Claims)) continue;
            foreach (var claim in doc.Claims)
            {
                var ids = claim.Entities.Select(e => entities.Get(doc.Id, e)?.Id).ToImmutableArray();
                items.Add(new ClaimItem(d, doc, claim, ids));
            }
        }
        return items;
    }
}
