using System.Collections.Immutable;

namespace Triangulate.Model;

public enum QuoteKind : byte
{
    /// <summary>A whole sentence or more in quotation marks.</summary>
    Direct,
    /// <summary>A few words quoted inside the writer's own sentence: said the deal was "a disaster".</summary>
    Partial,
    /// <summary>Words in quotation marks that nobody in the article is said to have said: a title, a
    /// so-called term, a phrase held at arm's length ("the so-called “reforms”"). No speaker.</summary>
    Scare,
}

/// <summary>How the speaker was found.</summary>
public enum SpeakerResolution : byte
{
    None,
    /// <summary>Named next to the cue: "Rubio said".</summary>
    Named,
    /// <summary>A pronoun resolved to an entity: "he said".</summary>
    Pronoun,
    /// <summary>"it stated", "the statement said": a statement or organisation.</summary>
    Statement,
    /// <summary>No cue in the sentence; the speaker of the surrounding quotes carries over.</summary>
    Context,
    /// <summary>A description without a name: "a senior official said".</summary>
    Description,
}

/// <summary>
/// A quotation: the quoted words (inside the marks), who said them, and the cue ("said", "told reporters").
/// A quote broken by its attribution ("“A,” he said. “B.”") is one quote with several <see cref="Parts"/>.
/// </summary>
public sealed record Quote
{
    /// <summary>From the first quoted character to the last, marks excluded.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>Each run of quoted words, marks excluded, in order; one element for an unbroken quote.</summary>
    public ImmutableArray<TextSpan> Parts { get; init; } = [];

    public QuoteKind Kind { get; init; }

    /// <summary>The quoted words, parts joined by a space.</summary>
    public required string Text { get; init; }

    /// <summary>The attributed content, in parts: for a direct quote its runs with their marks; for a partial
    /// quote the writer's clause the cue attributes ("the deal was “a disaster”"), which is what an attribution
    /// corpus annotates and what the quote evaluation matches; a cue inside the clause splits it.</summary>
    public ImmutableArray<TextSpan> ContentParts { get; init; } = [];

    /// <summary>The speaker as written at the cue ("Rubio", "he", "a senior advisor to Zelensky").</summary>
    public TextSpan? SpeakerSpan { get; init; }

    /// <summary>The speaker's entity in <see cref="Doc.Entities"/>, when resolved; -1 otherwise.</summary>
    public int SpeakerEntity { get; init; } = -1;

    /// <summary>Who is speaking, readable: the entity's name, or the description as written.</summary>
    public string? Speaker { get; init; }

    public SpeakerResolution Resolution { get; init; }

    /// <summary>Where the speaker is named when <see cref="SpeakerSpan"/> does not name them: the antecedent of
    /// "he" or "it", the name a title description points to, the named speaker a cue-less quote inherits.</summary>
    public TextSpan? SpeakerNameSpan { get; init; }

    public TextSpan? CueSpan { get; init; }
    public string? Cue { get; init; }

    /// <summary>Sentence index (in <see cref="Doc.Sentences"/>) where the quote opens.</summary>
    public int Sentence { get; init; }
}
