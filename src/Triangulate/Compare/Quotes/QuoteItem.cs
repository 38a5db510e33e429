using System.Collections.Immutable;
using Triangulate.Compare.Entities;
using Triangulate.Model;
using Triangulate.Model.Story;
using Triangulate.Text;

namespace Triangulate.Compare.Quotes;

/// <summary>A quote with what alignment needs: its words, its speaker's story entity, and the words around it.</summary>
public sealed record QuoteItem(int DocIndex, Doc Doc, int Index, Quote Quote, string? SpeakerId, ImmutableArray<string> Words, ImmutableArray<string> Context)
{
    public static List<QuoteItem> Collect(StoryAnalysis story, EntityIndex entities, Lemmatizer lemmatizer)
    {
        var items = new List<QuoteItem>();
        for (int d = 0; d < story.Docs.Length; d++)
        {
            var doc = story.Docs[d];
            if (!doc.Has(Layer.Quotes)) continue;
            for (int q = 0; q < doc.Quotes.Length; q++)
            {
                var quote = doc.Quotes[q];
                var words = WordsOf(doc, quote);
                if (words.Length == 0) continue;
                items.Add(new QuoteItem(d, doc, q, quote, entities.Get(doc.Id, quote.SpeakerEntity)?.Id, words, ContextOf(doc, quote, lemmatizer)));
            }
        }
        return items;
    }

    private static IEnumerable<TextSpan> PartsOf(Quote quote) => quote.Parts.IsDefaultOrEmpty ? [quote.Span] : quote.Parts;

    /// <summary>The quoted words, normalised, punctuation left out.</summary>
    private static ImmutableArray<string> WordsOf(Doc doc, Quote quote)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        foreach (var part in PartsOf(quote))
        {
            var (first, count) = doc.Tokens.TokensIn(part);
            for (int i = first; i < first + count; i++)
            {
                ref readonly var t = ref doc.Tokens[i];
                if (t.Kind is TokenKind.Word or TokenKind.Number) words.Add(t.Norm);
            }
        }
        return words.ToImmutable();
    }

    /// <summary>Content lemmas of the sentences around the quote (one before, the quote's own, one after), the quote's own words left out.</summary>
    private static ImmutableArray<string> ContextOf(Doc doc, Quote quote, Lemmatizer lemmatizer)
    {
        int firstSentence = Math.Max(0, doc.SentenceAt(quote.Span.Start) - 1);
        int lastSentence = doc.SentenceAt(Math.Max(quote.Span.Start, quote.Span.End - 1));
        if (lastSentence < 0) lastSentence = firstSentence;
        lastSentence = Math.Min(doc.Sentences.Length - 1, lastSentence + 1);
        var parts = PartsOf(quote).ToList();
        var context = new HashSet<string>(StringComparer.Ordinal);
        bool tags = doc.Has(Layer.Tags);
        for (int s = firstSentence; s <= lastSentence; s++)
        {
            var sentence = doc.Sentences[s];
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                ref readonly var t = ref doc.Tokens[i];
                if (t.Kind != TokenKind.Word || t.Lexeme.IsStop || !t.Lexeme.IsAlpha) continue;
                var span = t.Span;
                if (parts.Any(p => p.Contains(span))) continue;
                context.Add(lemmatizer.Lemma(t, tags ? doc.Tags[i] : PosTag.None));
            }
        }
        return context.Order(StringComparer.Ordinal).ToImmutableArray();
    }
}
