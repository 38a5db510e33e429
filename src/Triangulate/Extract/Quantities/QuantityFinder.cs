using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Extract.Quantities;

/// <summary>
/// Finds the quantities of one article, sentence by sentence: a number (digits, words, ranges, vague plurals),
/// the hedge around it, its unit (currency, measure, time, percent) or the noun it counts, and the event of
/// its clause. Works on tokens alone and uses part-of-speech tags when the article has them.
/// <para>Hedges do not distribute over coordination: in "at least three people were killed and 18 others were
/// injured" only the three is a lower bound. The hedge is part of the first noun phrase, and news writers
/// repeat it when they mean both ("at least one … and at least 17 others"), so the second figure is read as
/// stated.</para>
/// </summary>
internal sealed partial class QuantityFinder
{
    /// <summary>Words that end a noun phrase after a number without being nouns: times and adverbs of time or
    /// manner that news text puts right after the counted noun ("one missile overnight").</summary>
    private static readonly FrozenSet<string> PhraseEnders = new[]
    {
        "overnight", "today", "tonight", "yesterday", "tomorrow", "ago", "now", "apiece", "each", "alone", "earlier", "later",
        "annually", "daily", "weekly", "monthly", "yearly", "altogether", "total", "respectively", "instead", "too", "already", "ahead",
        "away", "back", "since", "last", "next",
        // Prepositions the stop-word list lacks (a closed class): "the first step toward peace".
        "toward", "towards", "amid", "amidst", "among", "amongst", "across", "along", "alongside", "around", "behind", "beside",
        "besides", "beyond", "despite", "inside", "near", "onto", "outside", "past", "per", "plus", "till", "unlike", "upon",
        "versus", "via", "within", "without", "according", "including", "except",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Auxiliaries and copulas between a counted noun and its event ("were killed", "have been arrested").</summary>
    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "got", "get", "gets", "remain", "remained", "remains",
        "reportedly", "also", "still", "all", "later", "allegedly", "not", "n't", "both",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Predicative adjectives of casualty reports, kept as they are rather than lemmatised as verbs
    /// ("missing" is not "miss").</summary>
    private static readonly FrozenSet<string> StateAdjectives = new[] { "dead", "missing", "alive", "unaccounted", "homeless", "hospitalized", "hospitalised", "injured", "wounded", "displaced" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Participles that introduce a quantity without being what happened to it.</summary>
    private static readonly FrozenSet<string> NotEvents = new[]
    {
        "including", "excluding", "according", "regarding", "following", "concerning", "considering", "during", "assuming",
        "compared", "totaling", "totalling", "numbering", "reaching", "exceeding", "involving", "ranging", "estimated",
        // Reporting verbs say who told, not what happened to what is counted ("the two sides said").
        "said", "says", "told", "added", "noted", "stated", "announced",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs after which "about" introduces a topic, not an approximation ("talked about three issues").</summary>
    private static readonly FrozenSet<string> AboutVerbs = new[]
    {
        "talk", "speak", "think", "know", "hear", "learn", "worry", "care", "ask", "complain", "write", "read", "argue", "joke",
        "forget", "remember", "wonder", "say", "tell", "warn", "inform", "comment", "report", "bring", "come", "set",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Plural nouns that do not end in -s and their singulars: counted nouns are lemmas, and the rule
    /// lemmatizer (used until a dictionary one is installed) cannot know "people" is "person". Collective
    /// nouns ("police") count as plural and stay as they are.</summary>
    private static readonly FrozenDictionary<string, string> IrregularPlurals = new Dictionary<string, string>
    {
        ["people"] = "person", ["men"] = "man", ["women"] = "woman", ["children"] = "child", ["feet"] = "foot", ["teeth"] = "tooth",
        ["mice"] = "mouse", ["geese"] = "goose", ["policemen"] = "policeman", ["servicemen"] = "serviceman", ["gunmen"] = "gunman",
        ["firemen"] = "fireman", ["fishermen"] = "fisherman", ["police"] = "police", ["personnel"] = "personnel", ["cattle"] = "cattle",
        ["staff"] = "staff", ["crew"] = "crew", ["livestock"] = "livestock",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly TokenList tokens;
    private readonly ImmutableArray<PosTag> tags;
    private readonly bool[] claimed;
    private readonly Lemmatizer lemmatizer;
    private readonly UnitTable units;
    private readonly string text;

    public QuantityFinder(TokenList tokens, ImmutableArray<PosTag> tags, bool[] claimed, Lemmatizer lemmatizer, UnitTable units)
    {
        this.tokens = tokens;
        this.tags = tags;
        this.claimed = claimed;
        this.lemmatizer = lemmatizer;
        this.units = units;
        text = tokens.Text;
    }

    private PosTag Tag(int i) => tags.IsDefault ? PosTag.None : tags[i];
    private bool Tagged => !tags.IsDefault;

    public void Find(Sentence sentence, int sentenceIndex, List<Quantity> output)
    {
        int start = sentence.FirstToken, end = sentence.EndToken;
        for (int i = start; i < end; i++)
        {
            if (claimed[i]) continue;
            if (!TryNumeral(i, end, out var numeral)) continue;
            var quantity = Build(numeral, start, end, sentenceIndex, output);
            if (quantity is null) continue;
            output.Add(quantity);
            i = Math.Max(i, numeral.End - 1);
        }
    }

    private Quantity? Build(Numeral n, int sentenceStart, int end, int sentenceIndex, List<Quantity> previous)
    {
        var kind = n.Kind;
        string? unit = n.Unit;
        double value = n.Value;
        double? upper = n.Upper;
        int spanFirst = n.First, spanEnd = n.End;

        // Currency before the number: "$5", "US$5", "€10", "USD 5".
        int currencyFirst = CurrencyBefore(n.First, sentenceStart, out string? currency);
        if (currency is not null)
        {
            kind = QuantityKind.Money;
            unit = currency;
            spanFirst = currencyFirst;
        }

        // What follows the number: percent, currency or unit names, time units.
        int j = n.End;
        if (kind is QuantityKind.Count && !n.Compound && j < end)
        {
            if (TryPercent(j, end, out int afterPercent, out string? percentUnit))
            {
                kind = QuantityKind.Percent;
                unit = percentUnit;
                j = afterPercent;
            }
            else if (TimeUnits.TryGet(tokens[j].Norm, out string timeUnit, out _))
            {
                kind = QuantityKind.Duration;
                unit = timeUnit;
                j++;
            }
            else if (TryUnitAfter(j, end, out int afterUnit, out var info))
            {
                kind = info!.IsCurrency ? QuantityKind.Money : QuantityKind.Measure;
                unit = info.Unit;
                j = afterUnit;
            }
        }
        else if (kind is QuantityKind.Money && j < end && TryUnitAfter(j, end, out int afterCode, out var code) && code!.IsCurrency)
        {
            j = afterCode; // "$5 million USD"
        }
        spanEnd = Math.Max(spanEnd, j);

        // Hedges, before and after.
        var hedge = HedgeBefore(spanFirst, sentenceStart, out int hedgeFirst);
        if (hedge != Hedge.None) spanFirst = hedgeFirst;
        else if (upper is not null && spanFirst - 1 >= sentenceStart && tokens[spanFirst - 1].Norm == "between") spanFirst--;
        if (n.SuffixHedge != Hedge.None && hedge == Hedge.None) hedge = n.SuffixHedge;
        var suffixHedge = HedgeAfter(j, end, out int afterHedge);
        if (suffixHedge != Hedge.None && hedge == Hedge.None) { hedge = suffixHedge; spanEnd = afterHedge; j = afterHedge; }

        // What is counted, what a compound modifies.
        string? counted = null, modifies = null;
        TextSpan? countedSpan = null, modifiesSpan = null, anaphorSpan = null;
        int afterNoun = j;
        int partitiveState = -1; // "two of the injured": the state word a partitive counts among
        if (n.Compound)
        {
            if (NounPhrase(j, end, singular: true, out int head, out int phraseEnd))
            {
                modifies = NounLemma(head);
                modifiesSpan = tokens[head].Span;
                afterNoun = phraseEnd;
                if (n.CompoundNoun is null && kind == QuantityKind.Count) { counted = modifies; countedSpan = modifiesSpan; } // "a 300-strong force"
            }
            if (n.CompoundNoun is not null) { counted = n.CompoundNoun; countedSpan = tokens[n.First].Span; }
        }
        else if (kind is QuantityKind.Count or QuantityKind.Ordinal or QuantityKind.Fraction)
        {
            int k = j;
            // Partitives: "three of the victims", "half of them"; vague plurals took their "of" already.
            if (!n.TookOf && k < end && tokens[k].Norm == "of" && kind != QuantityKind.Ordinal)
            {
                k++;
                if (k < end && tokens[k].Norm is "the" or "its" or "their" or "those" or "these" or "our" or "his" or "her") k++;
                // "half of the 300 delegates", "one of the 17 survivors": the noun is after the inner number, which is
                // a quantity of its own.
                while (k < end && (tokens[k].Kind == TokenKind.Number || NumberWords.TryScale(tokens[k].Norm, out _))) k++;
                // "two of the injured remain": a state word used as a noun is the event counted among, not a modifier.
                if (k > j + 1 && k < end && IsStateWord(k) && !(k + 1 < end && Tag(k + 1).IsNoun() && !NeverHeads.Contains(tokens[k + 1].Norm)))
                {
                    partitiveState = k;
                    spanEnd = Math.Max(spanEnd, k + 1);
                    afterNoun = k + 1;
                }
            }
            bool singular = kind == QuantityKind.Ordinal || value == 1 && upper is null;
            if (k < end && tokens[k].Norm is "others" or "more" or "other" && !IsRunWord(k + 1, end))
            {
                // "18 others", "17 more": the noun of the quantity before, when there is one.
                anaphorSpan = tokens[k].Span;
                var antecedent = Antecedent(previous, sentenceIndex);
                counted = antecedent?.Counted ?? "other";
                countedSpan = antecedent is null ? tokens[k].Span : antecedent.CountedSpan;
                spanEnd = Math.Max(spanEnd, k + 1);
                afterNoun = k + 1;
            }
            else if (partitiveState < 0)
            {
                if (k < end && tokens[k].Norm is "more" or "other" && IsRunWord(k + 1, end)) k++; // "three more soldiers"
                if (NounPhrase(k, end, singular, out int head, out int phraseEnd))
                {
                    counted = NounLemma(head);
                    countedSpan = tokens[head].Span;
                    spanEnd = Math.Max(spanEnd, head + 1);
                    afterNoun = phraseEnd;
                }
            }
            if (hedge == Hedge.None)
            {
                var late = HedgeAfter(afterNoun, end, out int afterLate);
                if (late != Hedge.None) { hedge = late; spanEnd = Math.Max(spanEnd, afterLate); afterNoun = afterLate; }
            }
        }
        else if (kind == QuantityKind.Duration && j + 1 < end && tokens[j].Norm == "of" && NounPhrase(j + 1, end, singular: true, out int ofHead, out _))
        {
            modifies = NounLemma(ofHead); // "three years of war"
            modifiesSpan = tokens[ofHead].Span;
        }

        // "over two days" is a time span, not more than two days; "for over two years" is.
        if (hedge == Hedge.Over && kind == QuantityKind.Duration && spanFirst - 1 >= sentenceStart && tokens[spanFirst].Norm == "over"
            && tokens[spanFirst - 1].Norm is not ("for" or "in" or "of" or "after"))
        {
            hedge = Hedge.None;
            spanFirst = currency is not null ? currencyFirst : n.First;
        }

        // The event of the clause; first a bare word after the number that is itself the event ("left 127 dead",
        // "18 injured"), which says more than the verb before it.
        string? eventLemma = null;
        TextSpan? eventSpan = null;
        if (counted is null && kind == QuantityKind.Count && partitiveState >= 0)
        {
            eventLemma = EventLemma(partitiveState);
            eventSpan = tokens[partitiveState].Span;
        }
        else if (counted is null && kind == QuantityKind.Count && j < end && IsStateWord(j))
        {
            eventLemma = EventLemma(j);
            eventSpan = tokens[j].Span;
        }
        else if (kind is QuantityKind.Count or QuantityKind.Measure or QuantityKind.Money or QuantityKind.Fraction)
            (eventLemma, eventSpan) = Event(afterNoun, end, spanFirst, sentenceStart, counted is not null);

        // "2.1 million people, up from 1.8 million": a figure compared with one before it counts the same thing.
        if (kind == QuantityKind.Count && counted is null && eventLemma is null && !n.Compound && spanFirst - 1 >= sentenceStart
            && tokens[spanFirst - 1].Norm is "from" or "to" or "than" or "versus" or "vs." or "vs"
            && previous.Count > 0 && previous[^1] is { Sentence: var s, Kind: QuantityKind.Count, Counted: { } earlier } compared && s == sentenceIndex)
        {
            counted = earlier;
            countedSpan = compared.CountedSpan;
        }

        if (kind == QuantityKind.Count && counted is null && !n.Compound)
        {
            // "the death toll rose to 130": what a toll counts.
            if (TollBefore(n.First, sentenceStart, out int toll))
            {
                counted = toll > sentenceStart && tokens[toll - 1].Norm is "death" or "casualty" ? NounLemma(toll - 1) : "toll";
                countedSpan = toll > sentenceStart && tokens[toll - 1].Norm is "death" or "casualty" ? tokens[toll - 1].Span : tokens[toll].Span;
            }
            // "the number of people injured … rose to 15": what the number counts, and the event it counts.
            else if (NumberOfBefore(n.First, sentenceStart, out int ofHead, out int state))
            {
                counted = NounLemma(ofHead);
                countedSpan = tokens[ofHead].Span;
                if (state >= 0 && eventLemma is null)
                {
                    eventLemma = EventLemma(state);
                    eventSpan = tokens[state].Span;
                }
            }
        }

        if (!Keep(n, kind, counted, eventLemma, hedge, unit, sentenceStart)) return null;

        var span = tokens.SpanOf(spanFirst, spanEnd - spanFirst);
        return new Quantity
        {
            Span = span,
            Text = span.TextOf(text),
            Value = value,
            UpperValue = upper,
            Hedge = hedge,
            Kind = kind,
            Unit = unit,
            Counted = counted,
            CountedSpan = countedSpan,
            Event = eventLemma,
            EventSpan = eventSpan,
            Sentence = sentenceIndex,
            ValueSpan = tokens.SpanOf(n.First, n.End - n.First),
            Vague = n.Vague,
            Modifies = modifies,
            ModifiesSpan = modifiesSpan,
            AnaphorSpan = anaphorSpan,
        };
    }

    /// <summary>Is this a quantity worth reporting? A bare number with nothing counted, no unit, no event and no
    /// hedge is left out (list numbering, scores, phone fragments), and so are identifiers ("Flight 17").</summary>
    private bool Keep(in Numeral n, QuantityKind kind, string? counted, string? eventLemma, Hedge hedge, string? unit, int sentenceStart)
    {
        if (kind is QuantityKind.Count or QuantityKind.Ordinal && !n.Words && n.First > sentenceStart && hedge == Hedge.None)
        {
            ref readonly var before = ref tokens[n.First - 1];
            // "Article 5", "Boeing 737", "No. 10", "#3": a number after a name is part of the name. A capital that
            // only opens the sentence says less: adverbs there ("Only 40 came") are not names.
            bool adverb = n.First - 1 == sentenceStart && before.Norm.EndsWith("ly", StringComparison.Ordinal);
            if (before.Kind == TokenKind.Word && before.Lexeme.IsCapitalised && !before.Lexeme.IsStop && !adverb && !DateFinder.IsMonth(before.Norm)
                && before.Norm is not ("no." or "no") && units.Find(before.Text, before.Norm).IsEmpty)
                return false;
            if (before.Norm is "no." or "#" or "number" or "nos.") return false;
        }
        return kind switch
        {
            QuantityKind.Count => counted is not null || eventLemma is not null || n.Compound,
            QuantityKind.Ordinal => counted is not null,
            QuantityKind.Fraction => counted is not null || eventLemma is not null,
            _ => true,
        };
    }

    private static Quantity? Antecedent(List<Quantity> previous, int sentenceIndex)
    {
        for (int k = previous.Count - 1; k >= 0; k--)
        {
            var q = previous[k];
            if (q.Sentence < sentenceIndex - 1) break;
            if (q.Kind == QuantityKind.Count && q.Counted is not null && q.CountedSpan is not null) return q;
        }
        return null;
    }

    // ---- prefixes and suffixes ----

    /// <summary>A currency right before the number ("$", "€", "US$", "USD"); returns the first token of it.</summary>
    private int CurrencyBefore(int first, int sentenceStart, out string? currency)
    {
        currency = null;
        int p = first - 1;
        if (p < sentenceStart) return first;
        ref readonly var t = ref tokens[p];
        if (t.Kind is TokenKind.Symbol or TokenKind.Word && (t.Kind == TokenKind.Symbol || t.Lexeme.Is(LexemeFlags.Upper)))
        {
            foreach (var u in units.Find(t.Text, t.Norm))
            {
                if (!u.IsCurrency) continue;
                currency = u.Unit;
                // "US$5", "C$5": a letter prefix glued to the symbol names the country.
                if (t.Kind == TokenKind.Symbol && p - 1 >= sentenceStart && !t.SpaceBefore && tokens[p - 1].Kind == TokenKind.Word && tokens[p - 1].Text.Length <= 3
                    && tokens[p - 1].Lexeme.Is(LexemeFlags.Upper))
                {
                    string prefix = tokens[p - 1].Text;
                    var combined = units.Find(prefix + t.Text);
                    currency = prefix is "US" or "U.S." ? "USD" : combined.IsEmpty ? prefix + t.Text : combined[0].Unit;
                    return p - 1;
                }
                return p;
            }
        }
        return first;
    }

    private bool TryPercent(int j, int end, out int after, out string? unit)
    {
        unit = null;
        after = j;
        string w = tokens[j].Norm;
        if (w is "%" or "percent" or "pct" or "pct.") { after = j + 1; }
        else if (w == "per" && j + 1 < end && tokens[j + 1].Norm == "cent") { after = j + 2; }
        else if (w == "percentage" && j + 1 < end && tokens[j + 1].Norm is "point" or "points")
        {
            after = j + 2;
            unit = "percentage point";
            return true;
        }
        else return false;
        if (after + 1 < end && tokens[after].Norm == "percentage" && tokens[after + 1].Norm is "point" or "points") after += 2;
        return true;
    }

    /// <summary>A unit or currency name after the number, longest phrase first ("square kilometres", "pound sterling").
    /// "Pounds of" is a weight; other pounds are sterling.</summary>
    private bool TryUnitAfter(int j, int end, out int after, out UnitInfo? info)
    {
        info = null;
        after = j;
        int longest = Math.Min(units.LongestFormStartingWith(tokens[j].Norm), end - j);
        for (int len = longest; len >= 1; len--)
        {
            ReadOnlySpan<UnitInfo> found;
            if (len == 1) found = units.Find(tokens[j].Text, tokens[j].Norm);
            else
            {
                if (!tokens[j + len - 1].SpaceBefore) continue;
                found = units.Find(string.Join(' ', Enumerable.Range(j, len).Select(k => tokens[k].Norm)));
            }
            if (found.IsEmpty) continue;
            bool ofFollows = j + len < end && tokens[j + len].Norm == "of";
            UnitInfo? pick = null;
            foreach (var u in found)
            {
                if (pick is null) pick = u;
                else if (u.IsCurrency != pick.IsCurrency) pick = ofFollows ? (u.IsCurrency ? pick : u) : (u.IsCurrency ? u : pick);
            }
            // Abbreviations must not be ordinary words: "5 in" is not inches, "10 mi" passes, "2 cup" passes as a unit.
            if (len == 1 && tokens[j].Lexeme.IsStop) continue;
            info = pick;
            after = j + len;
            return true;
        }
        return false;
    }

    private Hedge HedgeBefore(int first, int sentenceStart, out int hedgeFirst)
    {
        hedgeFirst = first;
        foreach (var (words, hedge) in HedgePhrases.Before)
        {
            int start = first - words.Length;
            if (start < sentenceStart) continue;
            bool all = true;
            for (int w = 0; w < words.Length && all; w++) all = tokens[start + w].Norm == words[w];
            if (!all) continue;
            if (words is ["about"] && start - 1 >= sentenceStart && AboutVerbs.Contains(lemmatizer.Lemma(tokens[start - 1].Norm, WordClass.Verb))) continue;
            // "over" before a duration is decided by the caller, which knows the kind.
            hedgeFirst = start;
            return hedge;
        }
        return Hedge.None;
    }

    private Hedge HedgeAfter(int j, int end, out int after)
    {
        after = j;
        foreach (var (words, hedge) in HedgePhrases.After)
        {
            if (j + words.Length > end) continue;
            bool all = true;
            for (int w = 0; w < words.Length && all; w++) all = tokens[j + w].Norm == words[w];
            if (!all) continue;
            // "300 or more", but "three or more" only when no number follows ("two or more countries" is fine either way).
            if (words is ["plus"] && j + 1 < end && tokens[j + 1].Kind == TokenKind.Number) continue;
            after = j + words.Length;
            return hedge;
        }
        return Hedge.None;
    }

    /// <summary>
    /// "The number of people injured in the fire rose to 15", "the number of dead stood at 40": the figure is the
    /// value of "the number of X" earlier in the clause, reached through "to", "at" or "reached". Gives X's head
    /// noun and, when a state word follows it ("injured"), that word as the event.
    /// </summary>
    private bool NumberOfBefore(int first, int sentenceStart, out int head, out int state)
    {
        head = state = -1;
        if (first - 1 < sentenceStart || tokens[first - 1].Norm is not ("to" or "at" or "reached" or "hit" or "was" or "is")) return false;
        for (int k = first - 2; k >= sentenceStart && k >= first - 20; k--)
        {
            if (tokens[k].Norm is ";" or ":") return false;
            if (tokens[k].Norm != "number" || k + 2 >= first || tokens[k + 1].Norm != "of") continue;
            if (!NounPhrase(k + 2, first, singular: false, out head, out int phraseEnd))
            {
                if (!IsStateWord(k + 2)) return false;
                head = k + 2; // "the number of dead"
                return true;
            }
            if (phraseEnd < first && IsStateWord(phraseEnd)) state = phraseEnd;
            return true;
        }
        return false;
    }

    private bool TollBefore(int first, int sentenceStart, out int toll)
    {
        for (int k = first - 1; k >= sentenceStart && k >= first - 6; k--)
        {
            string w = tokens[k].Norm;
            if (w is "toll" or "tally" or "count") { toll = k; return true; }
            if (w is "," or ";" or "and" or "but") break;
        }
        toll = -1;
        return false;
    }
}
