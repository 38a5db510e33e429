using System.Collections.Immutable;

namespace Triangulate.Model.Story;

/// <summary>How faithfully an article renders a quotation, compared with the group's reference rendering.</summary>
public enum Fidelity : byte
{
    /// <summary>Only one article has this quote.</summary>
    Single,
    /// <summary>The same words.</summary>
    Verbatim,
    /// <summary>A contiguous part of the same words (a sentence or clause left out).</summary>
    Trimmed,
    /// <summary>Mostly the same words with small changes (a word swapped, added or dropped).</summary>
    Edited,
    /// <summary>The same statement in substantially different words inside quotation marks.</summary>
    Divergent,
}

/// <summary>One article's rendering of a quote in a group, with how it compares with the group's reference.</summary>
public sealed record QuoteMember
{
    public required string ArticleId { get; init; }
    /// <summary>Index into that article's <see cref="Doc.Quotes"/>.</summary>
    public required int Quote { get; init; }
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    public string? Speaker { get; init; }
    public Fidelity Fidelity { get; init; }

    /// <summary>Share of the reference's words this rendering keeps in order (0..1).</summary>
    public double WordOverlap { get; init; }

    /// <summary>Words of the reference missing here, and words here that the reference lacks (for showing the change).</summary>
    public ImmutableArray<string> Removed { get; init; } = [];
    public ImmutableArray<string> Added { get; init; } = [];
}

/// <summary>
/// The renderings of one statement across articles, aligned: same speaker, overlapping or paraphrased
/// words. <see cref="Verdict"/> is the worst fidelity among members: a fact-checker looks at divergent
/// groups first.
/// </summary>
public sealed record QuoteGroup
{
    public required string Id { get; init; }
    public string? SpeakerEntity { get; init; }
    public string? Speaker { get; init; }

    /// <summary>The member others are compared with: the rendering the others share most words with, then the fullest, then the earliest.</summary>
    public required string ReferenceArticle { get; init; }
    public required ImmutableArray<QuoteMember> Members { get; init; }
    public Fidelity Verdict { get; init; }
}
