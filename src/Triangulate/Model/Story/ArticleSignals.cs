using System.Collections.Immutable;

namespace Triangulate.Model.Story;

/// <summary>An article's machine-rewrite signals (never a verdict), measured alone and, when it derives from another
/// article of the story, against that article.</summary>
public sealed record ArticleSignals(string ArticleId, string? ComparedWith, ImmutableArray<RewriteSignal> Signals);
