using Triangulate.Model;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// Everything derivation detection needs from one article, computed once when it arrives: its words (lexeme hashes
/// and character offsets), which words stand inside quotation marks, its word-shingle MinHash signature (copy
/// candidates), its content-lemma signature (rewrite candidates), and each sentence's span and weighted content
/// lemmas (sentence alignment). Plain arrays of numbers and no reference to the article's <see cref="Model.Doc"/>
/// (unless the sentence similarity reads documents): a stream holds a profile for every recent article, and
/// arrays without references are cheap for the garbage collector to keep. Immutable once built; about 20 bytes a
/// word plus two signatures (see docs/BENCHMARKS.md).
/// </summary>
public sealed class DerivationProfile
{
    internal DerivationProfile(Article article, Doc? doc, ulong[] wordHashes, int[] wordStart, int[] wordEnd, bool[] quoted,
        int shingleSize, uint[] copySignature, uint[] topicSignature, int[] sentenceWordStart, TextSpan[] sentenceSpans,
        ulong[] terms, float[] termWeights, int[] sentenceTermStart, float[] sentenceWeight)
    {
        Id = article.Id;
        Published = article.Published;
        PublishedHasTime = article.PublishedHasTime;
        Doc = doc;
        WordHashes = wordHashes;
        WordStart = wordStart;
        WordEnd = wordEnd;
        Quoted = quoted;
        ShingleSize = shingleSize;
        CopySignature = copySignature;
        TopicSignature = topicSignature;
        SentenceWordStart = sentenceWordStart;
        SentenceSpans = sentenceSpans;
        Terms = terms;
        TermWeights = termWeights;
        SentenceTermStart = sentenceTermStart;
        SentenceWeight = sentenceWeight;
    }

    public string Id { get; }

    /// <summary>The article's publication time (what orders a copy after its source).</summary>
    public DateTimeOffset? Published { get; }
    public bool PublishedHasTime { get; }

    /// <summary>The article's Doc, kept only when the detector's similarity reads documents
    /// (<see cref="ISentenceSimilarity.ReadsDocuments"/>); null otherwise.</summary>
    public Doc? Doc { get; }

    /// <summary>Word tokens (words and numbers) in text order.</summary>
    public int WordCount => WordHashes.Length;
    public int SentenceCount => SentenceWeight.Length;

    /// <summary>MinHash of the article's word shingles (stop words kept): near-duplicates have similar signatures.</summary>
    public uint[] CopySignature { get; }

    /// <summary>MinHash of the article's set of content lemmas: rewrites keep the vocabulary of facts while losing shingles.</summary>
    public uint[] TopicSignature { get; }

    internal ulong[] WordHashes { get; }
    /// <summary>Character offsets of each word in the article's text: where a shared passage is.</summary>
    internal int[] WordStart { get; }
    internal int[] WordEnd { get; }
    internal bool[] Quoted { get; }
    /// <summary>Shingles are not kept (8 bytes a word for every article held in a stream): the passage matcher rolls
    /// them again from <see cref="WordHashes"/> in a pooled buffer, which costs about a microsecond per article.</summary>
    internal int ShingleSize { get; }

    /// <summary>Word index where sentence s starts; one extra entry at the end (= WordCount).</summary>
    internal int[] SentenceWordStart { get; }
    internal TextSpan[] SentenceSpans { get; }

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
    internal TextSpan SpanOfWords(int first, int count) => TextSpan.FromBounds(WordStart[first], WordEnd[first + count - 1]);

    internal int QuotedWords
    {
        get
        {
            int n = 0;
            foreach (bool q in Quoted) if (q) n++;
            return n;
        }
    }

    /// <summary>Approximate bytes this profile holds (its arrays and fields; a kept Doc is the caller's).</summary>
    public long ApproximateBytes =>
        WordHashes.Length * 8L + WordStart.Length * 4L + WordEnd.Length * 4L + Quoted.Length + CopySignature.Length * 4L
        + TopicSignature.Length * 4L + SentenceWordStart.Length * 4L + SentenceSpans.Length * 8L + Terms.Length * 8L
        + TermWeights.Length * 4L + SentenceTermStart.Length * 4L + SentenceWeight.Length * 4L + 13 * 24 + 80;
}
