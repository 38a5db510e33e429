using System.Runtime.InteropServices;
using Triangulate.Index;
using Triangulate.Model;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// Everything derivation detection needs from one article, computed once when it arrives: its words (lexeme hashes
/// and token positions), which words stand inside quotation marks, word shingles and their MinHash signature
/// (copy candidates), its content-lemma signature (rewrite candidates), and each sentence's weighted content lemmas
/// (sentence alignment). Immutable once built; about 20 bytes a word plus two signatures (see docs/BENCHMARKS.md).
/// </summary>
public sealed class DerivationProfile
{
    internal DerivationProfile(Doc doc, int[] wordTokens, ulong[] wordHashes, bool[] quoted, int shingleSize,
        uint[] copySignature, uint[] topicSignature, int[] sentenceWordStart, ulong[] terms, float[] termWeights,
        int[] sentenceTermStart, float[] sentenceWeight)
    {
        Doc = doc;
        WordTokens = wordTokens;
        WordHashes = wordHashes;
        Quoted = quoted;
        ShingleSize = shingleSize;
        CopySignature = copySignature;
        TopicSignature = topicSignature;
        SentenceWordStart = sentenceWordStart;
        Terms = terms;
        TermWeights = termWeights;
        SentenceTermStart = sentenceTermStart;
        SentenceWeight = sentenceWeight;
    }

    public Doc Doc { get; }
    public string Id => Doc.Id;

    /// <summary>Word tokens (words and numbers) in text order.</summary>
    public int WordCount => WordHashes.Length;
    public int SentenceCount => SentenceWeight.Length;

    /// <summary>MinHash of the article's word shingles (stop words kept): near-duplicates have similar signatures.</summary>
    public uint[] CopySignature { get; }

    /// <summary>MinHash of the article's set of content lemmas: rewrites keep the vocabulary of facts while losing shingles.</summary>
    public uint[] TopicSignature { get; }

    internal int[] WordTokens { get; }
    internal ulong[] WordHashes { get; }
    internal bool[] Quoted { get; }
    /// <summary>Shingles are not kept (8 bytes a word for every article held in a stream): the passage matcher rolls
    /// them again from <see cref="WordHashes"/> in a pooled buffer, which costs about a microsecond per article.</summary>
    internal int ShingleSize { get; }

    /// <summary>Word index where sentence s starts; one extra entry at the end (= WordCount).</summary>
    internal int[] SentenceWordStart { get; }

    /// <summary>Distinct content lemmas of each sentence, in text order; sentence s owns [SentenceTermStart[s], SentenceTermStart[s+1]).</summary>
    internal ulong[] Terms { get; }
    internal float[] TermWeights { get; }
    internal int[] SentenceTermStart { get; }

    /// <summary>Sum of the term weights of each sentence.</summary>
    internal float[] SentenceWeight { get; }

    internal ReadOnlySpan<ulong> TermsOf(int sentence) => Terms.AsSpan(SentenceTermStart[sentence], SentenceTermStart[sentence + 1] - SentenceTermStart[sentence]);
    internal ReadOnlySpan<float> WeightsOf(int sentence) => TermWeights.AsSpan(SentenceTermStart[sentence], SentenceTermStart[sentence + 1] - SentenceTermStart[sentence]);
    internal int WordsIn(int sentence) => SentenceWordStart[sentence + 1] - SentenceWordStart[sentence];

    /// <summary>The character span of words [first, first + count).</summary>
    internal TextSpan SpanOfWords(int first, int count)
    {
        var tokens = Doc.Tokens;
        return TextSpan.FromBounds(tokens[WordTokens[first]].Start, tokens[WordTokens[first + count - 1]].End);
    }

    internal int QuotedWords
    {
        get
        {
            int n = 0;
            foreach (bool q in Quoted) if (q) n++;
            return n;
        }
    }

    /// <summary>Approximate bytes this profile holds (arrays only; the Doc is the caller's).</summary>
    public long ApproximateBytes =>
        WordTokens.Length * 4L + WordHashes.Length * 8L + Quoted.Length + CopySignature.Length * 4L
        + TopicSignature.Length * 4L + SentenceWordStart.Length * 4L + Terms.Length * 8L + TermWeights.Length * 4L
        + SentenceTermStart.Length * 4L + SentenceWeight.Length * 4L + 12 * 24;

    internal static ReadOnlySpan<T> Span<T>(List<T> list) => CollectionsMarshal.AsSpan(list);
}
