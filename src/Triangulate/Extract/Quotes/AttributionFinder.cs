using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Extract.Quotes;

/// <summary>
/// Finds the cues of a stretch of text (a sentence, or sentences a quote runs across) and decides which
/// quoted runs each governs. A cue is a word whose form was a cue often enough in the training data (by
/// its learned rate), used as a verb; its speaker is the phrase before it, or after it when it follows a
/// quote ("“…,” said Smith") or when its kind puts the source after ("according to X"). A run takes the
/// cue that sits right after it ("“…,” he said"), else the nearest one before it, weighed by how reliably
/// that cue introduces speech and by how many of the writer's words stand between.
/// </summary>
internal sealed class AttributionFinder
{
    /// <summary>A cue form the tagger calls a noun still counts when it is a cue this often ("says" mis-tagged NNS).</summary>
    private const double TaggedNounRate = 0.5;

    /// <summary>Least learned quote rate for a cue right next to the quote (after it, or before it with at most one
    /// word between), and for one further off, where a weak cue is more often a verb of the writer's own.</summary>
    private const double MinAdjacentRate = 0.01, MinNearRate = 0.01, MinDistantRate = 0.02;

    private readonly TokenList tokens;
    private readonly ImmutableArray<PosTag> tags;
    private readonly bool[] inRun;
    private readonly bool[] sentenceStart;
    private readonly QuoteLexicon lexicon;
    private readonly PhraseReader reader;

    public AttributionFinder(TokenList tokens, ImmutableArray<PosTag> tags, bool[] inRun, bool[] sentenceStart, QuoteLexicon lexicon, PhraseReader reader)
    {
        this.tokens = tokens;
        this.tags = tags;
        this.inRun = inRun;
        this.sentenceStart = sentenceStart;
        this.lexicon = lexicon;
        this.reader = reader;
    }

    /// <summary>Every cue in [<paramref name="first"/>, <paramref name="end"/>) with its speaker phrase.</summary>
    public List<Attribution> FindCues(int first, int end, IReadOnlyList<QuotedRun> runs)
    {
        var cues = new List<Attribution>();
        bool? headline = null;
        for (int i = first; i < end; i++)
        {
            if (inRun[i]) continue;
            ref readonly var t = ref tokens[i];
            if (t.Kind == TokenKind.Punctuation && t.Text == ":")
            {
                if (ColonCue(i, first, end, runs) is { } colon) cues.Add(colon);
                continue;
            }
            if (t.Kind == TokenKind.Punctuation && IsDash(t.Text))
            {
                if (DashCue(i, first, end, runs) is { } dash) cues.Add(dash);
                continue;
            }
            if (t.Kind != TokenKind.Word || lexicon.Cue(t.Norm) is not { } form) continue;
            int cueEnd = i + 1;
            if (t.Norm == "according")
            {
                if (i + 1 >= end || tokens[i + 1].Norm != "to") continue;
                cueEnd = i + 2;
            }
            // A noun use ("the call", "his claims") is no cue; with tags, a form tagged as no verb needs a reliable rate,
            // except in a title-case headline, where the tagger reads every capitalised word as a name ("Mayor Sees …").
            else if (IsNounUse(i, first)) continue;
            bool capitalisedInside = t.Lexeme.IsCapitalised && !sentenceStart[i];
            if (capitalisedInside && !(headline ??= IsHeadline(first, end))) continue; // part of a name or title
            if (t.Norm != "according" && reader.HasTags && !tags[i].IsVerb() && form.Rate < TaggedNounRate && !capitalisedInside) continue;

            var cue = new Attribution { CueFirst = i, CueEnd = cueEnd, Form = form };
            int lo = LowerBound(i, first, runs), hi = UpperBound(cueEnd, end, runs);
            if (form.Verb.AfterRate > 0.5) cue.Speaker = reader.PhraseAfter(cueEnd, hi);
            else if (IsParticiple(i, first))
                cue.Inherited = true; // "…, telling Reuters" / "…, saying": the subject of the clause it hangs on, filled in below
            else
            {
                cue.Speaker = reader.SubjectBefore(i, lo);
                // Inverted after a quote ("“…,” said the official") or after a comma ("“…” for Clinton, said Kunin").
                if (cue.Speaker is null && (FollowsQuote(i, first, runs) || i > first && tokens[i - 1].Text == ","))
                {
                    var after = reader.PhraseAfter(cueEnd, hi);
                    cue.Speaker = after is { Form: not SpeakerForm.Pronoun } || FollowsQuote(i, first, runs) ? after : null;
                }
                // A participle with its subject elsewhere: "…,” he said, adding …" — filled in below.
                if (cue.Speaker is null && t.Norm.EndsWith("ing", StringComparison.Ordinal)) cue.Inherited = true;
            }
            cues.Add(cue);
        }
        for (int k = 0; k < cues.Count; k++)
        {
            if (!cues[k].Inherited) continue;
            for (int j = k - 1; j >= 0; j--)
                if (cues[j].Speaker is { } s && !cues[j].Inherited) { cues[k].Speaker = s; break; }
            if (cues[k].Speaker is null && reader.SentenceSubject(first, cues[k].CueFirst) is { } subject) cues[k].Speaker = subject;
            if (cues[k].Speaker is null) cues[k].Inherited = false;
        }
        // A cue with no subject of its own next to it ("She greeted them and told them …", "was quoted as saying")
        // takes the sentence's subject.
        foreach (var c in cues)
            if (c.Speaker is null && c.Form is not null && c.Form.Verb.AfterRate <= 0.5 && !FollowsQuote(c.CueFirst, first, runs)
                && reader.SentenceSubject(first, c.CueFirst) is { } subject)
            {
                c.Speaker = subject;
                c.Inherited = true;
            }
        return cues;
    }

