using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Extract.Quotes;

/// <summary>
/// Reads the noun phrase that names a speaker, leftwards from a cue ("Kremlin spokesman Dmitri Peskov| said")
/// or rightwards ("according to |the joint statement"). With part-of-speech tags it trusts them; without, it
/// goes by capitalisation, the closed word classes (<see cref="FunctionWords"/>) and the learned cue verbs and
/// speaker nouns, which is enough for the short phrases that stand next to a cue. Quoted words are never part
/// of a speaker phrase.
/// </summary>
internal sealed class PhraseReader
{
    private enum Part : byte { Unknown, Barrier, Det, Name, Noun, Pronoun, Of, Possessive, And, OpenParen, CloseParen, Verb }

    /// <summary>Longest phrase read, in tokens: a speaker phrase is short, and the scan must stay cheap.</summary>
    private const int MaxPhrase = 14;

    private static readonly FrozenSet<string> CalendarWords = CultureInfo.InvariantCulture.DateTimeFormat.DayNames
        .Concat(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames).Where(n => n.Length > 0)
        .Select(n => n.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    private readonly TokenList tokens;
    private readonly ImmutableArray<PosTag> tags;
    private readonly bool[] inRun;
    private readonly bool[] sentenceStart;
    private readonly bool[]? inMention;
    private readonly QuoteLexicon lexicon;
    private readonly Part[] parts;

    /// <param name="inMention">Tokens inside an entity mention, when the entity stage ran: names whatever their tag.</param>
    public PhraseReader(TokenList tokens, ImmutableArray<PosTag> tags, bool[] inRun, bool[] sentenceStart, QuoteLexicon lexicon, bool[]? inMention = null)
    {
        this.inMention = inMention;
        this.tokens = tokens;
        this.tags = tags;
        this.inRun = inRun;
        this.sentenceStart = sentenceStart;
        this.lexicon = lexicon;
        parts = new Part[tokens.Count];
    }

    public bool HasTags => !tags.IsDefaultOrEmpty;

    public string Norm(int i) => tokens[i].Norm;

    /// <summary>Is token <paramref name="i"/> a verb (by tag), or a word that is certainly not part of a noun phrase?</summary>
    public bool IsVerb(int i) => PartOf(i) == Part.Verb;
    public bool IsName(int i) => PartOf(i) == Part.Name;
    public bool IsNounLike(int i) => PartOf(i) is Part.Name or Part.Noun;
    public bool IsDeterminer(int i) => PartOf(i) is Part.Det or Part.Possessive;
    public bool IsCalendar(int i) => CalendarWords.Contains(tokens[i].Norm.TrimEnd('.'));

    /// <summary>
    /// The subject of a cue at token <paramref name="cue"/>: the phrase before it, over auxiliaries, adverbs and
    /// time words ("has also said", "on Friday described", "went on to say"), prepositional phrases
    /// ("Zelenskyy in a statement said") and a clause set off by commas ("Mike Waltz, the national security
    /// adviser, said", "Trump, who has feuded with them, said"). Null when none stands there.
    /// </summary>
    public SpeakerPhrase? SubjectBefore(int cue, int lo)
    {
        int i = SkipBetweenSubjectAndCue(cue, lo);
        if (i - 1 < lo) return null;
        if (tokens[i - 1].Norm == ",") return BeforeInsertion(i - 1, lo);
        // "a tweet from Rikkie Wells, who tweeted": the phrase before the relative pronoun.
        if (tokens[i - 1].Norm is "who" or "which" && i - 2 >= lo)
            return tokens[i - 2].Norm == "," ? BeforeInsertion(i - 2, lo) ?? ReadLeft(i - 2, lo) : ReadLeft(i - 1, lo);
        var phrase = ReadLeft(i, lo);
        if (phrase is null) return null;
        for (int guard = 0; guard < 3 && phrase.First - 1 >= lo && FunctionWords.Prepositions.Contains(tokens[phrase.First - 1].Norm); guard++)
        {
            var attached = ReadLeft(phrase.First - 1, lo);
            if (attached is null || attached.Form == SpeakerForm.Pronoun && tokens[attached.First].Norm is not ("he" or "she" or "they" or "it")) break;
            phrase = attached;
        }
        return phrase;
    }

    /// <summary>Where the subject must end: before the auxiliaries, adverbs, time words and "to"-verbs that stand before the cue.</summary>
    private int SkipBetweenSubjectAndCue(int cue, int lo)
    {
        int i = cue;
        for (int skipped = 0; i - 1 >= lo && skipped < 6; skipped++)
        {
            int k = i - 1;
            if (IsSkippable(k)) { i = k; continue; }
            // Time words: "Trump on Friday said", "Smith last week told".
            if (IsCalendar(k))
            {
                i = k;
                if (i - 1 >= lo && tokens[i - 1].Norm is "on" or "last" or "this" or "next" or "early" or "late") i--;
                continue;
            }
            // "interjected to say", "went on to say": the verb before the infinitive.
            if (tokens[k].Norm == "to" && k - 1 >= lo && k + 1 == i && PartOf(k - 1) is Part.Verb or Part.Noun && tokens[k - 1].Lexeme.Is(LexemeFlags.Lower))
            {
                i = k - 1;
                if (i - 1 >= lo && tokens[i - 1].Norm == "on") i--;
                continue;
            }
            break;
        }
        return i;
    }

    /// <summary>
    /// The speaker before a clause set off by commas, given the closing comma: the name before the opening comma
    /// ("Trump, who has feuded with them, said"), or the clause itself when it is the name ("Sanders's campaign
    /// manager, Jeff Weaver, said").
    /// </summary>
    private SpeakerPhrase? BeforeInsertion(int closingComma, int lo)
    {
        var inner = ReadLeft(closingComma, lo);
        int opening = -1;
        for (int k = closingComma - 1; k >= lo && closingComma - k <= 24; k--)
        {
            if (inRun[k] || tokens[k].Kind == TokenKind.Quote) return null;
            if (tokens[k].Norm == ",") { opening = k; break; }
        }
        if (opening < 0 || opening + 1 >= closingComma) return null;
        if (inner is { Form: SpeakerForm.Name } && inner.First == opening + 1) return inner;
        // The inserted clause is an apposition, a relative or a participle clause, not a clause of its own
        // with a cue ("Ryan will meet them next week, Spicer said, adding …").
        int start = opening + 1;
        bool insertion = tokens[start].Norm is "who" or "which" || PartOf(start) is Part.Det or Part.Name or Part.Noun
                         || tokens[start].Norm.EndsWith("ing", StringComparison.Ordinal) || FunctionWords.Auxiliaries.Contains(tokens[start].Norm);
        if (!insertion) return null;
        if (tokens[start].Norm is not ("who" or "which"))
            for (int k = start; k < closingComma; k++)
                if (lexicon.Cue(tokens[k].Norm) is { } c && c.Rate >= 0.5 && !tokens[k].Norm.EndsWith("ing", StringComparison.Ordinal)) return null;
        var outer = ReadLeft(opening, lo);
        if (outer is null || outer.Form == SpeakerForm.Pronoun && tokens[outer.First].Norm is not ("he" or "she" or "they" or "it")) return null;
        // The phrase before the insertion starts its clause: the sentence's start, or after a comma or conjunction.
        int before = outer.First - 1;
        if (before >= lo && !(tokens[before].Norm is "," or "and" or "but" or ":" || tokens[before].Kind == TokenKind.Quote || sentenceStart[outer.First])) return null;
        return outer;
    }

    /// <summary>The subject at the start of the sentence from <paramref name="first"/>, skipping an opening phrase set off
    /// by a comma ("On Tuesday, Kremlin spokesman Dmitri Peskov …"), when it ends before <paramref name="limit"/>.</summary>
    public SpeakerPhrase? SentenceSubject(int first, int limit)
    {
        int start = first;
        while (start < limit && tokens[start].Kind is TokenKind.Punctuation) start++;
        if (start < limit && PartOf(start) is not (Part.Name or Part.Det or Part.Pronoun or Part.Noun))
        {
            int comma = -1;
            for (int k = start; k < limit && k - start <= 10; k++) if (tokens[k].Norm == ",") { comma = k; break; }
            if (comma < 0) return null;
            start = comma + 1;
        }
        var phrase = PhraseAfter(start, limit);
        return phrase is not null && phrase.End < limit ? phrase : null;
    }

    /// <summary>The phrase starting at <paramref name="start"/> ("said |the official", "according to |Smith").</summary>
    public SpeakerPhrase? PhraseAfter(int start, int hi)
    {
        int i = start, first = start;
        if (i >= hi) return null;
        var p = PartOf(i);
        if (p == Part.Pronoun) return Analyse(i, i + 1);
        if (p == Part.Det) i++;
        int end = i;
        while (i < hi && i - first < MaxPhrase)
        {
            p = PartOf(i);
            if (p is Part.Name or Part.Noun) { end = ++i; continue; }
            if (p == Part.OpenParen && end > first && Match(i, +1, hi) is int close && close > i) { end = i = close + 1; continue; }
            if (p is Part.Of or Part.Possessive && end > first && i + 1 < hi && PartOf(i + 1) is Part.Name or Part.Noun or Part.Det) { i++; if (PartOf(i) == Part.Det) i++; continue; }
            if (p == Part.And && end > first && IsName(end - 1) && i + 1 < hi && IsName(i + 1)) { i++; continue; }
            break;
        }
        return end > first && !(end == first + 1 && PartOf(first) == Part.Det) ? Analyse(first, end) : null;
    }

    /// <summary>The noun phrase ending just before <paramref name="end"/>, read leftwards; null when none ends there.</summary>
    public SpeakerPhrase? ReadLeft(int end, int lo)
    {
        int i = end - 1, first = end;
        if (i < lo) return null;
        if (PartOf(i) == Part.Pronoun) return Analyse(i, end);
        while (i >= lo && end - i <= MaxPhrase)
        {
            var p = PartOf(i);
            if (p is Part.Name or Part.Noun) { first = i--; continue; }
            if (p == Part.CloseParen && first == end && Match(i, -1, lo) is int open && open > lo && PartOf(open - 1) is Part.Name or Part.Noun)
            {
                first = open; i = open - 1; continue;
            }
            if (p is Part.Of or Part.Possessive && first < end && i - 1 >= lo && PartOf(i - 1) is Part.Name or Part.Noun) { first = i--; continue; }
            if (p == Part.And && first < end && IsName(first) && i - 1 >= lo && IsName(i - 1)) { first = i--; continue; }
            if (p == Part.Det && first < end) { first = i; break; }
            break;
        }
        return first < end ? Analyse(first, end) : null;
    }

    /// <summary>Works out what kind of phrase [first, end) is: its head, name and class.</summary>
    private SpeakerPhrase Analyse(int first, int end)
    {
        if (end - first == 1 && PartOf(first) == Part.Pronoun)
        {
            string pronoun = tokens[first].Norm;
            return new SpeakerPhrase(first, end, SpeakerForm.Pronoun) { Head = pronoun, Plural = pronoun is "they" or "we" };
        }
        // The head: the last noun or name before an "of" tail or a parenthesis ("Rep. Trey Gowdy (R-S.C.)").
        int stop = end;
        for (int k = first; k < end; k++)
            if (PartOf(k) is Part.OpenParen) { stop = k; break; }
        int head = stop - 1;
        for (int k = first + 1; k < stop; k++)
            if (PartOf(k) == Part.Of && PartOf(k - 1) == Part.Noun) { head = k - 1; break; }
        while (head > first && PartOf(head) is not (Part.Name or Part.Noun)) head--;
        bool plural = false;
        for (int k = first; k < end; k++) if (PartOf(k) == Part.And) plural = true;

        if (PartOf(head) == Part.Name)
        {
            // "the US Secretary of State", "a Republican senator": a title with a determiner describes, it does not name.
            if (PartOf(first) == Part.Det && tokens[first].Norm is "the" or "a" or "an" && LastTitleWord(first, end) is int title)
                return new SpeakerPhrase(first, end, SpeakerForm.Description) { Head = tokens[title].Norm.TrimEnd('.'), HeadClass = SpeakerNounClass.Person, Plural = plural };
            int nameFirst = head;
            while (nameFirst - 1 >= first && PartOf(nameFirst - 1) == Part.Name) nameFirst--;
            // A run after "of" begins with the title's object ("Secretary of State Marco Rubio"), then titles and honorifics.
            if (nameFirst > first && PartOf(nameFirst - 1) == Part.Of && head - nameFirst >= 2) nameFirst++;
            // Everything up to the last title word is title ("Ukrainian President Volodymyr Zelensky").
            if (LastTitleWord(nameFirst, head) is int lastTitle) nameFirst = lastTitle + 1;
            // Names run to two or three words; a longer run still holds a title the lexicon does not know ("Security Advisor Mike Waltz").
            if (head - nameFirst >= 3) nameFirst = head - (tokens[head].Norm.EndsWith('.') || tokens[head].Lexeme.Is(LexemeFlags.Upper) ? 2 : 1);
            return new SpeakerPhrase(first, end, SpeakerForm.Name) { NameFirst = nameFirst, NameEnd = head + 1, Plural = plural, Head = tokens[head].Norm };
        }
        string noun = tokens[head].Norm;
        var cls = lexicon.NounClass(noun);
        // "Trump shot back": a lower-case word after a name, with no determiner and not a known speaker noun, is
        // more likely the verb than the head of a description ("the Clinton campaign" keeps its head).
        if (!HasTags && cls == SpeakerNounClass.None && head - 1 >= first && PartOf(head - 1) == Part.Name && PartOf(first) == Part.Name)
            return Analyse(first, head);
        bool pluralNoun = noun.Length > 3 && noun[^1] == 's' && noun[^2] != 's' && Lemmatizer.Shared.Lemma(noun, WordClass.Noun) != noun;
        return new SpeakerPhrase(first, end, SpeakerForm.Description) { Head = noun, HeadClass = cls, Plural = plural || pluralNoun };
    }

    private int? LastTitleWord(int from, int to)
    {
        for (int k = to - 1; k >= from; k--) if (IsTitleWord(k)) return k;
        return null;
    }

    /// <summary>A word written before a name that is a title or honorific, not part of the name: "President", "Sen.", "Mr.".</summary>
    public bool IsTitleWord(int i)
    {
        string norm = tokens[i].Norm;
        if (norm.EndsWith('.') && Abbreviations.IsPrefixing(norm.AsSpan(0, norm.Length - 1))) return true;
        return lexicon.NounClass(norm) == SpeakerNounClass.Person;
    }

    private bool IsSkippable(int i)
    {
        ref readonly var t = ref tokens[i];
        if (inRun[i] || t.Kind != TokenKind.Word) return false;
        if (FunctionWords.Auxiliaries.Contains(t.Norm) || t.Norm == "'s" && IsContraction(i)) return true;
        // Adverbs of manner and time between subject and verb ("publicly said", "reportedly told").
        return t.Lexeme.Is(LexemeFlags.Lower) && t.Norm.Length > 4 && t.Norm.EndsWith("ly", StringComparison.Ordinal) && lexicon.NounClass(t.Norm) == SpeakerNounClass.None
               && (!HasTags || tags[i].IsAdverb());
    }

    /// <summary>The matching bracket of the one at <paramref name="i"/>, searching in <paramref name="step"/> direction up to <paramref name="bound"/>.</summary>
    private int? Match(int i, int step, int bound)
    {
        string want = step < 0 ? "(" : ")";
        for (int k = i + step, n = 0; n < 10 && (step < 0 ? k >= bound : k < bound); k += step, n++)
        {
            if (inRun[k]) return null;
            if (tokens[k].Text == want) return k;
        }
        return null;
    }

    /// <summary>"Schilling told": a capitalised -ing word before a cue verb is a name, not "Speaking to …".</summary>
    private bool NextIsCue(int i) => i + 1 < tokens.Count && tokens[i + 1].Lexeme.Is(LexemeFlags.Lower) && lexicon.Cue(tokens[i + 1].Norm) is { } c && c.Rate >= 0.2;

    private bool IsContraction(int i) =>
        i > 0 && (FunctionWords.SubjectPronouns.Contains(tokens[i - 1].Norm) || tokens[i - 1].Norm is "that" or "there" or "who" or "what" or "here")
        || HasTags && tags[i].IsVerb();

    private Part PartOf(int i)
    {
        var p = parts[i];
        if (p == Part.Unknown) parts[i] = p = Classify(i);
        return p;
    }

    private Part Classify(int i)
    {
        if (inRun[i]) return Part.Barrier;
        ref readonly var t = ref tokens[i];
        string norm = t.Norm;
        // The entity tagger saw the name; a part-of-speech slip ("O'Malley/RB") must not hide it.
        if (inMention is not null && inMention[i] && t.Kind == TokenKind.Word && t.Lexeme.IsCapitalised) return Part.Name;
        switch (t.Kind)
        {
            case TokenKind.Quote or TokenKind.Url: return Part.Barrier;
            case TokenKind.Number: return Part.Noun;
            case TokenKind.Punctuation or TokenKind.Symbol:
                return t.Text switch { "(" => Part.OpenParen, ")" => Part.CloseParen, "&" => Part.And, _ => Part.Barrier };
        }
        // "He’s claiming", "that's": after a pronoun 's is "is" or "has", an auxiliary, not a possessive.
        if (norm == "'s") return IsContraction(i) ? Part.Verb : Part.Possessive;
        if (norm == "of") return Part.Of;
        if (norm == "and") return Part.And;
        if (FunctionWords.SubjectPronouns.Contains(norm)) return Part.Pronoun;
        if (FunctionWords.Determiners.Contains(norm)) return norm == "that" && !HasTags ? Part.Barrier : Part.Det;
        if (CalendarWords.Contains(norm.TrimEnd('.'))) return Part.Barrier;
        if (HasTags)
        {
            var tag = tags[i];
            if (tag.IsProperNoun()) return Part.Name;
            // A capitalised common noun is a name unless it opens the sentence as a known speaker noun ("Officials said").
            if (tag.IsNoun() || tag.IsAdjective() || tag == PosTag.CD)
                return t.Lexeme.IsCapitalised && !(sentenceStart[i] && lexicon.NounClass(norm) != SpeakerNounClass.None) && tag.IsNoun() ? Part.Name : Part.Noun;
            if (tag is PosTag.DT or PosTag.PRPS) return Part.Det;
            if (tag.IsVerb()) return Part.Verb;
            return Part.Barrier;
        }
        var lexeme = t.Lexeme;
        if (lexeme.IsCapitalised)
        {
            if (lexeme.IsStop) return !sentenceStart[i] && lexeme.Is(LexemeFlags.Upper) && norm.Length > 1 ? Part.Name : Part.Barrier;
            // A capitalised first word may be a verb or adverb ("Speaking to reporters, …", "Asked about it, …").
            if (sentenceStart[i] && (lexicon.Cue(norm) is not null || norm.EndsWith("ly", StringComparison.Ordinal)
                || norm.EndsWith("ing", StringComparison.Ordinal) && !NextIsCue(i))) return Part.Barrier;
            return Part.Name;
        }
        if (lexeme.IsStop) return FunctionWords.Auxiliaries.Contains(norm) ? Part.Verb : Part.Barrier;
        if (lexeme.Is(LexemeFlags.Lower) && (lexeme.IsAlpha || lexeme.Is(LexemeFlags.HasHyphen)))
        {
            // A lower-case word next to a speaker is a noun or adjective, unless it is a known verb form.
            if (lexicon.Cue(norm) is { } cue && cue.Rate >= 0.2 && lexicon.NounClass(norm) == SpeakerNounClass.None) return Part.Verb;
            if (norm.EndsWith("ed", StringComparison.Ordinal) && lexicon.NounClass(norm) == SpeakerNounClass.None) return Part.Verb;
            return Part.Noun;
        }
        return Part.Barrier;
    }
}
