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

    /// <summary>Chooses a partial quote's content between its clause and its quoted words (<see cref="QuoteContentModel"/>).</summary>
    public QuoteContentModel ContentModel { get; init; } = QuoteContentModel.Shared;

    public Doc Run(Doc doc) => doc with { Quotes = Extract(doc) };

    public ImmutableArray<Quote> Extract(Doc doc) => Extract(doc, null);

    /// <summary>Extracts, telling <paramref name="observe"/> about every content choice made (the training data of the content model).</summary>
    internal ImmutableArray<Quote> Extract(Doc doc, Action<ContentChoice>? observe)
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
        bool[]? inMention = null;
        if (doc.Has(Layer.Entities))
        {
            inMention = new bool[n];
            foreach (var m in doc.Mentions)
            {
                var (first, count) = m.TokenCount > 0 ? (m.FirstToken, m.TokenCount) : tokens.TokensIn(m.Span);
                for (int i = first; i < first + count && i < n; i++) inMention[i] = true;
            }
        }
        var reader = new PhraseReader(tokens, tags, inRun, sentenceStart, lexicon, inMention);
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
            var assigned = unitRuns.Count > 0 ? finder.Assign(cues, unitRuns, unit.First, unit.End) : [];

            foreach (var cue in cues.OrderBy(c => c.CueFirst))
            {
                var governed = unitRuns.Where(r => assigned.TryGetValue(r, out var a) && a == cue).ToList();
                if (governed.Count == 0)
                {
                    // Reported speech without quotes still tells who has spoken, for a later "he said".
                    if (cue.Speaker is not null && !cue.Inherited && (cue.Form?.Rate ?? 0) >= MinSpeakerRate) resolver.Spoke(resolver.Resolve(cue.Speaker).Referent, cue.CueFirst);
                    continue;
                }
                var speaker = cue.Speaker is null ? null : resolver.Resolve(cue.Speaker);
                resolver.Spoke(speaker?.Referent, cue.CueFirst);
                bool direct = governed.All(r => IsDirect(r, cue, unit, unitRuns, finder, tokens));
                var quoted = governed.SelectMany(r => r.Marked).ToList();
                var content = quoted;
                if (!direct)
                {
                    // A partial quote's content is the clause the cue attributes, or, where annotators mark it otherwise
                    // (only the quoted words after "yelled", the whole sentence …), another candidate: a learned choice.
                    var candidates = ContentCandidates(unit, cue, governed, tokens);
                    var features = ContentFeatures(unit, cue, governed, unitRuns, candidates[0].Content, finder, tokens);
                    observe?.Invoke(new ContentChoice(features, candidates));
                    content = candidates[ContentModel.Choose(candidates.Select(c => c.Name).ToList(), features)].Content;
                }
                var draft = new QuoteDraft(governed, unit.Paragraph)
                {
                    Cue = cue,
                    Speaker = speaker,
                    SpeakerSpan = cue.Speaker is { } p ? tokens.SpanOf(p.First, p.End - p.First) : null,
                    Kind = direct ? QuoteKind.Direct : QuoteKind.Partial,
                    Content = content,
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
    /// A run is direct when it is a sentence of the speaker's own, not words set in the writer's sentence:
    /// introduced by the cue ("said:", "said,", "told reporters on Monday,"), by a colon or a dash, or opening
    /// its sentence; and ending it, or followed only by its attribution ("…,” he said) or by a comma that
    /// closes it ("…,” adding …). Otherwise it is a partial quote inside the writer's clause.
    /// </summary>
    private static bool IsDirect(QuotedRun run, Attribution? cue, Unit unit, List<QuotedRun> unitRuns, AttributionFinder finder, Model.TokenList tokens)
    {
        int index = unitRuns.IndexOf(run);
        int lo = index > 0 ? unitRuns[index - 1].EndToken : unit.First;
        int hi = index + 1 < unitRuns.Count ? unitRuns[index + 1].FirstToken : unit.End;
        string before = run.FirstToken > unit.First ? tokens[run.FirstToken - 1].Text : "";

        bool introduced;
        if (before is ":" or "\u2014" or "--" or "\u2013" or "-") introduced = true;
        else if (cue is not null && cue.PhraseEnd <= run.FirstToken && cue.PhraseFirst >= lo - 1)
        {
            // The cue stands before the run: it introduces it when only a short complement separates them.
            int complement = finder.WriterWords(cue.PhraseEnd, run.FirstToken);
            introduced = complement == 0 && (before == "," || StartsWithCapital(run, tokens)) || before == "," && complement <= 16;
            if (complement == 0 && index > 0 && finder.WriterWords(lo, cue.PhraseFirst) == 0) introduced = true; // "“A,” he said, “B.”"
        }
        else introduced = finder.WriterWords(lo, run.FirstToken) == 0 || index == 0 && IsConjunction(tokens, unit.First) && finder.WriterWords(unit.First, run.FirstToken) == 1;

        int limit = hi;
        if (cue is not null && cue.PhraseFirst >= run.EndToken && cue.PhraseFirst < hi) limit = cue.PhraseFirst;
        bool closed = finder.WriterWords(run.EndToken, limit) == 0 || EndsWithComma(run, tokens) && index + 1 >= unitRuns.Count;
        return introduced && closed;
    }

    private static bool StartsWithCapital(QuotedRun run, Model.TokenList tokens)
    {
        for (int i = run.FirstToken; i < run.EndToken; i++)
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number) return tokens[i].Kind == TokenKind.Number || char.IsUpper(tokens[i].Text[0]);
        return false;
    }

    /// <summary>The run's words end with a comma, inside or right after its closing mark: the writer's sentence goes on with a new clause.</summary>
    private static bool EndsWithComma(QuotedRun run, Model.TokenList tokens)
    {
        int k = run.EndToken - 1;
        while (k > run.FirstToken && tokens[k].Kind == TokenKind.Quote) k--;
        return tokens[k].Text == "," || run.EndToken < tokens.Count && tokens[run.EndToken].Text == ",";
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
    /// <summary>
    /// The candidate contents of a partial quote, the clause first; a candidate equal to an earlier one is left out.
    /// </summary>
    private List<(string Name, List<TextSpan> Content)> ContentCandidates(Unit unit, Attribution cue, List<QuotedRun> governed, Model.TokenList tokens)
    {
        var clause = ContentClause(unit, cue, governed, tokens);
        int firstRun = governed[0].FirstToken, lastEnd = governed[^1].EndToken;
        var toRun = new List<TextSpan>();
        var rest = new List<TextSpan>();
        if (cue.PhraseEnd <= firstRun)
        {
            int start = clause.Count > 0 ? Math.Min(tokens.IndexAtOrAfter(clause[0].Start), firstRun) : firstRun;
            Add(toRun, tokens, start, lastEnd);
            Add(rest, tokens, start, unit.End);
        }
        else if (cue.PhraseFirst >= lastEnd)
        {
            Add(toRun, tokens, firstRun, cue.PhraseFirst);
            Add(rest, tokens, unit.First, cue.PhraseFirst);
        }
        var sentence = new List<TextSpan>();
        Add(sentence, tokens, unit.First, unit.End);
        var all = new List<(string, List<TextSpan>)> { ("clause", clause), ("quoted", governed.SelectMany(r => r.Marked).ToList()) };
        foreach (var (name, content) in new[] { ("torun", toRun), ("rest", rest), ("sentence", sentence) })
            if (content.Count > 0 && !all.Any(c => c.Item2.SequenceEqual(content))) all.Add((name, content));
        return all;
    }

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
    /// What the content model sees of a partial quote: the cue and where it stands, what stands right before and
    /// after the quoted words, and how long the quote and its clause are. Categorical, so the weights read plainly.
    /// </summary>
    private static string[] ContentFeatures(Unit unit, Attribution cue, List<QuotedRun> governed, List<QuotedRun> unitRuns, List<TextSpan> clause,
        AttributionFinder finder, Model.TokenList tokens)
    {
        var first = governed[0];
        var last = governed[^1];
        string position = cue.PhraseEnd <= first.FirstToken ? "before" : cue.PhraseFirst >= last.EndToken ? "after" : "middle";
        int gap = position == "before" ? finder.WriterWords(cue.PhraseEnd, first.FirstToken) : position == "after" ? finder.WriterWords(last.EndToken, cue.PhraseFirst) : 0;
        string prev = first.FirstToken <= unit.First ? "start" : Kind(tokens, first.FirstToken - 1, cue);
        string next = last.EndToken >= unit.End ? "end" : Kind(tokens, last.EndToken, cue);
        int runWords = governed.Sum(r => finder.WriterWordsInRun(r));
        int clauseWords = 0;
        foreach (var part in clause) { var (f, c) = tokens.TokensIn(part); for (int i = f; i < f + c; i++) if (tokens[i].Kind is TokenKind.Word or TokenKind.Number) clauseWords++; }
        string cueName = cue.Form?.Verb.Lemma ?? ":";
        string speaker = cue.Speaker is null ? "none" : cue.Speaker.Form.ToString().ToLowerInvariant();
        bool endsSentence = EndsWithSentencePunctuation(last, tokens);
        return
        [
            "bias",
            "cue=" + cueName,
            "pos=" + position,
            "gap=" + Bucket(gap),
            "prev=" + prev,
            "next=" + next,
            "pos*prev=" + position + "*" + prev,
            "pos*next=" + position + "*" + next,
            "cue*gap0=" + cueName + "*" + (gap == 0),
            "len=" + Bucket(runWords),
            "clause=" + Bucket(clauseWords),
            "share=" + (clauseWords == 0 ? "0" : Math.Min(4, 5 * runWords / Math.Max(1, clauseWords)).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "cap=" + StartsWithCapital(first, tokens),
            "endp=" + endsSentence,
            "runs=" + Math.Min(governed.Count, 3),
            "speaker=" + speaker,
            "inherited=" + cue.Inherited,
        ];
    }

    private static string Kind(Model.TokenList tokens, int i, Attribution cue)
    {
        ref readonly var t = ref tokens[i];
        if (i >= cue.CueFirst && i < cue.CueEnd) return "cue";
        if (cue.Speaker is { } s && !cue.Inherited && i >= s.First && i < s.End) return "speaker";
        return t.Text switch
        {
            ":" => "colon",
            "," => "comma",
            "." or "!" or "?" => "stop",
            "\u2014" or "--" or "-" or "\u2013" => "dash",
            "(" or ")" => "paren",
            _ when t.Kind == TokenKind.Quote => "mark",
            _ when t.Norm == "that" => "that",
            _ when FunctionWords.Determiners.Contains(t.Norm) || t.Norm == "'s" => "det",
            _ when FunctionWords.Prepositions.Contains(t.Norm) => "prep",
            _ when FunctionWords.Conjunctions.Contains(t.Norm) => "conj",
            _ when FunctionWords.SubjectPronouns.Contains(t.Norm) || t.Norm is "him" or "her" or "them" or "it" => "pronoun",
            _ when t.Lexeme.IsCapitalised => "name",
            _ => "word",
        };
    }

    private static string Bucket(int n) => n switch { 0 => "0", 1 => "1", <= 3 => "2-3", <= 7 => "4-7", <= 15 => "8-15", _ => "16+" };

    private static bool EndsWithSentencePunctuation(QuotedRun run, Model.TokenList tokens)
    {
        int k = run.EndToken - 1;
        while (k > run.FirstToken && tokens[k].Kind == TokenKind.Quote) k--;
        return tokens[k].Text is "." or "!" or "?" || tokens[k].Text.EndsWith('.');
    }

    /// <summary>
    /// Where the attributed clause ends after its last quoted run: at the sentence end, or earlier where the
    /// writer goes on with a clause of their own: a semicolon or dash, "but", "while", another cue
    /// (", adding that", "and criticized"), or "and" with a new subject ("and he reiterated").
    /// </summary>
    private int ClauseEnd(int from, int end, Model.TokenList tokens)
    {
        // A comma closing the last quoted run ends the clause: ", which …", ", saying …", ", a swipe at …".
        if (from < end && tokens[from].Text == ",") return from;
        if (from > 0 && tokens[from - 1].Kind == TokenKind.Quote && from - 2 >= 0 && tokens[from - 2].Text == ",") return from;
        for (int k = from; k < end; k++)
        {
            ref readonly var t = ref tokens[k];
            string norm = t.Norm;
            if (t.Kind == TokenKind.Quote) continue;
            if (norm is ";" or "--" or "but" or "while" or "whereas" or "although" or "though") return k;
            bool afterJoint = k > from && tokens[k - 1].Norm is "," or "and";
            if (afterJoint && t.Lexeme.Is(LexemeFlags.Lower) && lexicon.Cue(norm) is { } cue && cue.Rate >= ClauseCueRate) return tokens[k - 1].Norm == "and" ? k - 1 : k;
            if (norm == "and" && k + 1 < end && (FunctionWords.SubjectPronouns.Contains(tokens[k + 1].Norm) || FunctionWords.Auxiliaries.Contains(tokens[k + 1].Norm)
                || lexicon.Cue(tokens[k + 1].Norm) is not null || tokens[k + 1].Norm.EndsWith("ed", StringComparison.Ordinal))) return k;
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
            bool trailingAttribution = HasRun(a) && !HasRun(b) && b.Paragraph == a.Paragraph && EndsWithRun(a) && !HasOwnCue(a) && StartsWithAttribution(b);
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

        // A quote that has its own cue ("Waltz noted that … “vision for peace.”") keeps it; the next sentence is its own.
        bool HasOwnCue(Unit u)
        {
            var unitRuns = runs.Where(r => r.FirstToken >= u.First && r.FirstToken < u.End).ToList();
            return finder.Assign(finder.FindCues(u.First, u.End, unitRuns), unitRuns, u.First, u.End).Count > 0;
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

    /// <summary>A cue of reported speech this reliable makes its subject a speaker that a later "he said" can mean.</summary>
    private const double MinSpeakerRate = 0.3;

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
