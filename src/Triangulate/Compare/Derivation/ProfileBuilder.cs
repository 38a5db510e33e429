using System.Buffers;
using Triangulate.Index;
using Triangulate.Model;

namespace Triangulate.Compare.Derivation;

/// <summary>Builds <see cref="DerivationProfile"/>s: one pass over the tokens, one over the sentences. Thread-safe.</summary>
internal sealed class ProfileBuilder(TermTable termTable, MinHasher copyHasher, MinHasher topicHasher, int shingleSize)
{
    /// <summary>
    /// Only the two signatures an article is indexed and looked up under: a stream compares few articles in detail,
    /// so the rest of the profile waits until a comparison needs it (<see cref="Build(Doc, uint[], uint[])"/>).
    /// Equal to the signatures <see cref="Build(Doc)"/> computes, without its per-word arrays: word hashes and
    /// shingles live in pooled buffers, content lemmas go straight into the topic signature.
    /// </summary>
    public (uint[] Copy, uint[] Topic) Signatures(Doc doc)
    {
        var tokens = doc.Tokens.AsSpan();
        var copy = new uint[copyHasher.Size];
        var topic = new uint[topicHasher.Size];
        ulong[] buffer = ArrayPool<ulong>.Shared.Rent(Math.Max(1, 2 * tokens.Length));
        int[] positions = ArrayPool<int>.Shared.Rent(Math.Max(1, tokens.Length));
        try
        {
            var hashes = buffer.AsSpan(0, tokens.Length);
            int words = Shingler.WordHashes(tokens, hashes, positions);
            var shingles = buffer.AsSpan(tokens.Length, Shingler.CountFor(words, shingleSize));
            Shingler.Shingle(hashes[..words], shingles, shingleSize);
            copyHasher.Sign(shingles, copy);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(buffer);
            ArrayPool<int>.Shared.Return(positions);
        }

        // The same lemmas Build collects (content words inside a sentence); a minimum ignores repeats and order.
        topicHasher.Begin(topic);
        foreach (var sentence in doc.Sentences)
            for (int t = sentence.FirstToken; t < sentence.EndToken && t < tokens.Length; t++)
            {
                ref readonly var token = ref tokens[t];
                if (!Shingler.IsWordToken(token)) continue;
                var info = termTable.Get(token.Lexeme);
                if (info.IsContent) topicHasher.Update(topic, info.Lemma);
            }
        topicHasher.Complete(topic);
        return (copy, topic);
    }

    public DerivationProfile Build(Doc doc) => Build(doc, null, null);

