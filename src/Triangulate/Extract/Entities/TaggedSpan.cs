namespace Triangulate.Extract.Entities;

/// <summary>An entity span the tagger found in one sentence: tokens [Start, End) of the sentence, its type, and a 0..1 confidence.</summary>
public readonly record struct TaggedSpan(int Start, int End, string Type, double Confidence);
