using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Pipeline;

namespace Triangulate.Extract.Quotes;

/// <summary>
/// Stage <c>quotes</c>: finds quotations and who said them. Quotation marks are paired into runs
/// (<see cref="QuotePairer"/>); each run takes the cue that governs it and the cue's speaker phrase
/// (<see cref="AttributionFinder"/>); speakers are resolved to who they stand for (<see cref="SpeakerResolver"/>).
/// One quote is one attributed utterance: runs governed by one cue are its parts ("“A,” he said, “B.”"), as
/// are quote sentences that continue it with no words of the writer's between ("“A,” he said. “B.”" and a
/// next paragraph that re-opens the quote). A quote sentence that follows the writer's words with no cue of
/// its own inherits the speaker of the paragraph's last quote (<see cref="SpeakerResolution.Context"/>).
/// Words in quotation marks that no cue governs and that are not a sentence of their own are scare quotes
/// (<see cref="QuoteKind.Scare"/>): kept in the layer, with no speaker. Uses entities and part-of-speech tags
/// when the doc has them, and works from capitals and the learned lexicon when it does not.
/// </summary>
public sealed class QuoteStage(QuoteLexicon lexicon) : IArticleStage
{
    public QuoteStage() : this(QuoteLexicon.Shared) { }

    public StageInfo Info { get; } = new("quotes", Layer.Tokens | Layer.Sentences, Layer.Quotes);

    /// <summary>Quote paragraphs with no cue continue the quote that ended the paragraph before (PARC and
    /// PolNeAR annotate them as one attribution). When false they become quotes of their own, by context.</summary>
    public bool ContinueAcrossParagraphs { get; init; } = true;

    /// <summary>A sentence after a quote that opens with an attribution this short ("“…?” Rubio said.") belongs to it.</summary>
    private const int MaxAttributionSentence = 12;

    public Doc Run(Doc doc) => doc with { Quotes = Extract(doc) };

    public ImmutableArray<Quote> Extract(Doc doc)
    {
        var tokens = doc.Tokens;
        var sentences = doc.Sentences;
        int n = tokens.Count;
        if (n == 0 || sentences.IsDefaultOrEmpty) return [];

        var sentenceOf = new int[n];
        var paragraphOf = new int[n];
        var sentenceStart = new bool[n];
        int paragraph = -1;
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            if (sentence.StartsParagraph || s == 0) paragraph++;
            if (sentence.TokenCount > 0) sentenceStart[sentence.FirstToken] = true;
            for (int i = sentence.FirstToken; i < sentence.EndToken && i < n; i++) { sentenceOf[i] = s; paragraphOf[i] = paragraph; }
        }

        var runs = QuotePairer.Pair(tokens, sentences, QuoteMarkFinder.Find(tokens), paragraphOf, sentenceOf);
        var inRun = new bool[n];
        foreach (var r in runs) for (int i = r.FirstToken; i < r.EndToken && i < n; i++) inRun[i] = true;

        var tags = doc.Has(Layer.Tags) ? doc.Tags : default;
        var reader = new PhraseReader(tokens, tags, inRun, sentenceStart, lexicon);
        var finder = new AttributionFinder(tokens, tags, inRun, sentenceStart, lexicon, reader);
        var resolver = new SpeakerResolver(doc, reader, lexicon, inRun, sentenceOf, sentenceStart);
        var units = Units(sentences, runs, tokens, finder, paragraphOf);

