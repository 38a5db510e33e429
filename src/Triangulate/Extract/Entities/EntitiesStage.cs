using Triangulate.Model;
using Triangulate.Pipeline;

namespace Triangulate.Extract.Entities;

/// <summary>
/// Stage <c>entities</c>: tags people, organisations, places and other names with the <see cref="EntityTagger"/>,
/// finds the titles and roles written with people's names (<see cref="TitleFinder"/>), and groups the mentions
/// into the article's entities (<see cref="EntityGrouper"/>). Adds <see cref="Doc.Mentions"/> and <see cref="Doc.Entities"/>.
/// Reads part-of-speech tags for the title grammar.
/// </summary>
public sealed class EntitiesStage(EntityTagger tagger, TitleLexicon titles) : IArticleStage
{
    private readonly TitleFinder titleFinder = new(titles);
    private readonly EntityGrouper grouper = new(titles);

    public EntitiesStage() : this(EntityTagger.Shared, TitleLexicon.Shared) { }

    public StageInfo Info { get; } = new("entities", Layer.Tokens | Layer.Sentences | Layer.Tags, Layer.Entities);

    public Doc Run(Doc doc)
    {
        var tokens = doc.Tokens;
        var sentences = doc.Sentences;
        var tags = doc.Tags.AsSpan();
        var words = new Lexeme[sentences.Length][];
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            var w = new Lexeme[sentence.TokenCount];
            for (int i = 0; i < w.Length; i++) w[i] = tokens[sentence.FirstToken + i].Lexeme;
            words[s] = w;
        }
        var tagged = tagger.Tag(HeadlinesInCapitals(tokens, sentences, words));
        Repair(tokens, sentences, tagged, titles, tagger.Features.Gazetteer);

        var inMention = new bool[tokens.Count];
        var inPerson = new bool[tokens.Count];
        foreach (var (sentence, spans) in sentences.Zip(tagged))
            foreach (var span in spans)
                for (int t = sentence.FirstToken + span.Start; t < sentence.FirstToken + span.End; t++)
                {
                    inMention[t] = true;
                    inPerson[t] |= TypeOf(span.Type) == EntityType.Person;
                }
        bool InMention(int t) => inMention[t];
        bool InPerson(int t) => inPerson[t];

