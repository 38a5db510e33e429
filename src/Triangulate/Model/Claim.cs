using System.Collections.Immutable;

namespace Triangulate.Model;

public enum Polarity : byte
{
    Positive,
    Negative,
}

/// <summary>How firmly the article states the claim.</summary>
public enum Certainty : byte
{
    /// <summary>Stated as fact.</summary>
    Asserted,
    /// <summary>Attributed to someone ("X said that …").</summary>
    Reported,
    /// <summary>Softened: may, could, would consider, willing to, expected to.</summary>
    Hedged,
    /// <summary>If/unless/subject to.</summary>
    Conditional,
}

/// <summary>
/// A statement of fact an article makes: one clause of a sentence (most sentences have one) with its
/// participants, numbers, polarity and certainty, and the content terms that align it with other articles'
/// statements. <see cref="Sentence"/> says which sentence it belongs to.
/// </summary>
public sealed record Claim
{
    public required int Index { get; init; }
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    public int Sentence { get; init; }

    /// <summary>Entities taking part (indices into <see cref="Doc.Entities"/>).</summary>
    public ImmutableArray<int> Entities { get; init; } = [];

    /// <summary>Numbers stated (indices into <see cref="Doc.Quantities"/>).</summary>
    public ImmutableArray<int> Quantities { get; init; } = [];

    /// <summary>Dates stated (indices into <see cref="Doc.Dates"/>).</summary>
    public ImmutableArray<int> Dates { get; init; } = [];

    public Polarity Polarity { get; init; }
    public Certainty Certainty { get; init; }

    /// <summary>Lemmas of the words a negator applies to ("insure" in "was not insured"): a polarity
    /// conflict needs the other side to affirm one of them, not merely to lack a "not".</summary>
    public ImmutableArray<string> Negated { get; init; } = [];

    /// <summary>The words that set polarity and certainty ("not", "willingness to consider").</summary>
    public ImmutableArray<string> Cues { get; init; } = [];

    /// <summary>Who the claim is attributed to, when it is ("the United States said").</summary>
    public string? AttributedTo { get; init; }

    /// <summary>Content-word lemmas, for alignment.</summary>
    public ImmutableArray<string> Terms { get; init; } = [];

    /// <summary>Quotes this sentence holds (indices into <see cref="Doc.Quotes"/>).</summary>
    public ImmutableArray<int> Quotes { get; init; } = [];
}
