using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Model;
using Triangulate.Text;
using Triangulate.Model.Story;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// Signs that an article is a machine-style rewrite, each with its strength, evidence spans and a plain-words
/// explanation; never a verdict. Against an aligned source: systematic rewording (sentence by sentence alike in
/// meaning, little shared wording, order kept), words inside quotation marks changed, and a shift to rarer
/// vocabulary than the words replaced. On the article alone, against human-written news (<see cref="RewriteBackground"/>):
/// uniform sentence lengths, vocabulary rare in everyday English (SUBTLEX-US frequencies, not a list of "AI words"),
/// and short stock openers ("Additionally,") at the start of sentences.
/// </summary>
public sealed class RewriteSignals
{
    /// <summary>Background statistics (names in the background file).</summary>
    public const string SentenceLengthCv = "sentence-length-cv";
    public const string ElevatedShare = "elevated-share";
    public const string StockOpenerRate = "stock-opener-rate";

    /// <summary>A word used less than once per million words of everyday speech (Zipf below 3) counts as elevated.</summary>
    public const float ElevatedZipf = 3f;

    /// <summary>Statistics need this many sentences of four or more words to mean anything.</summary>
    public const int MinSentences = 5;

    private readonly DerivationDetector detector;
    private readonly RewriteBackground? background;
    private readonly WordFrequencies? frequencies;

    public RewriteSignals(DerivationDetector? detector = null, RewriteBackground? background = null, WordFrequencies? frequencies = null)
    {
        this.detector = detector ?? new DerivationDetector();
        this.background = background ?? RewriteBackground.Bundled;
        this.frequencies = frequencies ?? WordFrequencies.English;
    }

    public static RewriteSignals Default => shared.Value;
    private static readonly Lazy<RewriteSignals> shared = new(() => new RewriteSignals());

    /// <summary>Signals for <paramref name="doc"/>; with <paramref name="alignedSource"/>, also those measured against it.</summary>
    public IReadOnlyList<RewriteSignal> For(Doc doc, Doc? alignedSource = null)
    {
        if (alignedSource is null) return Standalone(doc);
        var edge = detector.Compare(alignedSource, doc);
        return For(doc, alignedSource, edge);
    }

    /// <summary>Signals for <paramref name="doc"/> against <paramref name="source"/>, reusing their edge (either orientation).</summary>
    public IReadOnlyList<RewriteSignal> For(Doc doc, Doc source, DerivationEdge edge)
    {
        var signals = new List<RewriteSignal>();
        bool docIsB = edge.B == doc.Id;
        if (!docIsB && edge.A != doc.Id) throw new ArgumentException($"edge {edge.A}–{edge.B} does not involve article '{doc.Id}'", nameof(edge));
        var pairs = edge.Evidence.Aligned
            .Select(p => docIsB ? (Doc: p.SentenceB, Src: p.SentenceA, DocSpan: p.SpanB, SrcSpan: p.SpanA, p.Similarity, p.Surface)
                                : (Doc: p.SentenceA, Src: p.SentenceB, DocSpan: p.SpanA, SrcSpan: p.SpanB, p.Similarity, p.Surface))
            .ToList();
        if (pairs.Count > 0)
        {
            var docProfile = detector.Profile(doc);
            var srcProfile = detector.Profile(source);
            signals.Add(Rewording(doc, source, edge, docIsB, pairs.Select(p => (p.DocSpan, p.SrcSpan, p.Similarity, p.Surface)).ToList()));
            if (QuoteChanges(doc, docProfile, source, srcProfile, pairs.Select(p => (p.Doc, p.Src)).ToList()) is { } quotes) signals.Add(quotes);
            if (VocabularyShift(doc, docProfile, source, srcProfile, pairs.Where(p => p.Surface < 0.5).Select(p => (p.Doc, p.Src)).ToList()) is { } shift) signals.Add(shift);
        }
        signals.AddRange(Standalone(doc));
        return signals;
    }

