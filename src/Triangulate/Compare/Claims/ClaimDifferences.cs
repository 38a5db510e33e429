using System.Collections.Immutable;
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
        return found.ToImmutable();
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
