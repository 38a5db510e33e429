using System.Collections.Immutable;
using Triangulate.Compare.Entities;
using Triangulate.Model;
using Triangulate.Model.Story;
using Triangulate.Pipeline;

namespace Triangulate.Compare.Claims;

/// <summary>
/// Aligns the articles' claims into claim groups and labels each group corroborated (by how many
/// independent articles), single-source, or conflicting (numbers, participants, polarity, certainty).
/// Candidate pairs come from an inverted index over claim terms and entities, never from all pairs;
/// groups are built greedily from the strongest alignments, at most one claim per article per group.
/// </summary>
public sealed class ClaimAligner(ClaimDifferences differences) : IStoryStage
{
    public ClaimAligner() : this(new ClaimDifferences()) { }

    public string Name => "claims";

    /// <summary>Two claims are the same statement at or above this similarity. Measured on the project's
    /// own multi-outlet fixtures; see docs/BENCHMARKS.md for how the claim similarity is validated.</summary>
    public double Threshold { get; init; } = 0.42;

    /// <summary>Terms in more than this share of a story's claims are too common to propose candidates.</summary>
    private const double CommonTermShare = 0.25;

    public StoryAnalysis Run(StoryAnalysis story)
    {
        var entities = new EntityIndex(story);
        var items = ClaimItem.Collect(story, entities);
        var weights = TermWeights.From(items);
        var edges = CandidateEdges(items, weights);
        var groups = Grouping.Greedy(items.Count, edges, i => items[i].DocIndex);
        var independent = story.IndependentArticles.ToHashSet(StringComparer.Ordinal);
        var derivedFrom = story.SetAside.ToDictionary(s => s.ArticleId, s => s.DerivedFrom, StringComparer.Ordinal);

        var result = new List<ClaimGroup>();
        foreach (var group in groups)
        {
            var members = group.OrderBy(m => items[m].DocOrder).ToList();
            var first = items[members[0]];
            var claimMembers = members.Select(m =>
            {
                var it = items[m];
                return new ClaimMember
                {
                    ArticleId = it.Doc.Id,
                    Claim = it.Claim.Index,
                    Span = it.Claim.Span,
                    Text = it.Claim.Text,
                    Independent = independent.Contains(it.Doc.Id),
                    DerivedFrom = derivedFrom.GetValueOrDefault(it.Doc.Id),
                    Similarity = m == members[0] ? 1 : Math.Round(weights.Similarity(first, it), 3),
                    Certainty = it.Claim.Certainty,
                    Polarity = it.Claim.Polarity,
                };
            }).ToImmutableArray();
            var diffs = differences.Find(members.Select(m => items[m]).ToList());
            int sources = claimMembers.Where(c => c.Independent).Select(c => c.ArticleId).Distinct().Count();
            var status = diffs.Any(d => d.IsConflict) ? ClaimStatus.Conflicting
                : sources >= 2 ? ClaimStatus.Corroborated : ClaimStatus.SingleSource;
            result.Add(new ClaimGroup
            {
                Id = "",
                Status = status,
                Members = claimMembers,
                IndependentSources = sources,
                Differences = diffs,
                Entities = members.SelectMany(m => items[m].Entities).Distinct(StringComparer.Ordinal).ToImmutableArray(),
                FirstReported = members.Select(m => items[m].Doc.Article.Published).Where(p => p is not null).Min(),
            });
        }

        // Conflicts first, then the most corroborated, then story order.
        var ordered = result
            .OrderBy(g => g.Status switch { ClaimStatus.Conflicting => 0, ClaimStatus.Corroborated => 1, _ => 2 })
            .ThenByDescending(g => g.IndependentSources)
            .ThenByDescending(g => g.Members.Length)
            .ThenBy(g => story.Docs.IndexOf(story.Doc(g.Members[0].ArticleId)))
            .ThenBy(g => g.Members[0].Span.Start)
            .Select((g, i) => g with { Id = $"C{i + 1}" })
            .ToImmutableArray();
        return story with { Claims = ordered };
    }

    private List<(int A, int B, double Score)> CandidateEdges(List<ClaimItem> items, TermWeights weights)
    {
        // Inverted index: term → claims holding it. Very common terms propose no candidates.
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
            foreach (var key in items[i].Keys)
            {
                if (!postings.TryGetValue(key, out var list)) postings[key] = list = [];
                list.Add(i);
            }
        int maxPosting = Math.Max(4, (int)(items.Count * CommonTermShare));
        var seen = new HashSet<(int, int)>();
        var edges = new List<(int, int, double)>();
        foreach (var list in postings.Values)
        {
            if (list.Count > maxPosting) continue;
            for (int x = 0; x < list.Count; x++)
                for (int y = x + 1; y < list.Count; y++)
                {
                    int a = list[x], b = list[y];
                    if (items[a].DocIndex == items[b].DocIndex || !seen.Add((a, b))) continue;
                    double score = weights.Similarity(items[a], items[b]);
                    if (score >= Threshold) edges.Add((a, b, score));
                }
        }
        return edges;
    }
}