    private static RewriteSignal Rewording(Doc doc, Doc source, DerivationEdge edge, bool docIsB,
        List<(TextSpan DocSpan, TextSpan SrcSpan, double Similarity, double Surface)> pairs)
    {
        var e = edge.Evidence;
        double aligned = docIsB ? e.AlignedB : e.AlignedA;
        double reworded = pairs.Count(p => p.Surface < 0.5) / (double)pairs.Count;
        double strength = Math.Round(aligned * reworded * e.OrderKept, 3);
        var evidence = pairs.Where(p => p.Surface < 0.5).Take(12).Select(p =>
            new SignalEvidence(p.DocSpan, p.DocSpan.TextOf(doc.Text), p.SrcSpan, p.SrcSpan.TextOf(source.Text),
                $"meaning {p.Similarity:0.00}, shared wording {p.Surface:0.00}")).ToImmutableArray();
        return new RewriteSignal
        {
            Name = "systematic-rewording",
            Strength = strength,
            Value = Math.Round(aligned, 3),
            Evidence = evidence,
            Explanation = $"{Pct(aligned)} of this article's sentences align in meaning with {source.Id}'s, {Pct(e.OrderKept)} of them in the same order, " +
                          $"and {Pct(reworded)} of the aligned sentences were reworded (less than half their words in shared passages): the pattern of a sentence-by-sentence rewrite",
        };
    }

    /// <summary>Aligned sentences whose quoted words differ (other than by trimming): an altered quotation.</summary>
    private static RewriteSignal? QuoteChanges(Doc docText, DerivationProfile doc, Doc srcText, DerivationProfile src, List<(int Doc, int Src)> pairs)
    {
        int compared = 0;
        var evidence = ImmutableArray.CreateBuilder<SignalEvidence>();
        foreach (var (sd, ss) in pairs)
        {
            var qd = QuotedWords(doc, sd);
            var qs = QuotedWords(src, ss);
            if (qd.Count == 0 || qs.Count == 0) continue;
            compared++;
            var hd = qd.Select(w => doc.WordHashes[w]).ToArray();
            var hs = qs.Select(w => src.WordHashes[w]).ToArray();
            if (IsContiguousPart(hd, hs)) continue; // same words, or a trimmed quotation
            var shared = hd.Intersect(hs).Count();
            var docSpan = TextSpan.FromBounds(doc.SpanOfWords(qd[0], 1).Start, doc.SpanOfWords(qd[^1], 1).End);
            var srcSpan = TextSpan.FromBounds(src.SpanOfWords(qs[0], 1).Start, src.SpanOfWords(qs[^1], 1).End);
            evidence.Add(new SignalEvidence(docSpan, docSpan.TextOf(docText.Text), srcSpan, srcSpan.TextOf(srcText.Text),
                $"{shared} of {hd.Distinct().Count()} quoted word types also in the source's quotation"));
        }
        if (compared == 0) return null;
        double share = (double)evidence.Count / compared;
        return new RewriteSignal
        {
            Name = "quote-words-changed",
            Strength = Math.Round(share, 3),
            Value = evidence.Count,
            Evidence = evidence.ToImmutable(),
            Explanation = evidence.Count == 0
                ? $"all {compared} quotation(s) in aligned sentences match the source word for word (or are trimmed from it)"
                : $"{evidence.Count} of {compared} quotation(s) in sentences aligned with {src.Id} use different words inside the quotation marks than the source does",
        };
    }

    /// <summary>In reworded aligned sentences, are the words the rewrite brought in rarer in everyday English than those it dropped?</summary>
    private RewriteSignal? VocabularyShift(Doc docText, DerivationProfile doc, Doc srcText, DerivationProfile src, List<(int Doc, int Src)> pairs)
    {
        if (frequencies is null || pairs.Count == 0) return null;
        var tokensD = docText.Tokens;
        var tokensS = srcText.Tokens;
        double inSum = 0, outSum = 0;
        int inCount = 0, outCount = 0;
        var introduced = new List<(int Word, float Zipf)>();
        foreach (var (sd, ss) in pairs)
        {
            var lemmasD = LowerContent(doc, sd, tokensD);
            var lemmasS = LowerContent(src, ss, tokensS);
            var setS = lemmasS.Select(x => x.Lemma).ToHashSet();
            var setD = lemmasD.Select(x => x.Lemma).ToHashSet();
            foreach (var x in lemmasD) if (!setS.Contains(x.Lemma)) { inSum += x.Zipf; inCount++; introduced.Add((x.Word, x.Zipf)); }
            foreach (var x in lemmasS) if (!setD.Contains(x.Lemma)) { outSum += x.Zipf; outCount++; }
        }
        if (inCount < 5 || outCount < 5) return null;
        double zin = inSum / inCount, zout = outSum / outCount;
        double shift = zout - zin;
        double strength = shift <= 0 ? 0 : 1 - Math.Pow(10, -shift);
        var evidence = introduced.Where(x => x.Zipf < zout).OrderBy(x => x.Zipf).Take(15).OrderBy(x => x.Word)
            .Select(x => { var s = doc.SpanOfWords(x.Word, 1); return new SignalEvidence(s, s.TextOf(docText.Text), Note: $"Zipf {x.Zipf:0.0}"); })
            .ToImmutableArray();
        return new RewriteSignal
        {
            Name = "vocabulary-shift",
            Strength = Math.Round(strength, 3),
            Value = Math.Round(shift, 3),
            Evidence = evidence,
            Explanation = shift > 0
                ? $"the {inCount} words this article brought into reworded sentences are about {Math.Pow(10, shift):0.#} times rarer in everyday English (SUBTLEX-US) than the {outCount} words of {src.Id} they replaced (mean Zipf {zin:0.00} vs {zout:0.00})"
                : $"the words brought into reworded sentences are no rarer than those they replaced (mean Zipf {zin:0.00} vs {zout:0.00})",
        };
    }

