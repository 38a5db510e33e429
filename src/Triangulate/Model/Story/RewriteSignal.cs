using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Model.Story;

/// <summary>
/// One sign that an article may be a machine-style rewrite: never a verdict. <see cref="Strength"/> is 0..1 and,
/// for the signals measured against human-written news, reads "more marked than this share of the background
/// articles" (see <see cref="RewriteBackground"/>). <see cref="Value"/> is the measured figure itself.
/// </summary>
public sealed record RewriteSignal
{
    /// <summary>Stable short name: systematic-rewording, quote-words-changed, vocabulary-shift, uniform-sentence-length, elevated-vocabulary, stock-openers.</summary>
    public required string Name { get; init; }
    public required double Strength { get; init; }
    public required double Value { get; init; }

    /// <summary>The passages that show it (offsets into the article examined), each with what it is evidence of.</summary>
    public ImmutableArray<SignalEvidence> Evidence { get; init; } = [];

    /// <summary>What was measured and against what, in plain words.</summary>
    public required string Explanation { get; init; }
}

/// <summary>A span of the examined article, optionally the span of the aligned source article it was compared with
/// (offsets into the source's text), and a short note ("Zipf 1.9").</summary>
public sealed record SignalEvidence(TextSpan Span, string Text, TextSpan? SourceSpan = null, string? SourceText = null, string? Note = null);
