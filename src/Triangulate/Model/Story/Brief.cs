using System.Collections.Immutable;

namespace Triangulate.Model.Story;

/// <summary>A citation: an article and the span of it a brief sentence rests on.</summary>
public sealed record Citation(string ArticleId, TextSpan Span);

/// <summary>One sentence of the brief and the articles it rests on (never empty).</summary>
public sealed record BriefSentence(string Text, ImmutableArray<Citation> Citations)
{
    /// <summary>The claim or quote group it summarises, when it summarises one.</summary>
    public string? Source { get; init; }
}

/// <summary>A dated event on the story's timeline.</summary>
public sealed record TimelineEntry(string Date, string Text, ImmutableArray<Citation> Citations);

/// <summary>What one article adds that no other independent article says.</summary>
public sealed record SourceContribution(string ArticleId, string Source, ImmutableArray<string> Claims, ImmutableArray<string> Quotes);

/// <summary>
/// The consolidated account: a few paragraphs in which every sentence cites the articles it rests on,
/// a timeline, what each source adds, and the open conflicts.
/// </summary>
public sealed record Brief
{
    public required string Headline { get; init; }
    public required ImmutableArray<ImmutableArray<BriefSentence>> Paragraphs { get; init; }
    public ImmutableArray<TimelineEntry> Timeline { get; init; } = [];
    public ImmutableArray<SourceContribution> Contributions { get; init; } = [];
    public ImmutableArray<BriefSentence> OpenConflicts { get; init; } = [];
}
