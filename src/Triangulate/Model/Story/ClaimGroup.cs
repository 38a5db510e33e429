using System.Collections.Immutable;

namespace Triangulate.Model.Story;

public enum ClaimStatus : byte
{
    /// <summary>Two or more independent articles state it, without conflict.</summary>
    Corroborated,
    /// <summary>Only one independent article states it (copies and rewrites of it do not count).</summary>
    SingleSource,
    /// <summary>Articles state it differently: numbers, participants, polarity or certainty.</summary>
    Conflicting,
}

public enum DifferenceKind : byte
{
    /// <summary>Numbers that cannot both be true (hedges taken into account).</summary>
    Number,
    /// <summary>Different people or organisations in the same role.</summary>
    Participant,
    /// <summary>One article affirms what another negates.</summary>
    Polarity,
    /// <summary>One states as fact what another hedges, conditions or attributes.</summary>
    Certainty,
    /// <summary>A later report with a changed number, when publication times say it is later: an update, not a conflict.</summary>
    Update,
    /// <summary>Hedged numbers that are compatible ("at least 12" and "14").</summary>
    CompatibleNumbers,
}

/// <summary>A difference between members of a claim group, with the words on each side.</summary>
public sealed record ClaimDifference
{
    public required DifferenceKind Kind { get; init; }
    /// <summary>Plain-words explanation ("six hours vs four hours").</summary>
    public required string Description { get; init; }
    public required ImmutableArray<DifferenceSide> Sides { get; init; }

    /// <summary>Whether this difference makes the group conflicting (updates and compatible numbers do not).</summary>
    public bool IsConflict => Kind is DifferenceKind.Number or DifferenceKind.Participant or DifferenceKind.Polarity or DifferenceKind.Certainty;
}

/// <summary>One side of a difference: which article, what it says, and where.</summary>
public sealed record DifferenceSide(string ArticleId, string Text, TextSpan Span);

/// <summary>One article's statement in a claim group.</summary>
public sealed record ClaimMember
{
    public required string ArticleId { get; init; }
    /// <summary>Index into that article's <see cref="Doc.Claims"/>.</summary>
    public required int Claim { get; init; }
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }

    /// <summary>False when the article is a copy or rewrite of another member's article.</summary>
    public bool Independent { get; init; } = true;

    /// <summary>The article it derives from, when <see cref="Independent"/> is false.</summary>
    public string? DerivedFrom { get; init; }

    /// <summary>Similarity to the group's first member (0..1).</summary>
    public double Similarity { get; init; } = 1;

    public Certainty Certainty { get; init; }
    public Polarity Polarity { get; init; }
}

/// <summary>
/// One statement of fact aligned across the story's articles, labelled by how it stands: corroborated
/// by N independent articles, single-source, or conflicting (with the differences).
/// </summary>
public sealed record ClaimGroup
{
    public required string Id { get; init; }
    public required ClaimStatus Status { get; init; }
    public required ImmutableArray<ClaimMember> Members { get; init; }

    /// <summary>How many independent articles state it.</summary>
    public int IndependentSources { get; init; }

    public ImmutableArray<ClaimDifference> Differences { get; init; } = [];

    /// <summary>Story entities taking part.</summary>
    public ImmutableArray<string> Entities { get; init; } = [];

    /// <summary>Publication time of the earliest member, when known (claims are listed in story order).</summary>
    public DateTimeOffset? FirstReported { get; init; }
}