        var mentions = new List<Mention>();
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            foreach (var span in tagged[s])
            {
                int first = sentence.FirstToken + span.Start, count = span.End - span.Start;
                var textSpan = tokens.SpanOf(first, count);
                var type = TypeOf(span.Type);
                (int First, int Count)? title = null;
                if (type == EntityType.Person)
                    title = titleFinder.Before(tokens, tags, sentence.FirstToken, first, InMention)
                            ?? titleFinder.After(tokens, tags, sentence.EndToken, first + count, InMention, InPerson);
                TextSpan? titleSpan = title is { } t ? tokens.SpanOf(t.First, t.Count) : null;
                mentions.Add(new Mention
                {
                    Span = textSpan,
                    Type = type,
                    Text = textSpan.TextOf(doc.Text),
                    FirstToken = first,
                    TokenCount = count,
                    Title = titleSpan?.TextOf(doc.Text),
                    TitleSpan = titleSpan,
                    Confidence = Math.Round(span.Confidence, 4),
                });
            }
        }
        var (finalMentions, entities) = grouper.Group(tokens, mentions);
        return doc with { Mentions = finalMentions, Entities = entities };
    }

    /// <summary>
    /// A title-case headline ("Harbor Fire Destroys Warehouse in Portmere") capitalises every content word, so its
    /// capitals say nothing about names. CoNLL's headlines are in capitals, and the tagger learned to read those with
    /// the document's help: so a title-case headline is given to the tagger in capitals. A headline here is a line of
    /// its own, without closing punctuation, of at least three content words, nine in ten of them capitalised.
    /// </summary>
    internal static Lexeme[][] HeadlinesInCapitals(TokenList tokens, System.Collections.Immutable.ImmutableArray<Sentence> sentences, Lexeme[][] words)
    {
        Lexeme[][]? result = null;
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            if (sentence.TokenCount < 3) continue;
            bool ownLine = (sentence.FirstToken == 0 || tokens[sentence.FirstToken].LineBreakBefore)
                           && (sentence.EndToken >= tokens.Count || tokens[sentence.EndToken].LineBreakBefore);
            var last = tokens[sentence.EndToken - 1];
            if (!ownLine || last.Norm is "." or "!" or "?" or "\"" or ":") continue;
            int content = 0, capitalised = 0;
            foreach (var w in words[s])
            {
                if (!w.Is(LexemeFlags.Alpha) || w.IsStop) continue;
                content++;
                if (w.IsCapitalised) capitalised++;
            }
            if (content < 3 || capitalised * 10 < content * 9 || NerDocumentContext.IsHeadline(words[s])) continue;
            result ??= (Lexeme[][])words.Clone();
            result[s] = words[s].Select(w => w.Is(LexemeFlags.Title) ? Text.Lexicon.Shared.Get(w.Text.ToUpperInvariant()) : w).ToArray();
        }
        return result ?? words;
    }

    /// <summary>
    /// News-text repairs of the tagger's spans, each a general rule: a person span that starts with a title head
    /// loses it ("Governor Ana Ruiz" → "Ana Ruiz"; the title is found again by the <see cref="TitleFinder"/>) unless
    /// that would leave nothing or the word is also a first name; and a span of another type that ends with a person's full name
    /// tagged elsewhere in the article is split there ("Presidential Office Andriy Yermak" → "Presidential Office" +
    /// "Andriy Yermak": one name keeps one sense in a document).
    /// </summary>
    private static void Repair(TokenList tokens, System.Collections.Immutable.ImmutableArray<Sentence> sentences, TaggedSpan[][] tagged, TitleLexicon titles, Gazetteer gazetteer)
    {
        var people = new HashSet<string>(StringComparer.Ordinal);
        for (int s = 0; s < sentences.Length; s++)
        {
            var spans = tagged[s];
            for (int k = 0; k < spans.Length; k++)
            {
                var span = spans[k];
                if (span.Type != "PER") continue;
                int first = sentences[s].FirstToken;
                int start = span.Start;
                while (span.End - start >= 2 && IsLeadingTitle(tokens[first + start].Lexeme, span.End - start, titles, gazetteer)) start++;
                if (start != span.Start) spans[k] = span = span with { Start = start };
                if (span.End - span.Start >= 2) people.Add(NameKey(tokens, first + span.Start, span.End - span.Start));
            }
        }
        if (people.Count == 0) return;
        for (int s = 0; s < sentences.Length; s++)
        {
            List<TaggedSpan>? replaced = null;
            var spans = tagged[s];
            int first = sentences[s].FirstToken;
            for (int k = 0; k < spans.Length; k++)
            {
                var span = spans[k];
                int split = -1;
                if (span.Type != "PER")
                    for (int cut = span.Start + 1; cut <= span.End - 2 && split < 0; cut++)
                        if (people.Contains(NameKey(tokens, first + cut, span.End - cut))) split = cut;
                if (split < 0) { replaced?.Add(span); continue; }
                replaced ??= spans.Take(k).ToList();
                replaced.Add(span with { End = split });
                replaced.Add(span with { Start = split, Type = "PER" });
            }
            if (replaced is not null) tagged[s] = replaced.ToArray();
        }
    }

    /// <summary>
    /// A capitalised title head at the start of a person span ("Governor" in "Governor Ana Ruiz"), which is not also a
    /// first name: WordNet's person nouns include "mark", "john", "jack" and "dean", and in eng.train such words open
    /// PER spans far more often than titles wrongly inside them. The price: a title that is also on the first-name
    /// list ("Mayor") stays in the name.
    /// </summary>
    private static bool IsLeadingTitle(Lexeme word, int remaining, TitleLexicon titles, Gazetteer gazetteer) =>
        remaining >= 2 && word.Is(LexemeFlags.Title) && titles.IsHead(word) && !gazetteer.Lookup([word]).HasFlag(GazetteerType.FirstName);

    private static string NameKey(TokenList tokens, int first, int count)
    {
        var parts = new string[count];
        for (int i = 0; i < count; i++) parts[i] = NameMatcher.Key(tokens[first + i].Text);
        return string.Join(' ', parts);
    }

    private static EntityType TypeOf(string type) => type switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        _ => EntityType.Misc,
    };
}
