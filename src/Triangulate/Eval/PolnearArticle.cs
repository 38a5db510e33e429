using System.Collections.Immutable;

namespace Triangulate.Eval;

/// <summary>A PolNeAR article: its text, and the attributions of the one annotation file used for it.</summary>
public sealed record PolnearArticle(string Id, string Text, string AnnotationFile, ImmutableArray<BratAttribution> Attributions);
