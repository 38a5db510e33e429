using System.Collections.Immutable;
using Triangulate.Extract.Quantities;
using Triangulate.Model;
using Triangulate.Model.Story;

namespace Triangulate.Compare.Claims;

/// <summary>
/// Finds how the members of a claim group differ: polarity (one negates what another affirms),
/// certainty (one hedges or conditions what another states), participants (different people or
/// organisations in the same statement). Each difference names the articles and the words on each side.
/// </summary>
public class ClaimDifferences
{
    public virtual ImmutableArray<ClaimDifference> Find(IReadOnlyList<ClaimItem> members)
    {
        var found = ImmutableArray.CreateBuilder<ClaimDifference>();
        if (members.Count < 2) return found.ToImmutable();

        if (PolarityClash(members))
        {
            found.Add(new ClaimDifference
            {
                Kind = DifferenceKind.Polarity,
                Description = "affirmed by " + Names(members.Where(m => m.Claim.Polarity == Polarity.Positive))
                    + ", negated by " + Names(members.Where(m => m.Claim.Polarity == Polarity.Negative)),
                Sides = Sides(members, m => m.Claim.Polarity == Polarity.Negative ? string.Join(" ", m.Claim.Cues) : "affirms"),
            });
        }

        var tentative = members.Where(m => m.Claim.Certainty is Certainty.Hedged or Certainty.Conditional).ToList();
        var firm = members.Where(m => m.Claim.Certainty is Certainty.Asserted or Certainty.Reported).ToList();
        if (tentative.Count > 0 && firm.Count > 0)
        {
            found.Add(new ClaimDifference
            {
                Kind = DifferenceKind.Certainty,
                Description = "stated firmly by " + Names(firm) + "; hedged or conditional in " + Names(tentative)
                    + " (" + string.Join(", ", tentative.SelectMany(m => m.Claim.Cues).Distinct(StringComparer.OrdinalIgnoreCase).Select(c => $"\"{c}\"")) + ")",
                Sides = Sides(members, m => m.Claim.Certainty.ToString().ToLowerInvariant()),
            });
        }

        if (ParticipantDifference(members) is { } participants) found.Add(participants);
        found.AddRange(NumberDifferences(members));
        return found.ToImmutable();
    }

    /// <summary>Most differences of one kind reported per group: a 200-article story repeats the same clash many times.</summary>
    private const int MaxNumberDifferences = 6;

    /// <summary>
    /// Figures for the same thing compared pairwise across articles with <see cref="QuantityComparer"/>, which reads
    /// hedges ("at least 12" and "14" are compatible), units and publication times (a higher toll reported later is
    /// an update, not a contradiction). Each distinct pair of readings is reported once.
    /// </summary>
    private static IEnumerable<ClaimDifference> NumberDifferences(IReadOnlyList<ClaimItem> members)
    {
        var seen = new HashSet<(DifferenceKind, string, string)>();
        var found = new List<ClaimDifference>();
        for (int i = 0; i < members.Count; i++)
            for (int j = i + 1; j < members.Count; j++)
            {
                var a = members[i];
                var b = members[j];
                // Publication order decides which side is "earlier" for updates.
                if (a.Doc.Article.Published > b.Doc.Article.Published) (a, b) = (b, a);
                foreach (int qa in a.Claim.Quantities)
                    foreach (int qb in b.Claim.Quantities)
                    {
                        var x = a.Doc.Quantities[qa];
                        var y = b.Doc.Quantities[qb];
                        var comparison = QuantityComparer.Compare(x, a.Doc.Article, y, b.Doc.Article);
                        var kind = comparison.Relation switch
                        {
                            QuantityRelation.Conflict => DifferenceKind.Number,
                            QuantityRelation.Update => DifferenceKind.Update,
                            QuantityRelation.Compatible => DifferenceKind.CompatibleNumbers,
                            _ => (DifferenceKind?)null,
                        };
                        if (kind is not { } k || found.Count(f => f.Kind == k) >= MaxNumberDifferences) continue;
                        // "six hours" vs "four hours" is one clash whichever article says which; an update keeps its order.
                        string first = x.Text.ToLowerInvariant(), second = y.Text.ToLowerInvariant();
                        if (k != DifferenceKind.Update && string.CompareOrdinal(first, second) > 0) (first, second) = (second, first);
                        if (!seen.Add((k, first, second))) continue;
                        found.Add(new ClaimDifference
                        {
                            Kind = k,
                            Description = $"“{x.Text}” ({a.Doc.Id}) vs “{y.Text}” ({b.Doc.Id}): {comparison.Reason}",
                            Sides = [new DifferenceSide(a.Doc.Id, x.Text, x.Span), new DifferenceSide(b.Doc.Id, y.Text, y.Span)],
                        });
                    }
            }
        return found;
    }

