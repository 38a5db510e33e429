using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Eval;

/// <summary>
/// One attribution relation from a brat standoff file (PolNeAR, PARC-style): who (<see cref="Source"/>), the
/// cue ("said", "according to") and what was attributed (<see cref="Content"/>). Each role may be
/// discontinuous, so each is a list of spans in text order; an absent role is an empty list.
/// </summary>
public sealed record BratAttribution
{
    public required string Id { get; init; }
    public ImmutableArray<TextSpan> Source { get; init; } = [];
    public ImmutableArray<TextSpan> Cue { get; init; } = [];
    public ImmutableArray<TextSpan> Content { get; init; } = [];

    /// <summary>The text of a role's spans, joined by a space.</summary>
    public static string TextOf(string text, ImmutableArray<TextSpan> spans) => string.Join(" ", spans.Select(s => s.TextOf(text)));
}
