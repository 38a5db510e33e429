using System.Buffers;
using Triangulate.Index;
using Triangulate.Model;

namespace Triangulate.Compare.Derivation;

/// <summary>Builds <see cref="DerivationProfile"/>s: one pass over the tokens, one over the sentences. Thread-safe.</summary>
/// <param name="keepDocs">Keep a reference to the Doc in each profile (for a similarity that reads documents).</param>
internal sealed class ProfileBuilder(TermTable termTable, MinHasher copyHasher, MinHasher topicHasher, int shingleSize, bool keepDocs)
{
    /// <summary>The profile of <paramref name="doc"/>; with <paramref name="arrays"/> (a stream index), its arrays
    /// come from recycled ones and go back there when the index releases the article.</summary>
    public DerivationProfile Build(Doc doc, ProfileArrays? arrays = null)
    {
        var tokens = doc.Tokens.AsSpan();
        var sentences = doc.Sentences;
        int words = 0;
        foreach (ref readonly var token in tokens) if (Shingler.IsWordToken(token)) words++;

        var wordHashes = New(arrays?.Ulongs, words);
        var wordStart = New(arrays?.Ints, words);
        var wordEnd = New(arrays?.Ints, words);
        int[] positions = ArrayPool<int>.Shared.Rent(Math.Max(1, tokens.Length));
        int shingleCount = Shingler.CountFor(words, shingleSize);
        ulong[] shingles = ArrayPool<ulong>.Shared.Rent(Math.Max(1, shingleCount));
        try
        {
            Shingler.WordHashes(tokens, wordHashes, positions);
            for (int i = 0; i < words; i++)
            {
                ref readonly var token = ref tokens[positions[i]];
                wordStart[i] = token.Start;
                wordEnd[i] = token.End;
            }
            var quoted = New(arrays?.Bools, words);
            QuotedWords(doc, positions.AsSpan(0, words), quoted.AsSpan(0, words));

            Shingler.Shingle(wordHashes.AsSpan(0, words), shingles, shingleSize);
            var copySignature = Signature(arrays, copyHasher.Size);
            copyHasher.Sign(shingles.AsSpan(0, shingleCount), copySignature.AsSpan(0, copyHasher.Size));

            // Sentences: word ranges, spans, and distinct weighted content lemmas (at most one per word).
            var sentenceWordStart = New(arrays?.Ints, sentences.Length + 1);
            var sentenceSpans = New(arrays?.Spans, sentences.Length);
            var sentenceTermStart = New(arrays?.Ints, sentences.Length + 1);
            var sentenceWeight = New(arrays?.Floats, sentences.Length);
            var terms = New(arrays?.Ulongs, words);
            var weights = New(arrays?.Floats, words);
            int termCount = 0, w = 0;
            for (int s = 0; s < sentences.Length; s++)
            {
                var sentence = sentences[s];
                sentenceSpans[s] = sentence.Span;
                while (w < words && positions[w] < sentence.FirstToken) w++;
                sentenceWordStart[s] = w;
                sentenceTermStart[s] = termCount;
                int first = termCount;
                float weight = 0;
                for (; w < words && positions[w] < sentence.EndToken; w++)
                {
                    var info = termTable.Get(tokens[positions[w]].Lexeme);
                    if (!info.IsContent) continue;
                    // Distinct per sentence: sentences are short, a linear check beats a set.
                    if (terms.AsSpan(first, termCount - first).Contains(info.Lemma)) continue;
                    terms[termCount] = info.Lemma;
                    weights[termCount] = info.Weight;
                    weight += info.Weight;
                    termCount++;
                }
                sentenceWeight[s] = weight;
            }
            sentenceWordStart[sentences.Length] = words;
            sentenceTermStart[sentences.Length] = termCount;

            // Lemma hashes are StableHash outputs (already mixed), so they serve as MinHash inputs directly; a minimum
            // does not care about repeats, so the per-sentence lists need no article-wide de-duplication.
            var topicSignature = Signature(arrays, topicHasher.Size);
            topicHasher.Sign(terms.AsSpan(0, termCount), topicSignature.AsSpan(0, topicHasher.Size));

            return new DerivationProfile(doc.Article, keepDocs ? doc : null, words, sentences.Length, termCount, wordHashes,
                wordStart, wordEnd, quoted, shingleSize, copySignature, topicSignature, sentenceWordStart, sentenceSpans,
                terms, weights, sentenceTermStart, sentenceWeight);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(positions);
            ArrayPool<ulong>.Shared.Return(shingles);
        }
    }

    /// <summary>A signature array of exactly <paramref name="size"/> bins: signatures are public and compared whole, so
    /// a recycled one is used only when its size class is exact (the default 128 and 64 are).</summary>
    private static uint[] Signature(ProfileArrays? arrays, int size)
    {
        if (arrays is null) return new uint[size];
        var rented = arrays.Uints.Rent(size);
        return rented.Length == size ? rented : new uint[size];
    }

    /// <summary>A new array of exactly <paramref name="length"/>, or a recycled one of at least that length.</summary>
    private static T[] New<T>(ArrayRecycler<T>? recycler, int length) => recycler?.Rent(length) ?? new T[length];

    /// <summary>
    /// Which words stand inside quotation marks. From the quotes layer when a stage added it; otherwise from the
    /// tokenizer's quote roles (double quotes only: a lone single quote is too often an apostrophe), with an
    /// unclosed quote ending at the next line break so one stray mark cannot swallow the article.
    /// </summary>
    internal static void QuotedWords(Doc doc, ReadOnlySpan<int> wordTokens, Span<bool> quoted)
    {
        quoted.Clear();   // a recycled array holds old values
        var tokens = doc.Tokens;
        if (doc.Has(Layer.Quotes))
        {
            foreach (var quote in doc.Quotes)
                foreach (var part in quote.Parts.IsDefaultOrEmpty ? [quote.Span] : quote.Parts)
                    MarkWords(tokens, wordTokens, quoted, part);
            return;
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
    }

    private static void MarkWords(TokenList tokens, ReadOnlySpan<int> wordTokens, Span<bool> quoted, TextSpan span)
    {
        var (first, count) = tokens.TokensIn(span);
        int lo = wordTokens.BinarySearch(first);
        if (lo < 0) lo = ~lo;
        for (int w = lo; w < wordTokens.Length && wordTokens[w] < first + count; w++) quoted[w] = true;
    }
}
