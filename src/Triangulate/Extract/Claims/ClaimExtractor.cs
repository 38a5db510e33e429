using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Extract.Claims;

/// <summary>
/// Finds an article's statements of fact: each sentence (split further at semicolons) that asserts
/// something, with its participants (entity mentions), numbers and dates, polarity, certainty and
/// content terms. Questions, fragments without content and headlines-only lines are not claims.
/// Uses the entities, quotes, quantities, dates and tags layers when earlier stages added them.
/// </summary>
public sealed class ClaimExtractor : IArticleStage
{
    private readonly Lemmatizer lemmatizer;
    private readonly StanceLexicon stance;

    /// <param name="stance">Words that hold a statement tentatively ("willingness", "suspect"); the seeds alone when not given.</param>
    public ClaimExtractor(Lemmatizer? lemmatizer = null, StanceLexicon? stance = null)
    {
        this.lemmatizer = lemmatizer ?? Lemmatizer.Shared;
        this.stance = stance ?? StanceLexicon.Create(null);
    }

    /// <summary>A claim needs at least this many content words: "He left." says too little to align.</summary>
    public const int MinContentWords = 3;

    /// <summary>Content words that make a clause a statement even when no word was tagged as a verb.</summary>
    public const int VerblessContentWords = 5;

    /// <summary>A sentence with at least this share of its words inside quotation marks is the speaker's
    /// words, not the outlet's claim: the quote groups cover it.</summary>
    public const double QuotedShare = 0.5;

    public StageInfo Info { get; } = new("claims", Layer.Tokens | Layer.Sentences, Layer.Claims);