        var built = new List<QuoteDraft>();
        QuoteDraft? last = null;
        int lastUnit = -1;
        for (int u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            var unitRuns = runs.Where(r => r.FirstToken >= unit.First && r.FirstToken < unit.End).ToList();
            var cues = finder.FindCues(unit.First, unit.End, unitRuns);
            var assigned = unitRuns.Count > 0 ? finder.Assign(cues, unitRuns) : [];

            foreach (var cue in cues.OrderBy(c => c.CueFirst))
            {
                var governed = unitRuns.Where(r => assigned.TryGetValue(r, out var a) && a == cue).ToList();
                if (governed.Count == 0)
                {
                    // Reported speech without quotes still tells who has spoken, for a later "he said".
                    if (cue.Speaker is not null && !cue.Inherited && cue.Strength >= 0.3) resolver.Spoke(resolver.Resolve(cue.Speaker).Referent, cue.CueFirst);
                    continue;
                }
                var speaker = cue.Speaker is null ? null : resolver.Resolve(cue.Speaker);
                resolver.Spoke(speaker?.Referent, cue.CueFirst);
                bool direct = governed.All(r => IsDirect(r, cue, unit, unitRuns, finder, tokens));
                var draft = new QuoteDraft(governed, unit.Paragraph)
                {
                    Cue = cue,
                    Speaker = speaker,
                    SpeakerSpan = cue.Speaker is { } p ? tokens.SpanOf(p.First, p.End - p.First) : null,
                    Kind = direct ? QuoteKind.Direct : QuoteKind.Partial,
                    Content = direct ? governed.SelectMany(r => r.Marked).ToList() : ContentClause(unit, cue, governed, tokens),
                };
                built.Add(draft);
                last = draft;
                lastUnit = u;
            }

            foreach (var run in unitRuns)
            {
                if (assigned.ContainsKey(run)) continue;
                if (!IsDirect(run, null, unit, unitRuns, finder, tokens))
                {
                    built.Add(new QuoteDraft([run], unit.Paragraph) { Kind = QuoteKind.Scare, Content = [.. run.Marked] });
                    continue;
                }
                bool continues = last is { Kind: QuoteKind.Direct } && lastUnit == u - 1
                    && (last.Paragraph == unit.Paragraph || ContinueAcrossParagraphs && last.Paragraph == unit.Paragraph - 1 && units[u - 1].EndsParagraph && unit.StartsParagraph)
                    && unitRuns.Count == 1 | run == unitRuns[0];
                if (continues && last is not null)
                {
                    last.Runs.Add(run);
                    last.Content.AddRange(run.Marked);
                    lastUnit = u;
                    continue;
                }
                var context = built.LastOrDefault(q => q.Kind != QuoteKind.Scare && q.Paragraph == unit.Paragraph && q.Runs[0].FirstToken < run.FirstToken);
                var draft = new QuoteDraft([run], unit.Paragraph)
                {
                    Kind = QuoteKind.Direct,
                    Content = [.. run.Marked],
                    InheritedFrom = context,
                };
                built.Add(draft);
                last = draft;
                lastUnit = u;
            }
        }

