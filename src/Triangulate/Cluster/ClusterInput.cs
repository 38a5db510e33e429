using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Cluster;

/// <summary>One term of an article as the clusterer sees it: a 64-bit hash, its weighted count in the
/// article (title and entity occurrences count more), a readable form for labels, and whether it names an entity.</summary>
public readonly record struct ClusterTerm(ulong Hash, float Count, string Text, bool Entity = false);

/// <summary>
/// What the story clusterer needs of an article: its id, its publication time (null when unknown) and its
/// distinct terms sorted by hash. Built from an analysed <see cref="Doc"/> (<see cref="From(Doc)"/>) or from
/// plain text (<see cref="FromText"/>), both through <see cref="TermExtractor"/>, so every input is weighed
/// the same way.
/// </summary>
public sealed record ClusterInput
{
    public ClusterInput(string id, DateTimeOffset? published, ImmutableArray<ClusterTerm> terms)
    {
        Id = id;
        Published = published;
        for (int i = 1; i < terms.Length; i++)
            if (terms[i].Hash <= terms[i - 1].Hash)
                throw new ArgumentException($"article '{id}': terms must be distinct and sorted by hash", nameof(terms));
        Terms = terms;
    }

    public string Id { get; }
    public DateTimeOffset? Published { get; }
    public ImmutableArray<ClusterTerm> Terms { get; }

    public static ClusterInput From(Doc doc) => TermExtractor.Shared.Extract(doc);

    public static ClusterInput FromText(string id, string text, DateTimeOffset? published = null) =>
        TermExtractor.Shared.Extract(id, text, published);
}
