using System.Collections.Immutable;
using Triangulate.Compare.Entities;
using Triangulate.Compare.Similarity;
using Triangulate.Text;
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
public sealed class ClaimAligner(SentenceSimilarity similarity, ClaimDifferences differences) : IStoryStage
{
    public ClaimAligner() : this(SentenceSimilarity.Shared, new ClaimDifferences()) { }

    public string Name => "claims";

    /// <summary>Two claims state the same fact at or above this score (see <see cref="Score"/>). Chosen on the
    /// project's own fictional multi-outlet fixtures (examples/harbor-fire and the test stories), not on the seeds.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Added per thing both claims measure (at most two): "40 firefighters … six hours" and "about 40
    /// firefighters … four hours" are one fact with two figures, though their words differ.</summary>
    public double MeasureBonus { get; init; } = 0.15;

    /// <summary>Claims of other articles scored in full against each claim: the ones sharing the most key weight.</summary>
    public int CandidatesPerClaim { get; init; } = 24;

    public StoryAnalysis Run(StoryAnalysis story)
    {
        var entities = new EntityIndex(story);
        var items = ClaimItem.Collect(story, entities);
        var weights = TermWeights.From(items);
        var prepared = items.Select(it => similarity.Prepare(SimilarityInput.Of(it.Doc, it.Claim.Span, EntityKeys(it.Doc, entities)))).ToArray();
        var edges = CandidateEdges(items, weights, prepared);
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
                    Similarity = m == members[0] ? 1 : Math.Round(Score(first, prepared[members[0]], it, prepared[m], weights), 3),
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

    /// <summary>Story-level entity keys, so "Rubio" in one article and "Marco Rubio" in another align as one name.</summary>
    private static Func<int, ulong> EntityKeys(Doc doc, EntityIndex entities) =>
        e => StableHash.Of(entities.Get(doc.Id, e)?.Id ?? "~" + doc.Entities[e].Name);

    /// <summary>
    /// How surely two claims state the same fact: the paraphrase model's same-fact reading (agreement on numbers
    /// and polarity set aside, since finding disagreements is the point), or weighted term overlap when that is
    /// higher, plus <see cref="MeasureBonus"/> for each thing both measure.
    /// </summary>
    private double Score(ClaimItem a, PreparedSentence pa, ClaimItem b, PreparedSentence pb, TermWeights weights)
    {
        double fact = similarity.ProbabilitySameFact(similarity.Compare(pa, pb));
        double lexical = weights.Similarity(a, b);
        int measures = ClaimItem.MeasureKeys(a.Doc, a.Claim).Intersect(ClaimItem.MeasureKeys(b.Doc, b.Claim)).Count();
        double score = Math.Max(fact, lexical) + MeasureBonus * Math.Min(measures, 2);
        return score;
    }

    /// <summary>
    /// Candidate pairs from the inverted index: for each claim, the claims of other articles that share the most
    /// key weight with it (IDF-weighted terms, entities and measures), at most <see cref="CandidatesPerClaim"/>.
    /// Story-wide words ("fire", the company at the centre of it) still count, with their low weight; only keys
    /// in over half of all claims are skipped. Then each candidate pair is scored in full.
    /// </summary>
    private List<(int A, int B, double Score)> CandidateEdges(List<ClaimItem> items, TermWeights weights, PreparedSentence[] prepared)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
            foreach (var key in items[i].Keys)
            {
                if (!postings.TryGetValue(key, out var list)) postings[key] = list = [];
                list.Add(i);
            }
        int maxPosting = Math.Max(4, items.Count / 2);
        var pairs = new HashSet<(int, int)>();
        var accumulated = new Dictionary<int, double>();
        for (int i = 0; i < items.Count; i++)
        {
            accumulated.Clear();
            foreach (var key in items[i].Keys)
            {
                var list = postings[key];
                if (list.Count > maxPosting) continue;
                double w = weights.Weight(key);
                foreach (int j in list)
                    if (items[j].DocIndex != items[i].DocIndex) accumulated[j] = accumulated.GetValueOrDefault(j) + w;
            }
            foreach (var (j, _) in accumulated.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(CandidatesPerClaim))
                pairs.Add((Math.Min(i, j), Math.Max(i, j)));
        }
        var edges = new List<(int, int, double)>();
        foreach (var (a, b) in pairs.Order())
        {
            double score = Score(items[a], prepared[a], items[b], prepared[b], weights);
            if (score >= Threshold) edges.Add((a, b, score));
        }
        return edges;
    }

}