    private List<(ulong Lemma, float Zipf, int Word)> LowerContent(DerivationProfile p, int sentence, TokenList tokens)
    {
        var list = new List<(ulong, float, int)>();
        for (int w = p.SentenceWordStart[sentence]; w < p.SentenceWordStart[sentence + 1]; w++)
        {
            var lexeme = tokens[tokens.IndexAtOrAfter(p.WordStart[w])].Lexeme;
            if (!IsPlainWord(lexeme)) continue;
            var info = detector.Terms.Get(lexeme);
            if (info.IsContent) list.Add((info.Lemma, frequencies!.Zipf(lexeme.Norm), w));
        }
        return list;
    }

    /// <summary>Signals measured on the article alone, against the human-news background.</summary>
    public IReadOnlyList<RewriteSignal> Standalone(Doc doc)
    {
        var signals = new List<RewriteSignal>();
        var stats = Measure(doc);
        if (background is null || stats.Sentences < MinSentences) return signals;

        if (!double.IsNaN(stats.SentenceLengthCv) && background.Has(SentenceLengthCv))
        {
            double strength = 1 - background.ShareBelow(SentenceLengthCv, stats.SentenceLengthCv);
            signals.Add(new RewriteSignal
            {
                Name = "uniform-sentence-length",
                Strength = Math.Round(strength, 3),
                Value = Math.Round(stats.SentenceLengthCv, 3),
                Explanation = $"sentence lengths vary by {stats.SentenceLengthCv:0.00} of their mean ({stats.Sentences} sentences, mean {stats.MeanSentenceWords:0.#} words): " +
                              $"more uniform than {Pct(strength)} of human-written news articles ({background.Source})",
            });
        }
        if (frequencies is not null && background.Has(ElevatedShare) && stats.PlainWords >= 50)
        {
            double strength = background.ShareBelow(ElevatedShare, stats.ElevatedShare);
            signals.Add(new RewriteSignal
            {
                Name = "elevated-vocabulary",
                Strength = Math.Round(strength, 3),
                Value = Math.Round(stats.ElevatedShare, 3),
                Evidence = [.. stats.Elevated.Take(20).Select(s => new SignalEvidence(s, s.TextOf(doc.Text), Note: $"Zipf {frequencies.Zipf(doc.Tokens[doc.Tokens.IndexAtOrAfter(s.Start)].Norm):0.0}"))],
                Explanation = $"{Pct(stats.ElevatedShare)} of its plain (lower-case, non-function) words are used less than once per million words of everyday English (SUBTLEX-US): " +
                              $"more than in {Pct(strength)} of human-written news articles ({background.Source})",
            });
        }
        if (background.Has(StockOpenerRate))
        {
            double strength = stats.OpenerRate == 0 ? 0 : background.ShareBelow(StockOpenerRate, stats.OpenerRate);
            signals.Add(new RewriteSignal
            {
                Name = "stock-openers",
                Strength = Math.Round(strength, 3),
                Value = Math.Round(stats.OpenerRate, 3),
                Evidence = [.. stats.Openers.Select(s => new SignalEvidence(s, s.TextOf(doc.Text)))],
                Explanation = $"{stats.Openers.Count} of {stats.Sentences} sentences open with a short connective phrase and a comma (\"{string.Join("\", \"", stats.Openers.Take(4).Select(s => s.TextOf(doc.Text)))}\"): " +
                              $"more often than in {Pct(strength)} of human-written news articles ({background.Source})",
            });
        }
        return signals;
    }

    /// <summary>The article-level statistics, as computed for the background (used by the eval command to build it).</summary>
    public ArticleStatistics Measure(Doc doc)
    {
        var tokens = doc.Tokens;
        var tags = doc.Has(Layer.Tags) ? doc.Tags : default;
        var lengths = new List<int>();
        var openers = new List<TextSpan>();
        var elevated = new List<TextSpan>();
        int plain = 0;
        foreach (var sentence in doc.Sentences)
        {
            int words = 0;
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                ref readonly var t = ref tokens[i];
                if (!Index.Shingler.IsWordToken(t)) continue;
                words++;
                if (frequencies is not null && IsPlainWord(t.Lexeme))
                {
                    plain++;
                    if (frequencies.Zipf(t.Norm) < ElevatedZipf) elevated.Add(t.Span);
                }
            }
            if (words < 4) continue;
            lengths.Add(words);
            if (Opener(tokens, tags, sentence) is { } opener) openers.Add(opener);
        }
        double mean = lengths.Count == 0 ? 0 : lengths.Average();
        double cv = lengths.Count < MinSentences ? double.NaN : Math.Sqrt(lengths.Sum(l => (l - mean) * (l - mean)) / (lengths.Count - 1)) / mean;
        return new ArticleStatistics(lengths.Count, mean, cv, plain, plain == 0 ? 0 : (double)elevated.Count / plain, elevated,
            lengths.Count == 0 ? 0 : (double)openers.Count / lengths.Count, openers);
    }

    /// <summary>A lower-case word that is not a function word: names, numbers and sentence-initial capitals are left out,
    /// so the measure is about the writer's vocabulary, not the story's subject.</summary>
    private static bool IsPlainWord(Lexeme lexeme) => lexeme.IsAlpha && lexeme.Is(LexemeFlags.Lower) && !lexeme.IsStop && lexeme.Text.Length >= 3;

    /// <summary>
    /// A short connective opener: one to four words before a comma at the start of a sentence, none of them a name
    /// or a number and none inside a quotation ("Additionally,", "In the meantime,", "However,"). A structural
    /// pattern, not a word list: how often human news does this is what the background measures.
    /// </summary>
    private static TextSpan? Opener(TokenList tokens, System.Collections.Immutable.ImmutableArray<PosTag> tags, Sentence sentence)
    {
        int limit = Math.Min(sentence.EndToken, sentence.FirstToken + 5);
        for (int i = sentence.FirstToken; i < limit; i++)
        {
            ref readonly var t = ref tokens[i];
            if (t.Kind == TokenKind.Punctuation && t.Text == ",")
                return i == sentence.FirstToken ? null : tokens.SpanOf(sentence.FirstToken, i - sentence.FirstToken + 1);
            if (t.Kind != TokenKind.Word || !t.Lexeme.IsAlpha) return null;
            // "The pier, built in 1911, ..." is a subject with an apposition, not a connective: a determiner-led
            // phrase is never one (the tagger's DT when tags are there, otherwise the closed class of determiners).
            if (i == sentence.FirstToken && (tags.IsDefault ? IsDeterminer(t.Norm) : tags[i] == PosTag.DT)) return null;
            if (i > sentence.FirstToken && !t.Lexeme.Is(LexemeFlags.Lower)) return null;
        }
        return null;
    }

    private static bool IsDeterminer(string norm) => norm is "the" or "a" or "an" or "this" or "that" or "these" or "those";

    private static List<int> QuotedWords(DerivationProfile p, int sentence)
    {
        var list = new List<int>();
        for (int w = p.SentenceWordStart[sentence]; w < p.SentenceWordStart[sentence + 1]; w++) if (p.Quoted[w]) list.Add(w);
        return list;
    }

    private static bool IsContiguousPart(ulong[] part, ulong[] whole)
    {
        if (part.Length > whole.Length) return false;
        for (int start = 0; start + part.Length <= whole.Length; start++)
            if (whole.AsSpan(start, part.Length).SequenceEqual(part)) return true;
        return false;
    }

    private static string Pct(double x) => (x * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}

/// <summary>Article-level statistics behind the stand-alone signals.</summary>
public sealed record ArticleStatistics(int Sentences, double MeanSentenceWords, double SentenceLengthCv, int PlainWords,
    double ElevatedShare, IReadOnlyList<TextSpan> Elevated, double OpenerRate, IReadOnlyList<TextSpan> Openers);