    /// <summary>Which cue each run of [<paramref name="first"/>, <paramref name="end"/>) takes (runs without one are absent from the result).</summary>
    public Dictionary<QuotedRun, Attribution> Assign(List<Attribution> cues, IReadOnlyList<QuotedRun> runs, int first, int end)
    {
        var result = new Dictionary<QuotedRun, Attribution>();
        // In a title-case headline every quoted run looks like a title ("Obama Sees ‘Personal Insult’ if …"): there
        // the capitals say nothing, and a cue further off may still govern it.
        bool headline = runs.Count > 0 && IsHeadline(first, end);
        foreach (var run in runs)
        {
            if (IsSoCalled(run)) continue;
            bool title = IsTitleLike(run) && !headline;
            // "an appearance on CBS's “Face the Nation,” Sanders said": a title after a preposition or determiner names a thing.
            if (title && NamedThing(run.FirstToken)) continue;
            Attribution? best = null;
            double bestScore = 0;
            foreach (var c in cues)
            {
                double s = c.Strength, score;
                if (c.PhraseFirst >= run.EndToken)
                {
                    // "…,” he said, adding that …": a participle after a quote introduces what follows, not the quote.
                    if (c.Inherited) continue;
                    if (RunBetween(run.EndToken, c.PhraseFirst, runs)) continue;
                    int gap = WriterWords(run.EndToken, c.PhraseFirst);
                    if (gap == 0 && s >= MinAdjacentRate && c.Speaker is not null) score = 2 + s;
                    else if (s >= MinDistantRate && c.Speaker is not null && !title) score = s / (1 + gap / 3.0);
                    else continue;
                }
                else if (c.PhraseEnd <= run.FirstToken)
                {
                    // "“A,” Sanders said, suggesting questions, including, “B.”": the participle between governs B, so
                    // B is a quote of its own (with the same speaker), not a second part of A.
                    if (ParticipleBetween(cues, c.PhraseEnd, run.FirstToken, first)) continue;
                    int gap = WriterWords(c.PhraseEnd, run.FirstToken);
                    if (gap <= 1 && s >= MinNearRate) score = 1.5 * s;
                    else if (s >= MinDistantRate && !title) score = s / (1 + gap / 6.0);
                    else continue;
                }
                else continue;
                if (c.Speaker is null) score *= 0.5;
                if (score > bestScore) { bestScore = score; best = c; }
            }
            if (best is not null) result[run] = best;
        }
        return result;
    }

