using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Model.Story;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// The derivation edges among a set of articles and what they leave: groups of articles that are one source
/// (a wire story and its republications, an article and its rewrites), each with a representative (the likely
/// original) and the members set aside with the reason. Corroboration counts <see cref="Sources"/>, not articles.
/// </summary>
public sealed record DerivationReport(ImmutableArray<DerivationEdge> Edges, ImmutableArray<IndependentSource> Sources)
{
    public int IndependentCount => Sources.Length;

    /// <summary>The group an article belongs to (every article given to <see cref="Build"/> has one).</summary>
    public IndependentSource SourceOf(string articleId) =>
        Sources.FirstOrDefault(s => s.Members.Contains(articleId)) ?? throw new KeyNotFoundException($"article '{articleId}' is not in this report");

    /// <summary>Articles set aside as derived, with why.</summary>
    public IEnumerable<DerivedMember> SetAside => Sources.SelectMany(s => s.SetAside);

    /// <summary>The set-aside list in the story model's shape (<see cref="StoryAnalysis.SetAside"/>), kinds named as
    /// docs/SCHEMA.md says: "verbatim copy", "near-copy", "paraphrase rewrite".</summary>
    public ImmutableArray<SetAsideArticle> ToSetAside() =>
        [.. SetAside.Select(m => new SetAsideArticle(m.Id, m.TiedTo, KindName(m.Kind), m.KnownDerived ? m.Reason : m.Reason + " (direction unknown: set aside only so the pair counts once)"))];

    public static string KindName(DerivationKind kind) => kind switch
    {
        DerivationKind.Verbatim => "verbatim copy",
        DerivationKind.NearCopy => "near-copy",
        DerivationKind.Paraphrase => "paraphrase rewrite",
        _ => "independent",
    };

    public static DerivationReport Build(IReadOnlyList<Doc> docs, IReadOnlyList<DerivationEdge> edges)
    {
        var ids = docs.Select(d => d.Id).ToList();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Count; i++) position.TryAdd(ids[i], i);
        var parent = Enumerable.Range(0, ids.Count).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        foreach (var e in edges.Where(e => e.IsDerived))
            if (position.TryGetValue(e.A, out int a) && position.TryGetValue(e.B, out int b)) parent[Find(a)] = Find(b);

        var docById = new Dictionary<string, Doc>(StringComparer.Ordinal);
        foreach (var d in docs) docById.TryAdd(d.Id, d);
        var sources = new List<IndependentSource>();
        foreach (var group in Enumerable.Range(0, ids.Count).Where(i => position[ids[i]] == i).GroupBy(Find).OrderBy(g => g.Min()))
        {
            var members = group.Select(i => ids[i]).ToList();
            var memberSet = members.ToHashSet(StringComparer.Ordinal);
            var groupEdges = edges.Where(e => e.IsDerived && memberSet.Contains(e.A) && memberSet.Contains(e.B)).ToList();
            // The representative: never the derived side of a directed edge; then earliest published; then most words.
            var derivedIds = groupEdges.Where(e => e.Derived is not null).Select(e => e.Derived!).ToHashSet(StringComparer.Ordinal);
            string representative = members
                .OrderBy(m => derivedIds.Contains(m))
                .ThenBy(m => docById[m].Article.Published ?? DateTimeOffset.MaxValue)
                .ThenByDescending(m => docById[m].Article.WordCount)
                .ThenBy(m => position[m])
                .First();
            var setAside = new List<DerivedMember>();
            foreach (var m in members)
            {
                if (m == representative) continue;
                // The edge that explains m best: to the representative if there is one, else its strongest edge in the group.
                var edge = groupEdges.Where(e => e.A == m || e.B == m)
                    .OrderByDescending(e => e.Other(m) == representative)
                    .ThenByDescending(e => e.Derived == m)
                    .ThenByDescending(e => e.Kind)
                    .First();
                setAside.Add(new DerivedMember(m, edge.Other(m), edge.Kind, edge.Derived == m, edge.Explanation));
            }
            sources.Add(new IndependentSource(representative, [.. members], [.. setAside]));
        }
        return new DerivationReport([.. edges], [.. sources]);
    }
}

/// <summary>One independent source: its representative article, every member, and the members set aside as derived.</summary>
public sealed record IndependentSource(string Representative, ImmutableArray<string> Members, ImmutableArray<DerivedMember> SetAside);

/// <summary>An article not counted as an independent report: which article it is tied to, how, whether it is known to be
/// the derived side (false when the direction is unknown and it was set aside only to count the group once), and why.</summary>
public sealed record DerivedMember(string Id, string TiedTo, DerivationKind Kind, bool KnownDerived, string Reason);
