using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Extract.Quotes;

/// <summary>
/// Resolves speaker phrases to who they stand for, reading the article in order. It keeps the referents
/// named so far (the entity layer's entities when present; otherwise names grouped by surname) and who has
/// spoken. "he"/"she" go to the most recent speaker of that gender, else the most recent person named;
/// "it" to the most recent statement, report or organisation; "they" to a group or several names; "the
/// secretary of state" to the person that title was written with. Recency is in tokens and bounded, so a
/// pronoun never reaches back across the whole article.
/// </summary>
internal sealed class SpeakerResolver
{
    /// <summary>A speaker this many sentences back can still be "he"; a mere mention, fewer.</summary>
    private const int SpeakerWindow = 8, MentionWindow = 4;

    private readonly Doc doc;
    private readonly PhraseReader reader;
    private readonly QuoteLexicon quoteLexicon;
    private readonly int[] sentenceOf;
    private readonly List<(int Token, Referent Referent, bool Subject)> mentions = [];
    private readonly Dictionary<string, Referent> byKey = new(StringComparer.Ordinal);
    private readonly Referent[]? byEntity;

    public SpeakerResolver(Doc doc, PhraseReader reader, QuoteLexicon quoteLexicon, bool[] inRun, int[] sentenceOf, bool[] sentenceStart)
    {
        this.doc = doc;
        this.quoteLexicon = quoteLexicon;
        this.reader = reader;
        this.sentenceOf = sentenceOf;
        if (doc.Has(Layer.Entities)) byEntity = FromEntities(inRun);
        else FromNames(inRun, sentenceStart);
        FromTextNouns(inRun, sentenceStart);
        mentions.Sort((a, b) => a.Token.CompareTo(b.Token));
    }

    public IReadOnlyList<(int Token, Referent Referent, bool Subject)> Mentions => mentions;

    /// <summary>Resolves <paramref name="phrase"/>; a named or described speaker becomes (or joins) a referent.</summary>
    public ResolvedSpeaker Resolve(SpeakerPhrase phrase)
    {
        var text = doc.Text;
        var span = doc.Tokens.SpanOf(phrase.First, phrase.End - phrase.First);
        switch (phrase.Form)
        {
            case SpeakerForm.Name:
            {
                var r = ReferentOfName(phrase);
                return new ResolvedSpeaker(r.Name, r.Entity, SpeakerResolution.Named, r.NameSpan, r);
            }
            case SpeakerForm.Pronoun:
            {
                string p = phrase.Head!;
                var r = p switch
                {
                    "he" => Antecedent(phrase.First, ReferentKind.Person, gender: 1),
                    "she" => Antecedent(phrase.First, ReferentKind.Person, gender: 2),
                    "it" => Antecedent(phrase.First, ReferentKind.Text, gender: 0),
                    "they" => Antecedent(phrase.First, ReferentKind.Group, gender: 0),
                    _ => null,
                };
                if (r is null) return new ResolvedSpeaker(span.TextOf(text), -1, SpeakerResolution.Pronoun, null, null);
                if (p is "he" or "she" && r.Gender == 0) r.Gender = p == "he" ? 1 : 2;
                var how = p == "it" ? SpeakerResolution.Statement : SpeakerResolution.Pronoun;
                return new ResolvedSpeaker(r.Name, r.Entity, how, r.NameSpan, r);
            }
            default:
            {
                string described = span.TextOf(text);
                if (phrase.HeadClass == SpeakerNounClass.Text)
                {
                    var r = ReferentOfText(phrase, described, span);
                    return new ResolvedSpeaker(described, -1, SpeakerResolution.Statement, span, r);
                }
                if (phrase.HeadClass is SpeakerNounClass.Person or SpeakerNounClass.None && ByTitle(phrase) is { } titled)
                    return new ResolvedSpeaker(titled.Name, titled.Entity, SpeakerResolution.Description, titled.NameSpan, titled);
                var group = phrase.HeadClass == SpeakerNounClass.Group || phrase.Plural ? ReferentOfText(phrase, described, span, ReferentKind.Group) : null;
                return new ResolvedSpeaker(described, -1, SpeakerResolution.Description, null, group);
            }
        }
    }

