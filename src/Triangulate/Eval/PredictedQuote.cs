using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Eval;

/// <summary>
/// A quote as the scorer sees it, whoever produced it: the content it attributes (matched against the gold
/// content), the spans that stand for its speaker (as written at the cue, where the resolved speaker is
/// named, and the entity's other mentions), and the speaker's name. <see cref="Direct"/> says which gold class
/// an unmatched prediction counts against.
/// </summary>
public sealed record PredictedQuote(ImmutableArray<TextSpan> Content, ImmutableArray<TextSpan> SpeakerSpans, string? Speaker, bool Direct)
{
    /// <summary>From a <see cref="Quote"/> of the quote stage; entity mentions join the speaker spans when the doc has entities.</summary>
    public static PredictedQuote From(Quote quote, Doc? doc = null)
    {
        var speakers = ImmutableArray.CreateBuilder<TextSpan>();
        if (quote.SpeakerSpan is { } s) speakers.Add(s);
        if (quote.SpeakerNameSpan is { } n) speakers.Add(n);
        if (doc is not null && quote.SpeakerEntity >= 0 && doc.Has(Layer.Entities) && quote.SpeakerEntity < doc.Entities.Length)
            foreach (int m in doc.Entities[quote.SpeakerEntity].Mentions) speakers.Add(doc.Mentions[m].Span);
        var content = quote.ContentParts.IsDefaultOrEmpty ? quote.Parts : quote.ContentParts;
        return new PredictedQuote(content, speakers.ToImmutable(), quote.Speaker, quote.Kind == QuoteKind.Direct);
    }
}
