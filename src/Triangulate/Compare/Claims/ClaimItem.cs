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

    /// <summary>What the claim's numbers measure (see <see cref="MeasureKeys"/>), computed once.</summary>
    public ImmutableArray<string> Measures { get; } = MeasureKeys(Doc, Claim).ToImmutableArray();

    /// <summary>Distinct terms, and entity ids prefixed so they cannot collide with words, and the measures.</summary>
    public ImmutableArray<string> Keys { get; } = Claim.Terms.Distinct(StringComparer.Ordinal)
        .Concat(EntityIds.OfType<string>().Distinct(StringComparer.Ordinal).Select(e => "@" + e))
        .Concat(MeasureKeys(Doc, Claim)).ToImmutableArray(); // an initializer cannot read Measures

    /// <summary>What the claim's numbers measure ("#count:firefighter", "#duration:hour"): two claims measuring the
    /// same thing are about the same fact even when their figures, and so their words, differ.</summary>
    public static IEnumerable<string> MeasureKeys(Doc doc, Claim claim)
    {
        if (!doc.Has(Layer.Quantities)) yield break;
        foreach (int q in claim.Quantities)
        {
            var quantity = doc.Quantities[q];
            string? what = quantity.Counted ?? quantity.Unit ?? quantity.Modifies;
            if (what is null) continue;
            string key = $"#{quantity.Kind.ToString().ToLowerInvariant()}:{what}";
            yield return key;
            // The same thing counted for the same event ("people … injured") is a second, stronger tie.
            if (quantity.Event is not null) yield return key + ":" + quantity.Event;
        }
    }

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