    /// <summary>Records that <paramref name="referent"/> spoke at <paramref name="token"/>: the first candidate for a later "he said".</summary>
    public void Spoke(Referent? referent, int token)
    {
        if (referent is null) return;
        referent.LastSpokeToken = Math.Max(referent.LastSpokeToken, token);
        referent.LastToken = Math.Max(referent.LastToken, token);
    }

    /// <summary>
    /// The referent a pronoun at <paramref name="token"/> stands for: a fitting subject named in this sentence or the
    /// one before, more recent than the last fitting speaker ("… that President Zelensky did not attend. He called
    /// it …"); else the latest fitting speaker; else the latest fitting mention, subjects first.
    /// </summary>
    private Referent? Antecedent(int token, ReferentKind want, int gender)
    {
        int sentence = sentenceOf[token];
        Referent? speaker = null;
        int speakerToken = -1;
        foreach (var r in AllReferents())
        {
            if (r.LastSpokeToken < 0 || r.LastSpokeToken >= token || sentence - sentenceOf[r.LastSpokeToken] > SpeakerWindow) continue;
            if (!Fits(r, want, gender)) continue;
            if (r.LastSpokeToken > speakerToken) { speaker = r; speakerToken = r.LastSpokeToken; }
        }
        for (int k = mentions.Count - 1; k >= 0; k--)
        {
            var (at, r, subject) = mentions[k];
            if (at >= token) continue;
            if (at <= speakerToken || sentence - sentenceOf[at] > 1) break;
            if (subject && Fits(r, want, gender) && Strict(r, want)) return r;
        }
        if (speaker is not null) return speaker;
        Referent? any = null;
        for (int k = mentions.Count - 1; k >= 0; k--)
        {
            var (at, r, subject) = mentions[k];
            if (at >= token) continue;
            if (sentence - sentenceOf[at] > MentionWindow) break;
            if (!Fits(r, want, gender)) continue;
            if (subject) return r;
            any ??= r;
        }
        return any;
    }

    private static bool Fits(Referent r, ReferentKind want, int gender) => want switch
    {
        ReferentKind.Person => r.Kind is ReferentKind.Person or ReferentKind.Unknown && !r.Plural && (gender == 0 || r.Gender == 0 || r.Gender == gender),
        ReferentKind.Text => r.Kind is ReferentKind.Text or ReferentKind.Group or ReferentKind.Thing or ReferentKind.Unknown && !r.Plural && r.Gender == 0,
        ReferentKind.Group => r.Kind == ReferentKind.Group || r.Plural,
        _ => false,
    };

    /// <summary>A mention overrides an earlier speaker only when its kind is known to fit, not merely possible.</summary>
    private static bool Strict(Referent r, ReferentKind want) => want switch
    {
        ReferentKind.Person => r.Kind == ReferentKind.Person,
        ReferentKind.Text => r.Kind is ReferentKind.Text or ReferentKind.Group or ReferentKind.Thing,
        _ => true,
    };

    private IEnumerable<Referent> AllReferents() => byEntity is not null ? byEntity.Concat(byKey.Values).Distinct() : byKey.Values;

    /// <summary>The most recent person whose written titles hold the description's words ("the US Secretary of State").</summary>
    private Referent? ByTitle(SpeakerPhrase phrase)
    {
        var words = new List<string>();
        for (int i = phrase.First; i < phrase.End; i++)
        {
            string norm = doc.Tokens[i].Norm;
            if (reader.IsDeterminer(i) || norm is "of" or "former" or "then" || doc.Tokens[i].Kind != TokenKind.Word) continue;
            words.Add(norm.TrimEnd('.'));
        }
        if (words.Count == 0) return null;
        for (int k = mentions.Count - 1; k >= 0; k--)
        {
            var (at, r, _) = mentions[k];
            if (at >= phrase.First || r.Kind is not (ReferentKind.Person or ReferentKind.Unknown) || r.TitleWords.Count == 0) continue;
            bool all = true;
            foreach (var w in words) if (!r.TitleWords.Contains(w)) { all = false; break; }
            if (all) return r;
        }
        return null;
    }