        var quotes = ImmutableArray.CreateBuilder<Quote>(built.Count);
        foreach (var d in built.OrderBy(d => d.Runs[0].FirstToken)) quotes.Add(d.ToQuote(doc, sentenceOf));
        return quotes.ToImmutable();
    }

    /// <summary>
    /// A run is direct when the writer adds no words of their own before or after it in its sentence, other than
    /// the attribution ("Rubio said:", "…,” he said") and a short complement ending in a colon or comma
    /// ("said on Monday:"); otherwise it is a partial quote inside the writer's sentence.
    /// </summary>
    private static bool IsDirect(QuotedRun run, Attribution? cue, Unit unit, List<QuotedRun> unitRuns, AttributionFinder finder, Model.TokenList tokens)
    {
        int index = unitRuns.IndexOf(run);
        int lo = index > 0 ? unitRuns[index - 1].EndToken : unit.First;
        // Words before a colon that introduces the quote are an introduction, not part of the quote's sentence.
        int colon = LastColonBefore(tokens, lo, run.FirstToken);
        if (colon >= 0 && (cue is null || cue.PhraseFirst > colon || cue.PhraseEnd <= colon + 1)) lo = colon + 1;
        int hi = index + 1 < unitRuns.Count ? unitRuns[index + 1].FirstToken : unit.End;

        int before;
        if (cue is not null && cue.PhraseEnd <= run.FirstToken && cue.PhraseFirst >= lo)
        {
            // The attribution stands before the run: the writer's words before it, and its complement unless that
            // is short and introduces the quote ("said on Monday:", "told reporters,").
            before = finder.WriterWords(lo, cue.PhraseFirst);
            int complement = finder.WriterWords(cue.PhraseEnd, run.FirstToken);
            bool introduced = tokens[run.FirstToken - 1].Text is ":" or "," or "\u2014";
            if (!(complement == 0 || introduced && complement <= 5)) before += complement;
        }
        else before = finder.WriterWords(lo, run.FirstToken);
        if (index == 0 && before > 0 && IsConjunction(tokens, unit.First) && finder.WriterWords(unit.First, run.FirstToken) == 1) before = 0;

        int limit = hi;
        if (cue is not null && cue.PhraseFirst >= run.EndToken && cue.PhraseFirst < hi) limit = cue.PhraseFirst;
        int after = finder.WriterWords(run.EndToken, limit);
        // Words after the attribution phrase ("…,” he said, adding that …) are another clause.
        return before == 0 && after == 0;
    }

    private static int LastColonBefore(Model.TokenList tokens, int from, int to)
    {
        for (int k = to - 1; k >= from; k--) if (tokens[k].Text == ":") return k;
        return -1;
    }

    private static bool IsConjunction(Model.TokenList tokens, int i) => FunctionWords.Conjunctions.Contains(tokens[i].Norm);

    /// <summary>
    /// The clause a cue attributes, as an attribution corpus marks it: after the cue ("said [that] the deal
    /// was “a disaster”"), before it ("The deal is “a disaster,” he said"), or around it ("The deal, he said,
    /// is “a disaster”"). Punctuation at the edges is left out, quotation marks kept.
    /// </summary>
    private List<TextSpan> ContentClause(Unit unit, Attribution cue, List<QuotedRun> governed, Model.TokenList tokens)
    {
        int firstRun = governed[0].FirstToken, lastEnd = governed[^1].EndToken;
        var parts = new List<TextSpan>();
        if (cue.PhraseEnd <= firstRun)
        {
            int start = cue.PhraseEnd;
            for (int k = start; k < Math.Min(firstRun, start + 16); k++)
                if (tokens[k].Norm == "that") { start = k; break; }
            Add(parts, tokens, start, ClauseEnd(lastEnd, unit.End, tokens));
        }
        else if (cue.PhraseFirst >= lastEnd)
        {
            int colon = LastColonBefore(tokens, unit.First, firstRun);
            Add(parts, tokens, colon >= 0 ? colon + 1 : unit.First, cue.PhraseFirst);
        }
        else
        {
            Add(parts, tokens, unit.First, cue.PhraseFirst);
            Add(parts, tokens, cue.PhraseEnd, ClauseEnd(lastEnd, unit.End, tokens));
        }
        if (parts.Count == 0) parts.AddRange(governed.SelectMany(r => r.Marked));
        return parts;
    }

    /// <summary>
    /// Where the attributed clause ends after its last quoted run: at the sentence end, or earlier where the
    /// writer goes on with a clause of their own: a semicolon or dash, "but", "while", another cue
    /// (", adding that", "and criticized"), or "and" with a new subject ("and he reiterated").
    /// </summary>
    private int ClauseEnd(int from, int end, Model.TokenList tokens)
    {
        for (int k = from; k < end; k++)
        {
            ref readonly var t = ref tokens[k];
            string norm = t.Norm;
            if (t.Kind == TokenKind.Quote) continue;
            if (norm is ";" or "--" or "but" or "while" or "whereas" or "although" or "though") return k;
            bool afterJoint = k > from && tokens[k - 1].Norm is "," or "and";
            if (afterJoint && t.Lexeme.Is(LexemeFlags.Lower) && lexicon.Cue(norm) is { } cue && cue.Rate >= ClauseCueRate) return tokens[k - 1].Norm == "and" ? k - 1 : k;
            if (norm == "and" && k + 1 < end && FunctionWords.SubjectPronouns.Contains(tokens[k + 1].Norm)) return k;
        }
        return end;
    }

    /// <summary>A cue word this reliable after ", " or "and" starts a clause of the writer's own.</summary>
    private const double ClauseCueRate = 0.2;

    private static void Add(List<TextSpan> parts, Model.TokenList tokens, int start, int end)
    {
        while (start < end && tokens[start].Kind == TokenKind.Punctuation) start++;
        while (end > start && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
        if (end > start) parts.Add(tokens.SpanOf(start, end - start));
    }

    /// <summary>
    /// Stretches of sentences analysed together: a sentence, joined with the next ones while a quote runs on
    /// into them, with a colon-ended introduction before its quote ("Rubio said:" / "“…”"), and with a short
    /// attribution sentence after it that the splitter cut off ("“… peace.” Rubio said.").
    /// </summary>
    private List<Unit> Units(ImmutableArray<Sentence> sentences, List<QuotedRun> runs, Model.TokenList tokens, AttributionFinder finder, int[] paragraphOf)
    {
        var units = new List<Unit>();
        int runIndex = 0;
        for (int s = 0; s < sentences.Length; s++)
        {
            int first = sentences[s].FirstToken, end = sentences[s].EndToken, last = s;
            while (runIndex < runs.Count && runs[runIndex].EndToken <= first) runIndex++;
            for (int k = runIndex; k < runs.Count && runs[k].FirstToken < end; k++)
                while (runs[k].EndToken > end && last + 1 < sentences.Length) end = sentences[++last].EndToken;
            if (end > first) units.Add(new Unit(first, end, paragraphOf[first], sentences[s].StartsParagraph || s == 0, last + 1 >= sentences.Length || sentences[last + 1].StartsParagraph));
            s = last;
        }

        bool HasRun(Unit u) => runs.Any(r => r.FirstToken >= u.First && r.FirstToken < u.End);
        bool StartsWithRun(Unit u) => runs.Any(r => r.FirstToken == u.First);
        for (int u = 0; u + 1 < units.Count; u++)
        {
            var a = units[u];
            var b = units[u + 1];
            bool colonIntro = !HasRun(a) && tokens[a.End - 1].Text == ":" && StartsWithRun(b);
            bool trailingAttribution = HasRun(a) && !HasRun(b) && b.Paragraph == a.Paragraph && EndsWithRun(a) && StartsWithAttribution(b);
            if (!colonIntro && !trailingAttribution) continue;
            units[u] = a with { End = b.End, EndsParagraph = b.EndsParagraph };
            units.RemoveAt(u + 1);
            u--;
        }
        return units;

        bool EndsWithRun(Unit u)
        {
            int k = u.End - 1;
            while (k > u.First && tokens[k].Kind == TokenKind.Punctuation) k--;
            return runs.Any(r => r.EndToken - 1 == k);
        }

        // "Lichtman said about McCain's effort …" after "“…?”": the splitter starts a sentence at the capital, but
        // a sentence that opens with a speaker and a cue is the quote's attribution.
        bool StartsWithAttribution(Unit u)
        {
            var cues = finder.FindCues(u.First, Math.Min(u.End, u.First + MaxAttributionSentence), []);
            foreach (var c in cues)
                if (c.Speaker is not null && !c.Inherited && c.PhraseFirst <= u.First && c.PhraseEnd - u.First <= MaxAttributionSentence && c.Strength >= MinAttributionRate) return true;
            return false;
        }
    }

    private const double MinAttributionRate = 0.05;

    private sealed record Unit(int First, int End, int Paragraph, bool StartsParagraph, bool EndsParagraph);

    /// <summary>A quote being assembled: runs, attribution, speaker; turned into a <see cref="Quote"/> at the end.</summary>
    private sealed class QuoteDraft(List<QuotedRun> runs, int paragraph)
    {
        public List<QuotedRun> Runs { get; } = runs;
        public int Paragraph { get; } = paragraph;
        public QuoteKind Kind { get; init; }
        public Attribution? Cue { get; init; }
        public ResolvedSpeaker? Speaker { get; init; }
        public TextSpan? SpeakerSpan { get; init; }
        public List<TextSpan> Content { get; init; } = [];
        public QuoteDraft? InheritedFrom { get; init; }

        public Quote ToQuote(Doc doc, int[] sentenceOf)
        {
            var text = doc.Text;
            var parts = Runs.SelectMany(r => r.Parts).ToImmutableArray();
            var source = InheritedFrom;
            while (source?.InheritedFrom is not null) source = source.InheritedFrom;
            var speaker = source?.Speaker ?? Speaker;
            var speakerSpan = source?.SpeakerSpan ?? SpeakerSpan;
            TextSpan? nameSpan = speaker?.NameSpan is { } ns && !(speakerSpan is { } ss && ss.Contains(ns)) ? ns : null;
            TextSpan? cueSpan = Cue is { } c ? doc.Tokens.SpanOf(c.CueFirst, c.CueEnd - c.CueFirst) : null;
            return new Quote
            {
                Span = TextSpan.FromBounds(parts[0].Start, parts[^1].End),
                Parts = parts,
                Kind = Kind,
                Text = string.Join(" ", parts.Select(p => p.TextOf(text))),
                ContentParts = [.. Content],
                SpeakerSpan = Kind == QuoteKind.Scare ? null : speakerSpan,
                SpeakerEntity = speaker?.Entity ?? -1,
                Speaker = speaker?.Speaker,
                Resolution = Kind == QuoteKind.Scare || speaker is null ? SpeakerResolution.None : source is not null ? SpeakerResolution.Context : speaker.Resolution,
                SpeakerNameSpan = nameSpan,
                CueSpan = cueSpan,
                Cue = cueSpan?.TextOf(text),
                Sentence = sentenceOf[Runs[0].FirstToken],
            };
        }
    }
}