    public Doc Run(Doc doc)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var tokens = doc.Tokens;
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            var sentence = doc.Sentences[s];
            int start = sentence.FirstToken;
            for (int i = sentence.FirstToken; i <= sentence.EndToken; i++)
            {
                bool end = i == sentence.EndToken || (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Text == ";");
                if (!end) continue;
                if (i > start)
                    foreach (var (clauseFirst, clauseEnd) in ClauseRanges(doc, start, i))
                        if (MakeClaim(doc, s, clauseFirst, clauseEnd, claims.Count) is { } claim) claims.Add(claim);
                start = i + 1;
            }
        }
        return doc with { Claims = claims.ToImmutable() };
    }

    private Claim? MakeClaim(Doc doc, int sentence, int first, int end, int index)
    {
        var tokens = doc.Tokens;
        // Trim trailing punctuation from the claim span so its text reads as a statement.
        int last = end - 1;
        while (last > first && tokens[last].Kind is TokenKind.Punctuation && tokens[last].Text is ";" or ",") last--;
        if (tokens[last].Text == "?" || (last > first && tokens[last].Kind == TokenKind.Quote && tokens[last - 1].Text == "?")) return null;

        bool hasTags = doc.Has(Layer.Tags);
        // Names count once, as entities (resolved across spellings at story level), not again as words.
        var nameSpans = doc.Has(Layer.Entities) ? doc.Mentions.Where(m => m.Span.End > tokens[first].Start && m.Span.Start < tokens[last].End).Select(m => m.Span).ToList() : [];
        var terms = new List<string>();
        var negated = new List<string>();
        bool negationPending = false;
        var cues = new List<string>();
        var polarity = Polarity.Positive;
        var certainty = Certainty.Asserted;
        bool hasVerb = !hasTags;
        // Once the clause's own finite verb has been stated ("Ukraine agreed to accept … in what could be a
        // first step"), a later modal hedges a subordinate part, not the claim. A reporting verb does not count:
        // in "the mayor said the harbor could reopen" the modal is the claim's.
        bool assertedVerbSeen = false;
        for (int i = first; i <= last; i++)
        {
            ref readonly var t = ref tokens[i];
            if (t.Kind != TokenKind.Word) continue;
            var tag = hasTags ? doc.Tags[i] : PosTag.None;
            if (tag.IsVerb() || tag == PosTag.MD) hasVerb = true;
            string norm = t.Norm;
            if (CertaintyCues.Negators.Contains(norm))
            {
                polarity = Polarity.Negative;
                negationPending = true;
                cues.Add(t.Text);
                continue;
            }
            if (CertaintyCues.Conditionals.Contains(norm))
            {
                certainty = Certainty.Conditional;
                cues.Add(t.Text);
                continue;
            }
            // Untagged, a capitalised "May" inside the clause is the month.
            if (CertaintyCues.EpistemicModals.Contains(norm) && (hasTags ? tag == PosTag.MD : i == first || !t.Lexeme.IsCapitalised) && !assertedVerbSeen)
            {
                if (certainty != Certainty.Conditional) certainty = Certainty.Hedged;
                cues.Add(t.Text);
                continue;
            }
            if (t.Lexeme.IsStop || !t.Lexeme.Is(LexemeFlags.Alpha) && !t.Lexeme.Is(LexemeFlags.HasHyphen)) continue;
            if (InName(nameSpans, t.Span)) continue;
            string lemma = lemmatizer.Lemma(t, tag);
            if (stance.Contains(lemma))
            {
                if (certainty == Certainty.Asserted) certainty = Certainty.Hedged;
                cues.Add(t.Text);
            }
            terms.Add(lemma);
            assertedVerbSeen |= tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP && !CertaintyCues.Auxiliaries.Contains(norm)
                && !CertaintyCues.ReportingVerbs.Contains(norm) && !CertaintyCues.ReportingVerbs.Contains(lemma);
            if (negationPending)
            {
                negated.Add(lemma);
                negationPending = false;
            }
        }
        // A verbless fragment is a heading or a caption, unless it is long: the tagger reads rare past forms as
        // nouns ("A fire tore through a warehouse…"), and such a clause is still a statement.
        if (terms.Count < MinContentWords || (!hasVerb && terms.Count < VerblessContentWords)) return null;

        var span = tokens.SpanOf(first, last - first + 1);
        if (doc.Has(Layer.Quotes) && QuotedWordShare(doc, first, last) >= QuotedShare) return null;
        var quotes = doc.Has(Layer.Quotes) ? Indices(doc.Quotes, q => span.Overlaps(q.Span)) : [];
        string? attributedTo = null;
        if (!quotes.IsEmpty && certainty == Certainty.Asserted)
        {
            certainty = Certainty.Reported;
            attributedTo = doc.Quotes[quotes[0]].Speaker;
        }
        return new Claim
        {
            Index = index,
            Span = span,
            Text = span.TextOf(doc.Text),
            Sentence = sentence,
            Entities = doc.Has(Layer.Entities)
                ? doc.Mentions.Where(m => span.Contains(m.Span) && m.Entity >= 0).Select(m => m.Entity).Distinct().ToImmutableArray()
                : [],
            Quantities = doc.Has(Layer.Quantities) ? Indices(doc.Quantities, q => span.Contains(q.Span)) : [],
            Dates = doc.Has(Layer.Dates) ? Indices(doc.Dates, d => span.Contains(d.Span)) : [],
            Polarity = polarity,
            Certainty = certainty,
            Cues = cues.ToImmutableArray(),
            Negated = negated.ToImmutableArray(),
            AttributedTo = attributedTo,
            Terms = terms.ToImmutableArray(),
            Quotes = quotes,
        };
    }

    /// <summary>Conjunctions that can open a second clause after a comma.</summary>
    private static readonly HashSet<string> ClauseConjunctions = new(StringComparer.Ordinal) { "and", "but", "while", "whereas", "yet", "although", "though", "which", "who" };

    /// <summary>
    /// Splits a sentence part into clauses, each its own claim: at a comma followed by a conjunction that opens a
    /// new clause (", and that it would…", ", while residents were…") or by a participle (", injuring at least 12
    /// people"). One outlet's compound sentence is often two of another's, and a claim group takes one claim per
    /// article, so facts are aligned clause by clause. A part with fewer than <see cref="MinContentWords"/>
    /// content words stays with its neighbour.
    /// </summary>
    private static List<(int First, int End)> ClauseRanges(Doc doc, int first, int end)
    {
        var tokens = doc.Tokens;
        bool tags = doc.Has(Layer.Tags);
        var cuts = new List<int> { first };
        for (int i = first + 1; i < end - 2; i++)
        {
            if (tokens[i].Text != ",") continue;
            ref readonly var next = ref tokens[i + 1];
            bool conjunction = ClauseConjunctions.Contains(next.Norm) && OpensClause(doc, i + 2, end - 1, tags);
            bool participle = tags ? doc.Tags[i + 1] == PosTag.VBG : next.Norm.EndsWith("ing", StringComparison.Ordinal) && next.Lexeme.Is(LexemeFlags.Lower);
            if (conjunction || participle) cuts.Add(i + 1);
        }
        cuts.Add(end);
        var ranges = new List<(int, int)>();
        int start = cuts[0];
        for (int c = 1; c < cuts.Count; c++)
        {
            bool lastPart = c == cuts.Count - 1;
            int content = ContentWords(doc, start, cuts[c]);
            if (!lastPart && content < MinContentWords) continue; // too small on its own: grow it
            if (lastPart && content < MinContentWords && ranges.Count > 0)
            {
                ranges[^1] = (ranges[^1].Item1, cuts[c]);
                break;
            }
            ranges.Add((start, cuts[c]));
            start = cuts[c];
        }
        return ranges;
    }

    /// <summary>A clause follows when a verb (or, without tags, "that" or a pronoun) comes within a few words.</summary>
    private static bool OpensClause(Doc doc, int from, int last, bool tags)
    {
        for (int i = from; i <= Math.Min(last, from + 4); i++)
        {
            if (tags && (doc.Tags[i].IsVerb() || doc.Tags[i] == PosTag.MD)) return true;
            if (!tags && doc.Tokens[i].Norm is "that" or "it" or "he" or "she" or "they" or "we") return true;
        }
        return false;
    }

    private static int ContentWords(Doc doc, int start, int end)
    {
        int n = 0;
        for (int i = start; i < end; i++)
            if (doc.Tokens[i].Kind == TokenKind.Word && !doc.Tokens[i].Lexeme.IsStop) n++;
        return n;
    }

    private static double QuotedWordShare(Doc doc, int first, int last)
    {
        int words = 0, quoted = 0;
        for (int i = first; i <= last; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word) continue;
            var span = doc.Tokens[i].Span;
            words++;
            foreach (var q in doc.Quotes)
            {
                if (q.Span.Start > span.Start) break;
                if (q.Parts.IsDefaultOrEmpty ? q.Span.Contains(span) : q.Parts.Any(p => p.Contains(span))) { quoted++; break; }
            }
        }
        return words == 0 ? 0 : (double)quoted / words;
    }

    private static bool InName(List<TextSpan> names, TextSpan token)
    {
        foreach (var n in names) if (n.Contains(token)) return true;
        return false;
    }

    private static ImmutableArray<int> Indices<T>(ImmutableArray<T> items, Func<T, bool> predicate)
    {
        var result = ImmutableArray.CreateBuilder<int>();
        for (int i = 0; i < items.Length; i++) if (predicate(items[i])) result.Add(i);
        return result.ToImmutable();
    }
}
