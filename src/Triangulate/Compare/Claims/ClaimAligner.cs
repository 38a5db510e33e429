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
    public int CandidatesPerClaim { get; init; } = 12;

    /// <summary>Keys (terms, entities, measures) a pair must share to be compared in full.</summary>
    public int MinSharedKeys { get; init; } = 2;

    /// <summary>Aligned content words <see cref="Coverage"/> needs before it counts at all.</summary>
    public int MinCoveredKeys { get; init; } = 3;

    /// <summary>How much the better-covered side weighs in <see cref="Coverage"/> (the rest goes to the other side).</summary>
    public double ContainedShare { get; init; } = 1.0;

    public StoryAnalysis Run(StoryAnalysis story)
    {
        var entities = new EntityIndex(story);
        var items = ClaimItem.Collect(story, entities);
        var weights = TermWeights.From(items);
        var sides = items.Select(it => new Side(it, similarity.Prepare(SimilarityInput.Of(it.Doc, it.Claim.Span, EntityKeys(it.Doc, entities))), TokenWeights(it, weights))).ToArray();
        var edges = CandidateEdges(items, weights, sides);
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
                    Similarity = m == members[0] ? 1 : Math.Round(Math.Min(1, Score(members[0], m)), 3), // the score adds bonuses; the report shows 0..1
                    Certainty = it.Claim.Certainty,
                    Polarity = it.Claim.Polarity,
                };
            }).ToImmutableArray();
            double Score(int x, int y) => this.Score(sides[x], sides[y], weights);
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
    private double Score(Side a, Side b, TermWeights weights)
    {
        double bonus = MeasureBonus * Math.Min(a.Item.Measures.Intersect(b.Item.Measures).Count(), 2);
        // The same words (a syndicated copy's sentence) need no alignment; a story of wire copies is mostly these.
        if (string.Equals(a.Item.Claim.Text, b.Item.Claim.Text, StringComparison.Ordinal)) return 1 + bonus;
        var comparison = similarity.Compare(a.Sentence, b.Sentence);
        double fact = similarity.ProbabilitySameFact(comparison);
        double lexical = Math.Max(weights.Similarity(a.Item, b.Item), Coverage(comparison, a, b));
        return Math.Max(fact, lexical) + bonus;
    }

    /// <summary>One claim as scoring needs it, prepared once: its analysed sentence for the word alignment, and
    /// its tokens' weights with their total for <see cref="Coverage"/>.</summary>
    private sealed record Side(ClaimItem Item, PreparedSentence Sentence, double[] Weights)
    {
        public double Total { get; } = Weights.Sum();
    }

    /// <summary>
    /// How much of each claim's weighted content the other covers through the word alignment (synonyms, lemmas,
    /// the same entity: "resume … intelligence sharing and security assistance" meets "resume sharing military
    /// intelligence … military aid"), weights from the story's own term frequencies. The better-covered side counts
    /// most: outlets fold one fact into a longer sentence, so the shorter statement is contained in the longer
    /// rather than equal to it. At least <see cref="MinCoveredKeys"/> weighted words must align, or a short
    /// clause would be "covered" by any sentence naming the same two countries.
    /// </summary>
    private double Coverage(SimilarityResult comparison, Side a, Side b)
    {
        double[] wa = a.Weights, wb = b.Weights;
        if (a.Total == 0 || b.Total == 0) return 0;
        double coveredA = 0, coveredB = 0;
        int covered = 0;
        foreach (var match in comparison.Alignment)
        {
            if ((uint)match.A >= (uint)wa.Length || (uint)match.B >= (uint)wb.Length) continue;
            double w = Math.Min(wa[match.A], wb[match.B]) > 0 ? match.Strength : 0;
            if (w == 0) continue;
            coveredA += wa[match.A] * w;
            coveredB += wb[match.B] * w;
            covered++;
        }
        if (covered < MinCoveredKeys) return 0;
        double ca = coveredA / a.Total, cb = coveredB / b.Total;
        return ContainedShare * Math.Max(ca, cb) + (1 - ContainedShare) * Math.Min(ca, cb);
    }

    /// <summary>Weight of each token of a claim for <see cref="Coverage"/>: its term's story IDF, an entity's weight on
    /// the first token of its mention, nothing for function words, cues and the rest of a name.</summary>
    private double[] TokenWeights(ClaimItem item, TermWeights weights)
    {
        var doc = item.Doc;
        var (first, count) = doc.Tokens.TokensIn(item.Claim.Span);
        var result = new double[count];
        var entityAt = new string?[count];
        bool[] inName = new bool[count];
        if (doc.Has(Layer.Entities))
            foreach (var m in doc.Mentions)
            {
                if (m.FirstToken + m.TokenCount <= first || m.FirstToken >= first + count) continue;
                for (int t = Math.Max(m.FirstToken, first); t < Math.Min(m.FirstToken + m.TokenCount, first + count); t++) inName[t - first] = true;
                if (m.Entity >= 0 && m.FirstToken >= first) entityAt[m.FirstToken - first] = EntityId(item, m.Entity);
            }
        for (int k = 0; k < count; k++)
        {
            if (entityAt[k] is { } id) { result[k] = weights.WeightIfKnown("@" + id); continue; }
            if (inName[k]) continue;
            var token = doc.Tokens[first + k];
            var tag = doc.Has(Layer.Tags) ? doc.Tags[first + k] : PosTag.None;
            string lemma = similarity.Lemmatizer.Lemma(token, tag);
            result[k] = Math.Max(weights.WeightIfKnown(lemma), weights.WeightIfKnown(token.Norm));
        }
        return result;
    }

    private static string? EntityId(ClaimItem item, int entity)
    {
        int position = item.Claim.Entities.IndexOf(entity);
        return position < 0 ? null : item.EntityIds[position];
    }

    /// <summary>
    /// Candidate pairs from the inverted index: for each claim, the claims of other articles that share the most
    /// key weight with it (IDF-weighted terms, entities and measures), at most <see cref="CandidatesPerClaim"/>.
    /// Story-wide words ("fire", the company at the centre of it) still count, with their low weight; only keys
    /// in over half of all claims are skipped. Then each candidate pair is scored in full.
    /// </summary>
    private List<(int A, int B, double Score)> CandidateEdges(List<ClaimItem> items, TermWeights weights, Side[] sides)
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
        var accumulated = new Dictionary<int, (double Weight, int Keys)>();
        for (int i = 0; i < items.Count; i++)
        {
            accumulated.Clear();
            foreach (var key in items[i].Keys)
            {
                var list = postings[key];
                if (list.Count > maxPosting) continue;
                double w = weights.Weight(key);
                foreach (int j in list)
                    if (items[j].DocIndex != items[i].DocIndex)
                    {
                        var (weight, keys) = accumulated.GetValueOrDefault(j);
                        accumulated[j] = (weight + w, keys + 1);
                    }
            }
            // One shared word is no ground for a full comparison: same-fact pairs share at least two keys.
            foreach (var (j, _) in accumulated.Where(kv => kv.Value.Keys >= MinSharedKeys).OrderByDescending(kv => kv.Value.Weight).ThenBy(kv => kv.Key).Take(CandidatesPerClaim))
                pairs.Add((Math.Min(i, j), Math.Max(i, j)));
        }
        var edges = new List<(int, int, double)>();
        foreach (var (a, b) in pairs.Order())
        {
            double score = Score(sides[a], sides[b], weights);
            if (score >= Threshold) edges.Add((a, b, score));
        }
        return edges;
    }

}