    /// <summary>
    /// One member negates a word another affirms ("was not insured" / "was insured"). A negation of a
    /// different word is a paraphrase, not a contradiction ("did not run" / "were suspended").
    /// </summary>
    private static bool PolarityClash(IReadOnlyList<ClaimItem> members)
    {
        foreach (var negative in members.Where(m => m.Claim.Polarity == Polarity.Negative))
            foreach (var positive in members.Where(m => m.Claim.Polarity == Polarity.Positive))
                if (negative.Claim.Negated.Any(word => positive.Claim.Terms.Contains(word))) return true;
        return false;
    }

    /// <summary>Different entities of one type in the same statement: each side names someone the other does not.</summary>
    private static ClaimDifference? ParticipantDifference(IReadOnlyList<ClaimItem> members)
    {
        for (int i = 0; i < members.Count; i++)
            for (int j = i + 1; j < members.Count; j++)
            {
                var a = members[i];
                var b = members[j];
                var onlyA = EntitiesOnly(a, b);
                var onlyB = EntitiesOnly(b, a);
                foreach (var type in onlyA.Keys.Intersect(onlyB.Keys))
                {
                    return new ClaimDifference
                    {
                        Kind = DifferenceKind.Participant,
                        Description = $"{string.Join(", ", onlyA[type])} ({a.Doc.Id}) vs {string.Join(", ", onlyB[type])} ({b.Doc.Id})",
                        Sides = [new DifferenceSide(a.Doc.Id, string.Join(", ", onlyA[type]), a.Claim.Span), new DifferenceSide(b.Doc.Id, string.Join(", ", onlyB[type]), b.Claim.Span)],
                    };
                }
            }
        return null;
    }

    /// <summary>Per entity type, the names of entities in <paramref name="a"/> that <paramref name="b"/> does not mention.</summary>
    private static Dictionary<EntityType, List<string>> EntitiesOnly(ClaimItem a, ClaimItem b)
    {
        var result = new Dictionary<EntityType, List<string>>();
        for (int k = 0; k < a.Claim.Entities.Length; k++)
        {
            var entity = a.Doc.Entities[a.Claim.Entities[k]];
            string? storyId = a.EntityIds[k];
            if (storyId is null || b.Entities.Contains(storyId)) continue;
            if (entity.Type is not (EntityType.Person or EntityType.Organization)) continue;
            if (!result.TryGetValue(entity.Type, out var names)) result[entity.Type] = names = [];
            names.Add(entity.Name);
        }
        return result;
    }

    /// <summary>The articles by id, or their count when there are many (the sides list them all).</summary>
    private static string Names(IEnumerable<ClaimItem> members)
    {
        var ids = members.Select(m => m.Doc.Id).Distinct().ToList();
        return ids.Count <= 3 ? string.Join(", ", ids) : $"{ids.Count} articles";
    }

    private static ImmutableArray<DifferenceSide> Sides(IReadOnlyList<ClaimItem> members, Func<ClaimItem, string> text) =>
        members.Select(m => new DifferenceSide(m.Doc.Id, text(m), m.Claim.Span)).ToImmutableArray();
}
