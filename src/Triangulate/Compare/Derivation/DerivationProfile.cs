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
    // The arrays may be longer than what they hold (recycled in a stream: see ArrayRecycler); the counts say how much.
    private readonly ulong[] wordHashes;
    private readonly int[] wordStart, wordEnd, sentenceWordStart, sentenceTermStart;
    private readonly bool[] quoted;
    private readonly TextSpan[] sentenceSpans;
    private readonly ulong[] terms;
    private readonly float[] termWeights, sentenceWeight;
    private readonly int termCount;

    internal DerivationProfile(Article article, Doc? doc, int words, int sentences, int termCount, ulong[] wordHashes,
        int[] wordStart, int[] wordEnd, bool[] quoted, int shingleSize, uint[] copySignature, uint[] topicSignature,
        int[] sentenceWordStart, TextSpan[] sentenceSpans, ulong[] terms, float[] termWeights, int[] sentenceTermStart,
        float[] sentenceWeight)
    {
        Id = article.Id;
        Published = article.Published;
        PublishedHasTime = article.PublishedHasTime;
        Doc = doc;
        WordCount = words;
        SentenceCount = sentences;
        this.termCount = termCount;
        this.wordHashes = wordHashes;
        this.wordStart = wordStart;
        this.wordEnd = wordEnd;
        this.quoted = quoted;
        ShingleSize = shingleSize;
        CopySignature = copySignature;
        TopicSignature = topicSignature;
        this.sentenceWordStart = sentenceWordStart;
        this.sentenceSpans = sentenceSpans;
        this.terms = terms;
        this.termWeights = termWeights;
        this.sentenceTermStart = sentenceTermStart;
        this.sentenceWeight = sentenceWeight;
        foreach (bool q in Quoted) if (q) QuotedWords++;
    }

    public string Id { get; }

    /// <summary>The article's publication time (what orders a copy after its source).</summary>
    public DateTimeOffset? Published { get; }
    public bool PublishedHasTime { get; }

    /// <summary>The article's Doc, kept only when the detector's similarity reads documents
    /// (<see cref="ISentenceSimilarity.ReadsDocuments"/>); null otherwise.</summary>
    public Doc? Doc { get; }

    /// <summary>Word tokens (words and numbers) in text order.</summary>
    public int WordCount { get; }
    public int SentenceCount { get; }

    /// <summary>MinHash of the article's word shingles (stop words kept): near-duplicates have similar signatures.</summary>
    public uint[] CopySignature { get; }

    /// <summary>MinHash of the article's set of content lemmas: rewrites keep the vocabulary of facts while losing shingles.</summary>
    public uint[] TopicSignature { get; }

    internal ReadOnlySpan<ulong> WordHashes => wordHashes.AsSpan(0, WordCount);
    /// <summary>Character offsets of each word in the article's text: where a shared passage is.</summary>
    internal ReadOnlySpan<int> WordStart => wordStart.AsSpan(0, WordCount);
    internal ReadOnlySpan<int> WordEnd => wordEnd.AsSpan(0, WordCount);
    internal ReadOnlySpan<bool> Quoted => quoted.AsSpan(0, WordCount);
    /// <summary>Shingles are not kept (8 bytes a word for every article held in a stream): the passage matcher rolls
    /// them again from <see cref="WordHashes"/> in a pooled buffer, which costs about a microsecond per article.</summary>
    internal int ShingleSize { get; }

    /// <summary>Word index where sentence s starts; one extra entry at the end (= WordCount).</summary>
    internal ReadOnlySpan<int> SentenceWordStart => sentenceWordStart.AsSpan(0, SentenceCount + 1);
    internal ReadOnlySpan<TextSpan> SentenceSpans => sentenceSpans.AsSpan(0, SentenceCount);

    /// <summary>Distinct content lemmas of each sentence, in text order; sentence s owns [SentenceTermStart[s], SentenceTermStart[s+1]).</summary>
    internal ReadOnlySpan<ulong> Terms => terms.AsSpan(0, termCount);
    internal ReadOnlySpan<float> TermWeights => termWeights.AsSpan(0, termCount);
    internal ReadOnlySpan<int> SentenceTermStart => sentenceTermStart.AsSpan(0, SentenceCount + 1);

    /// <summary>Sum of the term weights of each sentence.</summary>
    internal ReadOnlySpan<float> SentenceWeight => sentenceWeight.AsSpan(0, SentenceCount);

    internal ReadOnlySpan<ulong> TermsOf(int sentence) => terms.AsSpan(sentenceTermStart[sentence], sentenceTermStart[sentence + 1] - sentenceTermStart[sentence]);
    internal ReadOnlySpan<float> WeightsOf(int sentence) => termWeights.AsSpan(sentenceTermStart[sentence], sentenceTermStart[sentence + 1] - sentenceTermStart[sentence]);
    internal int WordsIn(int sentence) => sentenceWordStart[sentence + 1] - sentenceWordStart[sentence];

    /// <summary>The character span of words [first, first + count).</summary>
    internal TextSpan SpanOfWords(int first, int count) => TextSpan.FromBounds(wordStart[first], wordEnd[first + count - 1]);

    /// <summary>Words inside quotation marks (the rest is the article's narration).</summary>
    internal int QuotedWords { get; }

    /// <summary>Approximate bytes this profile holds (its arrays at their allocated size, and its fields; a kept Doc is the caller's).</summary>
    public long ApproximateBytes =>
        wordHashes.Length * 8L + wordStart.Length * 4L + wordEnd.Length * 4L + quoted.Length + CopySignature.Length * 4L
        + TopicSignature.Length * 4L + sentenceWordStart.Length * 4L + sentenceSpans.Length * 8L + terms.Length * 8L
        + termWeights.Length * 4L + sentenceTermStart.Length * 4L + sentenceWeight.Length * 4L + 13 * 24 + 96;

    /// <summary>Gives the arrays back for the next profiles; the profile must not be used afterwards (the stream
    /// index that built it calls this when it releases the article).</summary>
    internal void Recycle(ProfileArrays arrays)
    {
        arrays.Ulongs.Return(wordHashes);
        arrays.Ulongs.Return(terms);
        arrays.Ints.Return(wordStart);
        arrays.Ints.Return(wordEnd);
        arrays.Ints.Return(sentenceWordStart);
        arrays.Ints.Return(sentenceTermStart);
        arrays.Bools.Return(quoted);
        arrays.Spans.Return(sentenceSpans);
        arrays.Floats.Return(termWeights);
        arrays.Floats.Return(sentenceWeight);
        arrays.Uints.Return(CopySignature);
        arrays.Uints.Return(TopicSignature);
    }
}