    /// <summary>The full profile; signatures already computed by <see cref="Signatures"/> are reused, not recomputed.</summary>
    public DerivationProfile Build(Doc doc, uint[]? knownCopy, uint[]? knownTopic)
    {
        var tokens = doc.Tokens.AsSpan();
        var sentences = doc.Sentences;

        int[] wordTokensBuffer = ArrayPool<int>.Shared.Rent(Math.Max(1, tokens.Length));
        ulong[] hashesBuffer = ArrayPool<ulong>.Shared.Rent(Math.Max(1, tokens.Length));
        try
        {
            int words = Shingler.WordHashes(tokens, hashesBuffer, wordTokensBuffer);
            var wordTokens = wordTokensBuffer.AsSpan(0, words).ToArray();
            var wordHashes = hashesBuffer.AsSpan(0, words).ToArray();
            var quoted = QuotedWords(doc, wordTokens);

            int shingleCount = Shingler.CountFor(words, shingleSize);
            var copySignature = knownCopy ?? CopySignature(wordHashes, shingleCount);

            // Sentences: word ranges and distinct weighted content lemmas.
            var sentenceWordStart = new int[sentences.Length + 1];
            var sentenceTermStart = new int[sentences.Length + 1];
            var sentenceWeight = new float[sentences.Length];
            // Built in pooled buffers and copied out at their final size: no second, oversized array per article.
            ulong[] terms = ArrayPool<ulong>.Shared.Rent(Math.Max(1, words));
            float[] weights = ArrayPool<float>.Shared.Rent(Math.Max(1, words));
            int termCount = 0, w = 0;
            for (int s = 0; s < sentences.Length; s++)
            {
                var sentence = sentences[s];
                while (w < words && wordTokens[w] < sentence.FirstToken) w++;
                sentenceWordStart[s] = w;
                sentenceTermStart[s] = termCount;
                int first = termCount;
                for (; w < words && wordTokens[w] < sentence.EndToken; w++)
                {
                    var info = termTable.Get(tokens[wordTokens[w]].Lexeme);
                    if (!info.IsContent) continue;
                    // Distinct per sentence: sentences are short, a linear check beats a set.
                    bool seen = false;
                    for (int k = first; k < termCount; k++) if (terms[k] == info.Lemma) { seen = true; break; }
                    if (seen) continue;
                    terms[termCount] = info.Lemma;
                    weights[termCount] = info.Weight;
                    sentenceWeight[s] += info.Weight;
                    termCount++;
                }
            }
            sentenceWordStart[sentences.Length] = words;
            sentenceTermStart[sentences.Length] = termCount;
            var termArray = terms.AsSpan(0, termCount).ToArray();
            var weightArray = weights.AsSpan(0, termCount).ToArray();
            ArrayPool<ulong>.Shared.Return(terms);
            ArrayPool<float>.Shared.Return(weights);

            // Lemma hashes are StableHash outputs (already mixed), so they serve as MinHash inputs directly; a minimum
            // does not care about repeats, so the per-sentence lists need no article-wide de-duplication.
            var topicSignature = knownTopic ?? topicHasher.Sign(termArray);

            return new DerivationProfile(doc, wordTokens, wordHashes, quoted, shingleSize, copySignature, topicSignature,
                sentenceWordStart, termArray, weightArray, sentenceTermStart, sentenceWeight);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(wordTokensBuffer);
            ArrayPool<ulong>.Shared.Return(hashesBuffer);
        }
    }

    private uint[] CopySignature(ulong[] wordHashes, int shingleCount)
    {
        ulong[] shingles = ArrayPool<ulong>.Shared.Rent(Math.Max(1, shingleCount));
        try
        {
            Shingler.Shingle(wordHashes, shingles, shingleSize);
            return copyHasher.Sign(shingles.AsSpan(0, shingleCount));
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(shingles);
        }
    }

    /// <summary>
    /// Which words stand inside quotation marks. From the quotes layer when a stage added it; otherwise from the
    /// tokenizer's quote roles (double quotes only: a lone single quote is too often an apostrophe), with an
    /// unclosed quote ending at the next line break so one stray mark cannot swallow the article.
    /// </summary>
    internal static bool[] QuotedWords(Doc doc, int[] wordTokens)
    {
        var quoted = new bool[wordTokens.Length];
        var tokens = doc.Tokens;
        if (doc.Has(Layer.Quotes))
        {
            foreach (var quote in doc.Quotes)
                foreach (var part in quote.Parts.IsDefaultOrEmpty ? [quote.Span] : quote.Parts)
                    MarkWords(tokens, wordTokens, quoted, part);
            return quoted;
        }
        bool inside = false;
        int w = 0;
        for (int i = 0; i < tokens.Count && w < wordTokens.Length; i++)
        {
            ref readonly var t = ref tokens[i];
            if (t.LineBreakBefore) inside = false;
            if (t.Kind == TokenKind.Quote)
            {
                if (t.Norm != "\"") continue;
                inside = t.Quote switch { QuoteRole.Open => true, QuoteRole.Close => false, _ => !inside };
                continue;
            }
            if (wordTokens[w] == i) quoted[w++] = inside;
        }
        return quoted;
    }

    private static void MarkWords(TokenList tokens, int[] wordTokens, bool[] quoted, TextSpan span)
    {
        var (first, count) = tokens.TokensIn(span);
        int lo = Array.BinarySearch(wordTokens, first);
        if (lo < 0) lo = ~lo;
        for (int w = lo; w < wordTokens.Length && wordTokens[w] < first + count; w++) quoted[w] = true;
    }
}