    private Referent ReferentOfName(SpeakerPhrase phrase)
    {
        var tokens = doc.Tokens;
        if (byEntity is not null)
        {
            // The entity whose mention overlaps the name.
            var nameSpan = tokens.SpanOf(phrase.NameFirst >= 0 ? phrase.NameFirst : phrase.First, (phrase.NameFirst >= 0 ? phrase.NameEnd : phrase.End) - (phrase.NameFirst >= 0 ? phrase.NameFirst : phrase.First));
            foreach (var m in doc.Mentions)
                if (m.Entity >= 0 && m.Entity < byEntity.Length && m.Span.Overlaps(nameSpan)) return Touch(byEntity[m.Entity], phrase.End);
        }
        return Touch(NameReferent(phrase), phrase.End);
    }

    private Referent Touch(Referent r, int token)
    {
        r.LastToken = Math.Max(r.LastToken, token);
        return r;
    }

    /// <summary>The referent of a name phrase without entities: one per surname; a fuller name replaces a shorter.</summary>
    private Referent NameReferent(SpeakerPhrase phrase)
    {
        var tokens = doc.Tokens;
        int first = phrase.HasName ? phrase.NameFirst : phrase.First, end = phrase.HasName ? phrase.NameEnd : phrase.End;
        var span = tokens.SpanOf(first, end - first);
        string name = span.TextOf(doc.Text);
        string key = phrase.Plural ? Lexicon.Normalise(tokens.SpanOf(phrase.First, phrase.End - phrase.First).TextOf(doc.Text)) : tokens[end - 1].Norm;
        if (phrase.Plural) { name = tokens.SpanOf(phrase.First, phrase.End - phrase.First).TextOf(doc.Text); span = tokens.SpanOf(phrase.First, phrase.End - phrase.First); }
        if (!byKey.TryGetValue(key, out var r))
        {
            r = new Referent { Name = name, NameSpan = span, Kind = phrase.Plural ? ReferentKind.Group : ReferentKind.Unknown, Plural = phrase.Plural };
            byKey[key] = r;
        }
        else if (name.Length > r.Name.Length) { r.Name = name; r.NameSpan = span; }
        for (int i = phrase.First; i < first; i++)
        {
            string norm = tokens[i].Norm;
            if (tokens[i].Kind != TokenKind.Word || reader.IsDeterminer(i)) continue;
            r.TitleWords.Add(norm.TrimEnd('.'));
            if (FunctionWords.IsMale(norm)) r.Gender = 1;
            else if (FunctionWords.IsFemale(norm)) r.Gender = 2;
            if (reader.IsTitleWord(i) && r.Kind == ReferentKind.Unknown) r.Kind = ReferentKind.Person;
        }
        return r;
    }

    private Referent ReferentOfText(SpeakerPhrase phrase, string described, TextSpan span, ReferentKind kind = ReferentKind.Text)
    {
        string key = "#" + phrase.Head;
        if (!byKey.TryGetValue(key, out var r) || r.Kind != kind)
        {
            r = new Referent { Name = described, NameSpan = span, Kind = kind, Plural = phrase.Plural };
            byKey[key] = r;
        }
        r.LastToken = Math.Max(r.LastToken, phrase.End);
        return r;
    }

    /// <summary>Referents from the entity layer: its types are better than any guess from capitals.</summary>
    private Referent[] FromEntities(bool[] inRun)
    {
        var referents = new Referent[doc.Entities.Length];
        foreach (var e in doc.Entities)
        {
            var kind = e.Type switch { EntityType.Person => ReferentKind.Person, EntityType.Organization => ReferentKind.Group, EntityType.Location => ReferentKind.Group, _ => ReferentKind.Unknown };
            var firstMention = e.Mentions.IsDefaultOrEmpty ? null : doc.Mentions[e.Mentions[0]];
            var r = new Referent { Name = e.Name, NameSpan = firstMention?.Span ?? default, Kind = kind, Entity = e.Index, LastToken = -1 };
            foreach (var title in e.Titles)
                foreach (var w in title.Split(' ', StringSplitOptions.RemoveEmptyEntries)) r.TitleWords.Add(Lexicon.Normalise(w).TrimEnd('.'));
            referents[e.Index] = r;
        }
        var tokens = doc.Tokens;
        foreach (var m in doc.Mentions)
        {
            if (m.Entity < 0 || m.Entity >= referents.Length) continue;
            int token = m.TokenCount > 0 ? m.FirstToken : tokens.IndexAtOrAfter(m.Span.Start);
            if (token >= tokens.Count || inRun[token]) continue;
            var r = referents[m.Entity];
            if (m.Title is { } t) foreach (var w in t.Split(' ', StringSplitOptions.RemoveEmptyEntries)) r.TitleWords.Add(Lexicon.Normalise(w).TrimEnd('.'));
            if (m.Title is { } h && h.Split(' ').Any(w => FunctionWords.IsMale(Lexicon.Normalise(w)))) r.Gender = 1;
            else if (m.Title is { } s && s.Split(' ').Any(w => FunctionWords.IsFemale(Lexicon.Normalise(w)))) r.Gender = 2;
            mentions.Add((token, r, IsSubject(token)));
        }
        return referents;
    }

