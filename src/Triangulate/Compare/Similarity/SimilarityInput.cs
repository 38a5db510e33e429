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

    /// <summary>Sentence <paramref name="index"/> of a segmented document (see <see cref="Of(Doc, TextSpan, Func{int, ulong}?)"/>).</summary>
    public static SimilarityInput Of(Doc doc, int index, Func<int, ulong>? entityKey = null) => Of(doc, doc.Sentences[index].Span, entityKey);

    /// <summary>
    /// The tokens a span covers (a sentence, or a claim's clause), with their tags when the document has them and,
    /// when it has entities, each mention's tokens keyed by <paramref name="entityKey"/> (document entity index →
    /// key; by default a hash of the entity's fullest name, so "Rubio" in one article meets "Marco Rubio" in another
    /// whenever each article names him in full somewhere). Pass story-level keys when entities are resolved across articles.
    /// </summary>
    public static SimilarityInput Of(Doc doc, TextSpan span, Func<int, ulong>? entityKey = null)
    {
        var (first, count) = doc.Tokens.TokensIn(span);
        var tokens = doc.Tokens.Slice(first, count);
        var tags = doc.Has(Layer.Tags) ? doc.Tags.AsSpan().Slice(first, count) : default;
        if (!doc.Has(Layer.Entities) || count == 0) return new SimilarityInput(tokens, tags);
        entityKey ??= e => Text.StableHash.Of(Text.Lexicon.Fold(Text.Lexicon.Normalise(doc.Entities[e].Name)));
        ulong[]? keys = null;
        foreach (var m in doc.Mentions)
        {
            if (m.Entity < 0 || m.FirstToken + m.TokenCount <= first || m.FirstToken >= first + count) continue;
            keys ??= new ulong[count];
            ulong key = entityKey(m.Entity);
            for (int t = Math.Max(m.FirstToken, first); t < Math.Min(m.FirstToken + m.TokenCount, first + count); t++) keys[t - first] = key;
        }
        return new SimilarityInput(tokens, tags, keys);
    }

    public static implicit operator SimilarityInput(ReadOnlySpan<Token> tokens) => new(tokens);
}