    /// <summary>Words inside a quoted run.</summary>
    public int WriterWordsInRun(QuotedRun run)
    {
        int n = 0;
        for (int i = run.FirstToken; i < run.EndToken; i++) if (tokens[i].Kind is TokenKind.Word or TokenKind.Number) n++;
        return n;
    }

    /// <summary>Words of the writer's (not punctuation, not quoted, not "that") between two token positions.</summary>
    public int WriterWords(int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++)
            if (!inRun[i] && tokens[i].Kind is TokenKind.Word or TokenKind.Number && tokens[i].Norm != "that") n++;
        return n;
    }

    private bool ParticipleBetween(List<Attribution> cues, int from, int to, int first)
    {
        foreach (var o in cues) if (o.Inherited && o.Form is not null && o.CueFirst >= from && o.CueEnd <= to && IsParticiple(o.CueFirst, first)) return true;
        return false;
    }

    private static bool RunBetween(int from, int to, IReadOnlyList<QuotedRun> runs)
    {
        foreach (var r in runs) if (r.FirstToken >= from && r.EndToken <= to) return true;
        return false;
    }

    /// <summary>An -ing form opening a clause after a comma or dash ("…, saying", "— adding"): it has no subject of its own.</summary>
    private bool IsParticiple(int i, int first) =>
        tokens[i].Norm.EndsWith("ing", StringComparison.Ordinal) && i > first
        && (tokens[i - 1].Text is "," or "\u2014" or "--" or "\u2013"
            // "… “what’s on the table,” emphasizing that …": the comma sits inside the closing mark.
            || tokens[i - 1].Kind == TokenKind.Quote && i - 2 >= first && tokens[i - 2].Text == ",");

    /// <summary>
    /// A short run of capitalised words with no sentence punctuation inside ("“This Week”", "“Football Life”"):
    /// the name of a show, book or slogan. Only a cue right next to it makes it a quote.
    /// </summary>
    private bool IsTitleLike(QuotedRun run)
    {
        int words = 0, last = run.EndToken - 1;
        while (last > run.FirstToken && tokens[last].Kind is TokenKind.Quote or TokenKind.Punctuation)
        {
            if (tokens[last].Text is "!" or "?") return false; // an exclamation or a question is said, not a title
            last--;
        }
        for (int i = run.FirstToken; i <= last; i++)
        {
            ref readonly var t = ref tokens[i];
            if (t.Kind is TokenKind.Quote) continue;
            if (t.Kind == TokenKind.Punctuation) { if (t.Text is "." or "!" or "?" or "," or ";" or ":") return false; continue; }
            if (t.Kind != TokenKind.Word) continue;
            words++;
            if (!t.Lexeme.IsCapitalised && !t.Lexeme.IsStop) return false;
        }
        return words is > 0 and <= 6;
    }

    /// <summary>A title standing where a noun phrase names a thing: after a preposition or determiner ("on “Face the
    /// Nation”"), or after a common noun that follows one ("the radio show “Harbour Hour”", "his book “Deal”").</summary>
    private bool NamedThing(int runStart)
    {
        int k = runStart - 1;
        if (k < 0) return false;
        if (reader.IsDeterminer(k) || FunctionWords.Prepositions.Contains(tokens[k].Norm)) return true;
        for (int n = 0; n < 3 && k >= 0 && tokens[k].Lexeme.Is(LexemeFlags.Lower) && tokens[k].Kind == TokenKind.Word && !inRun[k]; n++, k--)
            if (k - 1 >= 0 && reader.IsDeterminer(k - 1)) return true;
        return false;
    }

    /// <summary>"so-called “reforms”": quotation marks of distance, not of speech.</summary>
    private bool IsSoCalled(QuotedRun run) => run.FirstToken > 0 && tokens[run.FirstToken - 1].Norm == "so-called";

    /// <summary>A cue word used as a noun: after a determiner or possessive ("the call", "Trump's remarks").</summary>
    private bool IsNounUse(int i, int first) => i > first && reader.IsDeterminer(i - 1); // "'s" counts when possessive, not in "he's said"

    private static bool IsDash(string text) => text is "\u2015" or "\u2014" or "\u2013" or "-" or "--";

    /// <summary>
    /// "“…” ― Martha Aguilar" or a line "- Sanders." after a quote: the convention of quote collections and
    /// fact checks, where a dash and a name stand for the attribution.
    /// </summary>
    private Attribution? DashCue(int i, int first, int end, IReadOnlyList<QuotedRun> runs)
    {
        if (!FollowsQuote(i, first, runs)) return null;
        var phrase = reader.PhraseAfter(i + 1, UpperBound(i + 1, end, runs));
        if (phrase is not { Form: SpeakerForm.Name }) return null;
        // The name closes the sentence or is followed by its description ("― Dean Baker, Center for Economic …").
        if (phrase.End < end && tokens[phrase.End].Text is not ("." or "," or ";") && !tokens[phrase.End].LineBreakBefore) return null;
        return new Attribution { CueFirst = i, CueEnd = i + 1, Speaker = phrase };
    }

    /// <summary>A headline in title case ("Pence Says Trump Was ‘Mocking’ Clinton Camp"): its capitalised verbs can be cues.</summary>
    private bool IsHeadline(int first, int end)
    {
        int words = 0, capitalised = 0;
        for (int i = first; i < end; i++)
        {
            if (inRun[i] || tokens[i].Kind != TokenKind.Word) continue;
            words++;
            if (tokens[i].Lexeme.IsCapitalised) capitalised++;
        }
        return words >= 4 && capitalised >= 0.7 * words;
    }

    /// <summary>The article's first line, standing alone: its title.</summary>
    private bool IsTitleLine(int first, int end) => first == 0 && (end >= tokens.Count || tokens[end].LineBreakBefore);

    /// <summary>"Rep. Trey Gowdy (R-S.C.): “…”": a speaker phrase that is all that comes before a colon and a quote.</summary>
    private Attribution? ColonCue(int i, int first, int end, IReadOnlyList<QuotedRun> runs)
    {
        // The quote follows the colon, or, in a headline ("Pence: Trump Was ‘Mocking’ Clinton Camp"), stands later in it.
        // The article's first line is its title even when written in sentence case ("Sanders: Clinton needs to ‘…’").
        if (i + 1 >= tokens.Count || i <= first || !(StartsRun(i + 1, runs) || runs.Any(r => r.FirstToken > i) && (IsHeadline(first, end) || IsTitleLine(first, end)))) return null;
        var phrase = reader.ReadLeft(i, first);
        // A headline's "Obama on Climate Change: …": the name that opens it, with the topic after "on".
        if ((phrase is null || phrase.First != first) && (IsHeadline(first, end) || IsTitleLine(first, end))
            && reader.PhraseAfter(first, i) is { Form: SpeakerForm.Name } opening && opening.End < i && tokens[opening.End].Norm == "on")
            phrase = opening;
        if (phrase is null || phrase.First != first || phrase.Form == SpeakerForm.Pronoun) return null;
        return new Attribution { CueFirst = i, CueEnd = i + 1, Speaker = phrase };
    }

    private static bool StartsRun(int token, IReadOnlyList<QuotedRun> runs)
    {
        foreach (var r in runs) if (r.FirstToken == token) return true;
        return false;
    }

    /// <summary>Is the cue at <paramref name="i"/> just after a quote (punctuation between at most)?</summary>
    private bool FollowsQuote(int i, int first, IReadOnlyList<QuotedRun> runs)
    {
        int k = i - 1;
        while (k >= first && !inRun[k] && tokens[k].Kind == TokenKind.Punctuation) k--;
        if (k < first) return true; // at the start of the sentence: "Said Smith: …"
        foreach (var r in runs) if (r.EndToken - 1 == k) return true;
        return false;
    }

    private static int LowerBound(int i, int first, IReadOnlyList<QuotedRun> runs)
    {
        int lo = first;
        foreach (var r in runs) if (r.EndToken <= i && r.EndToken > lo) lo = r.EndToken;
        return lo;
    }

    private static int UpperBound(int from, int end, IReadOnlyList<QuotedRun> runs)
    {
        int hi = end;
        foreach (var r in runs) if (r.FirstToken >= from && r.FirstToken < hi) hi = r.FirstToken;
        return hi;
    }
}
