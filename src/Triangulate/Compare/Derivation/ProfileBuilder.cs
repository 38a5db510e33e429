using System.Buffers;
using Triangulate.Index;
using Triangulate.Model;

namespace Triangulate.Compare.Derivation;

/// <summary>Builds <see cref="DerivationProfile"/>s: one pass over the tokens, one over the sentences. Thread-safe.</summary>
/// <param name="keepDocs">Keep a reference to the Doc in each profile (for a similarity that reads documents).</param>
internal sealed class ProfileBuilder(TermTable termTable, MinHasher copyHasher, MinHasher topicHasher, int shingleSize, bool keepDocs)
{
    public DerivationProfile Build(Doc doc)
    {
        var tokens = doc.Tokens.AsSpan();
        var sentences = doc.Sentences;

        // Per-word scratch in pooled buffers, copied out once at the final size: nothing oversized stays alive.
        int[] positions = ArrayPool<int>.Shared.Rent(Math.Max(1, tokens.Length));
        ulong[] scratch = ArrayPool<ulong>.Shared.Rent(Math.Max(1, 2 * tokens.Length));
        float[] weights = ArrayPool<float>.Shared.Rent(Math.Max(1, tokens.Length));
        try
        {
            var hashes = scratch.AsSpan(0, tokens.Length);
            int words = Shingler.WordHashes(tokens, hashes, positions);
            var wordHashes = hashes[..words].ToArray();
            var wordStart = new int[words];
            var wordEnd = new int[words];
            for (int i = 0; i < words; i++)
            {
                ref readonly var token = ref tokens[positions[i]];
                wordStart[i] = token.Start;
                wordEnd[i] = token.End;
            }
            var quoted = QuotedWords(doc, positions.AsSpan(0, words));

            // The shingles share the scratch buffer (after the word hashes) and go straight into the copy signature.
            var shingles = scratch.AsSpan(tokens.Length, Shingler.CountFor(words, shingleSize));
            Shingler.Shingle(wordHashes, shingles, shingleSize);
            var copySignature = copyHasher.Sign(shingles);

            // Sentences: word ranges, spans, and distinct weighted content lemmas (reusing the scratch buffer).
            var sentenceWordStart = new int[sentences.Length + 1];
            var sentenceSpans = new TextSpan[sentences.Length];
            var sentenceTermStart = new int[sentences.Length + 1];
            var sentenceWeight = new float[sentences.Length];
            var terms = scratch.AsSpan(0, words);
            int termCount = 0, w = 0;
            for (int s = 0; s < sentences.Length; s++)
            {
                var sentence = sentences[s];
                sentenceSpans[s] = sentence.Span;
                while (w < words && positions[w] < sentence.FirstToken) w++;
                sentenceWordStart[s] = w;
                sentenceTermStart[s] = termCount;
                int first = termCount;
                for (; w < words && positions[w] < sentence.EndToken; w++)
                {
                    var info = termTable.Get(tokens[positions[w]].Lexeme);
                    if (!info.IsContent) continue;
                    // Distinct per sentence: sentences are short, a linear check beats a set.
                    if (terms[first..termCount].Contains(info.Lemma)) continue;
                    terms[termCount] = info.Lemma;
                    weights[termCount] = info.Weight;
                    sentenceWeight[s] += info.Weight;
                    termCount++;
                }
            }
            sentenceWordStart[sentences.Length] = words;
            sentenceTermStart[sentences.Length] = termCount;
            var termArray = terms[..termCount].ToArray();
            var weightArray = weights.AsSpan(0, termCount).ToArray();

            // Lemma hashes are StableHash outputs (already mixed), so they serve as MinHash inputs directly; a minimum
            // does not care about repeats, so the per-sentence lists need no article-wide de-duplication.
            var topicSignature = topicHasher.Sign(termArray);

            return new DerivationProfile(doc.Article, keepDocs ? doc : null, wordHashes, wordStart, wordEnd, quoted, shingleSize,
                copySignature, topicSignature, sentenceWordStart, sentenceSpans, termArray, weightArray, sentenceTermStart, sentenceWeight);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(positions);
            ArrayPool<ulong>.Shared.Return(scratch);
            ArrayPool<float>.Shared.Return(weights);
        }
    }

    /// <summary>
    /// Which words stand inside quotation marks. From the quotes layer when a stage added it; otherwise from the
    /// tokenizer's quote roles (double quotes only: a lone single quote is too often an apostrophe), with an
    /// unclosed quote ending at the next line break so one stray mark cannot swallow the article.
    /// </summary>
    internal static bool[] QuotedWords(Doc doc, ReadOnlySpan<int> wordTokens)
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

    private static void MarkWords(TokenList tokens, ReadOnlySpan<int> wordTokens, bool[] quoted, TextSpan span)
    {
        var (first, count) = tokens.TokensIn(span);
        int lo = wordTokens.BinarySearch(first);
        if (lo < 0) lo = ~lo;
        for (int w = lo; w < wordTokens.Length && wordTokens[w] < first + count; w++) quoted[w] = true;
    }
}
