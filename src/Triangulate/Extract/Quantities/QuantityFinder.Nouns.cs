using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Extract.Quantities;

internal sealed partial class QuantityFinder
{
    /// <summary>
    /// The noun phrase after a number and its head. With tags: the run of adjectives and nouns, head its last
    /// noun. Without: the run of content words (no stop words, times, adverbs in -ly, numbers); for a plural
    /// count the head is the last word that looks plural ("over 300 Ukrainian drones", "five police officers"),
    /// so a verb after the noun ("three people died") is not taken; for one thing or an ordinal the run stops
    /// before a participle after its first word and the head is its last word ("one ballistic missile").
    /// </summary>
    /// <summary>Words the tagger sometimes reads as nouns after a noun phrase but that never head one: adverbs of
    /// place and time ("a second warehouse nearby") and the verb "remain" ("two of the injured remain").</summary>
    private static readonly HashSet<string> NeverHeads = new(StringComparer.Ordinal)
    {
        "nearby", "overnight", "today", "tonight", "yesterday", "tomorrow", "abroad", "ago", "remain", "downtown", "upstairs", "downstairs",
    };

    private bool NounPhrase(int k, int end, bool singular, out int head, out int phraseEnd)
    {
        head = phraseEnd = -1;
        if (Tagged)
        {
            // Modifiers (adjectives, participles before a noun), then the nouns; the head is the last of those nouns.
            // Nothing after the first noun run belongs: "2.1 million people needed food aid" counts people.
            int last = -1, m = k;
            while (m < end && m < k + 6)
            {
                var tag = Tag(m);
                if (tag.IsNoun() && !claimed[m] && !NeverHeads.Contains(tokens[m].Norm)) last = m;
                else if (last >= 0 || !(tag.IsAdjective() || tag is PosTag.VBN or PosTag.VBG && m + 1 < end && (Tag(m + 1).IsNoun() || Tag(m + 1).IsAdjective()))) break;
                m++;
            }
            if (last < 0) return false;
            head = last;
            phraseEnd = last + 1;
            return true;
        }

        int runEnd = k;
        while (runEnd < end && runEnd < k + 5 && IsRunWord(runEnd, end)) runEnd++;
        if (runEnd == k) return false;
        // A participle or state word first ("18 injured", "127 dead") is the event, not the counted noun.
        if (IsStateWord(k) && (runEnd == k + 1 || !singular && !LooksPlural(k + 1) && runEnd == k + 2)) return false;

        if (!singular)
        {
            int plural = -1;
            for (int m = k; m < runEnd; m++)
            {
                if (LooksPlural(m)) plural = m;
                else if (plural >= 0 && LooksVerbal(m)) break;
            }
            head = plural >= 0 ? plural : k;
            if (plural < 0 && LooksVerbal(k)) return false;
        }
        else
        {
            int m = k + 1;
            while (m < runEnd && !LooksVerbal(m)) m++;
            head = m - 1;
            if (LooksVerbal(head) && head == k && runEnd == k + 1) return false;
        }
        phraseEnd = head + 1;
        return true;
    }

    /// <summary>Can token <paramref name="m"/> be part of a noun phrase after a number (untagged)?</summary>
    private bool IsRunWord(int m, int end)
    {
        if (m >= end || claimed[m]) return false;
        ref readonly var t = ref tokens[m];
        if (t.Kind != TokenKind.Word || t.Lexeme.Is(LexemeFlags.HasDigit)) return false;
        if (Tagged) return Tag(m).IsNoun() || Tag(m).IsAdjective();
        if (t.Lexeme.IsStop || PhraseEnders.Contains(t.Norm) || Auxiliaries.Contains(t.Norm) || NeverHeads.Contains(t.Norm)) return false;
        if (t.Norm.EndsWith("ly", StringComparison.Ordinal) && !t.Lexeme.IsCapitalised && t.Norm.Length > 4) return false;
        if (NumberWords.TryCardinal(t.Norm, out _) || NumberWords.TryScale(t.Norm, out _)) return false;
        return true;
    }

    private bool LooksPlural(int m)
    {
        string norm = tokens[m].Norm;
        if (Tagged) return Tag(m) is PosTag.NNS or PosTag.NNPS;
        if (IrregularPlurals.ContainsKey(norm)) return true;
        if (norm.EndsWith("ss", StringComparison.Ordinal) || norm.EndsWith("us", StringComparison.Ordinal) || norm.EndsWith("is", StringComparison.Ordinal)) return false;
        return norm.Length > 2 && norm[^1] == 's' && lemmatizer.Lemma(norm, WordClass.Noun) != norm;
    }

    private bool LooksVerbal(int m)
    {
        if (Tagged) return Tag(m).IsVerb();
        string norm = tokens[m].Norm;
        return (norm.Length > 3 && norm.EndsWith("ed", StringComparison.Ordinal) || norm.Length > 4 && norm.EndsWith("ing", StringComparison.Ordinal))
               && !tokens[m].Lexeme.IsCapitalised;
    }