    /// <summary>Without entities: every capitalised name phrase outside quotes is a mention, grouped by surname.</summary>
    private void FromNames(bool[] inRun, bool[] sentenceStart)
    {
        var tokens = doc.Tokens;
        int sentenceFirst = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (sentenceStart[i]) sentenceFirst = i;
            if (inRun[i] || !reader.IsName(i)) continue;
            if (i + 1 < tokens.Count && (reader.IsName(i + 1) || tokens[i + 1].Norm == "of" && i + 2 < tokens.Count && reader.IsName(i + 2))) continue;
            var phrase = reader.ReadLeft(i + 1, sentenceFirst);
            if (phrase is not { Form: SpeakerForm.Name }) continue;
            var r = NameReferent(phrase);
            r.LastToken = Math.Max(r.LastToken, i);
            mentions.Add((phrase.First, r, IsSubject(phrase.First)));
        }
        foreach (var r in byKey.Values) r.LastToken = -1; // recency is the mention list's; the reading pass sets it anew
    }

    /// <summary>"the joint statement", "the report": things that can be "it" in "it stated", grouped by head noun.</summary>
    private void FromTextNouns(bool[] inRun, bool[] sentenceStart)
    {
        var tokens = doc.Tokens;
        int sentenceFirst = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (sentenceStart[i]) sentenceFirst = i;
            if (inRun[i] || !tokens[i].Lexeme.Is(LexemeFlags.Lower) || !reader.IsNounLike(i)) continue;
            if (i + 1 < tokens.Count && reader.IsNounLike(i + 1)) continue; // not the head yet
            var cls = quoteLexicon.NounClass(tokens[i].Norm);
            if (cls is SpeakerNounClass.Person or SpeakerNounClass.Group) continue;
            var phrase = reader.ReadLeft(i + 1, sentenceFirst);
            if (phrase is not { Form: SpeakerForm.Description } || !reader.IsDeterminer(phrase.First)) continue;
            // A noun the lexicon does not know ("the communique") can still be "it" when it is a sentence's subject.
            if (cls == SpeakerNounClass.None && !IsSubject(phrase.First)) continue;
            var span = tokens.SpanOf(phrase.First, phrase.End - phrase.First);
            var r = ReferentOfText(phrase, span.TextOf(doc.Text), span, cls == SpeakerNounClass.Text ? ReferentKind.Text : ReferentKind.Thing);
            r.LastToken = -1;
            mentions.Add((phrase.First, r, IsSubject(phrase.First)));
        }
    }

    /// <summary>A mention that is the subject of its sentence or clause: at the sentence's start, after an opening
    /// phrase and its comma, or after "that" ("… noteworthy that President Zelensky did not …").</summary>
    private bool IsSubject(int token)
    {
        var tokens = doc.Tokens;
        int k = token - 1;
        while (k >= 0 && sentenceOf[k] == sentenceOf[token] && (reader.IsDeterminer(k) || reader.IsTitleWord(k))) k--;
        if (k < 0 || sentenceOf[k] != sentenceOf[token] || tokens[k].Norm is "that" or ":" || tokens[k].Kind == TokenKind.Quote) return true;
        if (tokens[k].Norm != ",") return false;
        // After the comma of an opening phrase ("On Tuesday, Kremlin spokesman …"), not after a comma in a list.
        int start = doc.Sentences[sentenceOf[token]].FirstToken;
        for (int i = start; i < k; i++) if (tokens[i].Norm == ",") return false;
        return k - start <= MaxOpeningPhrase;
    }

    /// <summary>An opening phrase before a sentence's subject is at most this many tokens ("In a statement on Tuesday,").</summary>
    private const int MaxOpeningPhrase = 10;
}
