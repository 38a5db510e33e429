namespace Triangulate.Model.Story;

/// <summary>
/// The verdict on one pair of articles (named by <c>Article.Id</c>): its <see cref="Kind"/>, which article is the
/// likely source and which the derived one (null both when unknown or independent), what that direction rests on,
/// the evidence, and a plain-words <see cref="Explanation"/> for reports.
/// </summary>
public sealed record DerivationEdge
{
    public required string A { get; init; }
    public required string B { get; init; }
    public required DerivationKind Kind { get; init; }

    public string? Source { get; init; }
    public string? Derived { get; init; }
    public DirectionBasis DirectionBasis { get; init; }

    public required DerivationEvidence Evidence { get; init; }
    public required string Explanation { get; init; }

    /// <summary>One article copies or rewrites the other (or both come from one text): they are not independent.</summary>
    public bool IsDerived => Kind != DerivationKind.Independent;

    /// <summary>The other article of the pair.</summary>
    public string Other(string id) => id == A ? B : id == B ? A : throw new ArgumentException($"article '{id}' is not in the edge {A}–{B}", nameof(id));
}
