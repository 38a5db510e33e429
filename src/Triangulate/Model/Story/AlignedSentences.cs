using Triangulate.Model;

namespace Triangulate.Model.Story;

/// <summary>
/// Two sentences, one from each article, that say the same thing: their indices and spans (offsets into each
/// article's text), how alike they are in meaning (<see cref="Similarity"/>) and on the surface
/// (<see cref="Surface"/>: the share of their words inside shared passages; near 1 for copied sentences, near 0
/// for reworded ones).
/// </summary>
public sealed record AlignedSentences(int SentenceA, int SentenceB, TextSpan SpanA, TextSpan SpanB, double Similarity, double Surface);
