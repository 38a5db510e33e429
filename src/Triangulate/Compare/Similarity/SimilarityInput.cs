using Triangulate.Model;

namespace Triangulate.Compare.Similarity;

/// <summary>
/// One side of a comparison: a sentence's or clause's tokens, with part-of-speech tags and entity keys when the
/// caller has them (same length as the tokens, or empty). Equal non-zero entity keys across the two sides mean
/// "the same entity" (e.g. a hash of the cross-document entity), whatever the words.
/// </summary>
public readonly ref struct SimilarityInput
{
    public SimilarityInput(ReadOnlySpan<Token> tokens, ReadOnlySpan<PosTag> tags = default, ReadOnlySpan<ulong> entityKeys = default)
    {
        if (!tags.IsEmpty && tags.Length != tokens.Length)
            throw new ArgumentException($"{tags.Length} tags for {tokens.Length} tokens", nameof(tags));
        if (!entityKeys.IsEmpty && entityKeys.Length != tokens.Length)
            throw new ArgumentException($"{entityKeys.Length} entity keys for {tokens.Length} tokens", nameof(entityKeys));
        Tokens = tokens;
        Tags = tags;
        EntityKeys = entityKeys;
    }

    public ReadOnlySpan<Token> Tokens { get; }
    public ReadOnlySpan<PosTag> Tags { get; }
    public ReadOnlySpan<ulong> EntityKeys { get; }

    /// <summary>Sentence <paramref name="index"/> of a segmented document, with its tags when the document has them.</summary>
    public static SimilarityInput Of(Doc doc, int index)
    {
        var s = doc.Sentences[index];
        var tokens = doc.Tokens.Slice(s.FirstToken, s.TokenCount);
        var tags = doc.Has(Layer.Tags) ? doc.Tags.AsSpan().Slice(s.FirstToken, s.TokenCount) : default;
        return new SimilarityInput(tokens, tags);
    }

    public static implicit operator SimilarityInput(ReadOnlySpan<Token> tokens) => new(tokens);
}
