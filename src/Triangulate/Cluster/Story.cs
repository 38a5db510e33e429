using System.Collections.Immutable;

namespace Triangulate.Cluster;

/// <summary>
/// A story as the clusterer holds it at one moment: its articles (ids, in the order they joined; a merged
/// story's articles follow the keeper's), what it is about
/// (key entities and terms, heaviest first), and when it was first and last seen (publication times; null
/// when its articles are undated).
/// </summary>
public sealed record Story
{
    public required int Id { get; init; }
    public required ImmutableArray<string> Articles { get; init; }

    /// <summary>Names (multi-word entities, or capitalised words) that weigh most in the story.</summary>
    public ImmutableArray<string> KeyEntities { get; init; } = [];

    /// <summary>Other terms (lemmas) that weigh most.</summary>
    public ImmutableArray<string> KeyTerms { get; init; } = [];

    public DateTimeOffset? FirstSeen { get; init; }
    public DateTimeOffset? LastSeen { get; init; }

    /// <summary>Closed: no article for longer than the clusterer's maximum gap; it takes no more articles.</summary>
    public bool Closed { get; init; }

    /// <summary>Stories merged into this one, by their former ids.</summary>
    public ImmutableArray<int> Absorbed { get; init; } = [];

    public int Size => Articles.Length;

    /// <summary>Key entities then key terms, comma-separated: a one-line name for the story.</summary>
    public string Label => string.Join(", ", KeyEntities.Concat(KeyTerms));
}