    /// <summary>A word that reports what happened to a number of people or things: "dead", "injured", "missing".</summary>
    private bool IsStateWord(int m)
    {
        ref readonly var t = ref tokens[m];
        if (t.Kind != TokenKind.Word || t.Lexeme.IsCapitalised) return false;
        if (Tagged) return (Tag(m) is PosTag.VBN or PosTag.VBD || Tag(m).IsAdjective() && StateAdjectives.Contains(t.Norm)) && !NotEvents.Contains(t.Norm);
        return StateAdjectives.Contains(t.Norm) || t.Norm.Length > 4 && t.Norm.EndsWith("ed", StringComparison.Ordinal) && !NotEvents.Contains(t.Norm);
    }

    private string NounLemma(int m)
    {
        string norm = tokens[m].Norm;
        string lemma = lemmatizer.Lemma(norm, WordClass.Noun);
        return lemma == norm && IrregularPlurals.TryGetValue(norm, out var singular) ? singular : lemma;
    }

    private string EventLemma(int m)
    {
        string norm = tokens[m].Norm;
        // "injured" read as an adjective or as a participle is one event: the verb's lemma.
        if (norm.EndsWith("ed", StringComparison.Ordinal) && StateAdjectives.Contains(norm)) return lemmatizer.Lemma(norm, WordClass.Verb);
        if (StateAdjectives.Contains(norm) || Tag(m).IsAdjective()) return norm;
        return lemmatizer.Lemma(norm, WordClass.Verb);
    }

    /// <summary>
    /// The event of the quantity's clause: after the noun through auxiliaries ("were killed", "have been
    /// arrested"); else the verb right before the quantity ("intercepted over 300 drones", "killing three");
    /// else a participle right after the noun ("three people killed").
    /// </summary>
    private (string? Lemma, TextSpan? Span) Event(int after, int end, int quantityFirst, int sentenceStart, bool hasNoun)
    {
        // After, through auxiliaries.
        int k = after;
        int auxiliaries = 0;
        while (k < end && k < after + 4 && Auxiliaries.Contains(tokens[k].Norm)) { k++; auxiliaries++; }
        if (auxiliaries > 0 && k < end && tokens[k].Kind == TokenKind.Word && !tokens[k].Lexeme.IsStop && !tokens[k].Lexeme.IsCapitalised
            && (!Tagged || Tag(k).IsVerb() || Tag(k).IsAdjective()) && !NotEvents.Contains(tokens[k].Norm)
            && tokens[k - 1].Norm is not ("all" or "both"))
            return (EventLemma(k), tokens[k].Span);

        // Before: the verb that governs the quantity as its object.
        int p = quantityFirst - 1;
        while (p >= sentenceStart && p >= quantityFirst - 3 && tokens[p].Norm is "the" or "a" or "an" or "down" or "up" or "out" or "off" or "some" or "another"
               || p >= sentenceStart && tokens[p].Norm.EndsWith("ly", StringComparison.Ordinal) && tokens[p].Norm.Length > 4 && p >= quantityFirst - 3)
            p--;
        // A copula or auxiliary before the number ("was one of …", "have 300") says nothing happened.
        if (p >= sentenceStart && tokens[p].Kind == TokenKind.Word && !tokens[p].Lexeme.IsCapitalised && !NotEvents.Contains(tokens[p].Norm)
            && !Auxiliaries.Contains(tokens[p].Norm) && (Tagged ? Tag(p).IsVerb() : LooksVerbal(p)))
            return (EventLemma(p), tokens[p].Span);

        // Right after the noun, no auxiliary: "three people killed", "18 others injured".
        if (hasNoun && after < end && IsStateWord(after))
            return (EventLemma(after), tokens[after].Span);

        // The second object of a coordination takes the verb of the first: "launched a wave of drones and one
        // ballistic missile". Only when nothing nearer was found, and never across a clause boundary.
        if (p >= sentenceStart && tokens[p].Norm is "and" or "or" or "as" && (tokens[p].Norm != "as" || p - 1 >= sentenceStart && tokens[p - 1].Norm == "well"))
        {
            for (int v = p - 1; v >= sentenceStart && v >= p - 12; v--)
            {
                ref readonly var t = ref tokens[v];
                if (t.Kind is TokenKind.Punctuation or TokenKind.Quote || t.Norm is "and" or "but" or "or" or "which" or "that" or "who") break;
                if (t.Kind == TokenKind.Word && !t.Lexeme.IsCapitalised && !NotEvents.Contains(t.Norm) && (Tagged ? Tag(v).IsVerb() : LooksVerbal(v)))
                    return (EventLemma(v), t.Span);
            }
        }
        return (null, null);
    }
}
