using System.Collections.Immutable;
using Triangulate.Extract.Claims;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Tests.Fixtures;

/// <summary>
/// Builds analysed docs by hand for story-stage tests: text in, tokens and sentences from the real
/// segmenter, then entity mentions and quotes placed where the test says, so that a story stage can be
/// tested without depending on the statistical stages' output.
/// </summary>
public sealed class DocFactory
{
    private readonly string id;
    private readonly string text;
    private readonly DateTimeOffset? published;
    private readonly List<(string Surface, EntityType Type, string Name, int Occurrence)> mentions = [];
    private readonly List<(string Words, string? SpeakerName, int Occurrence)> quotes = [];

    private DocFactory(string id, string text, DateTimeOffset? published)
    {
        this.id = id;
        this.text = text;
        this.published = published;
    }

    public static DocFactory Article(string id, string text, DateTimeOffset? published = null) => new(id, text, published);

    /// <summary>Marks every occurrence of <paramref name="surface"/> as a mention of entity <paramref name="name"/>.</summary>
    public DocFactory Entity(string surface, EntityType type, string? name = null)
    {
        mentions.Add((surface, type, name ?? surface, -1));
        return this;
    }

    /// <summary>Marks the quoted words <paramref name="words"/> (without marks) as a quote by <paramref name="speaker"/>.</summary>
    public DocFactory Quote(string words, string? speaker)
    {
        quotes.Add((words, speaker, 0));
        return this;
    }

    public Doc Build(bool withClaims = true)
    {
        var article = ArticleFactory.Create(id, text, id + ".txt", id, published: published);
        var doc = new SegmentStage(Tokenizer.Shared).Run(new Doc(article));

        var found = new List<Mention>();
        // Longer names first, so "Kovalenko" inside "Dmitri Kovalenko" is not marked twice.
        foreach (var (surface, type, name, _) in mentions.OrderByDescending(m => m.Surface.Length))
        {
            int at = 0;
            while ((at = text.IndexOf(surface, at, StringComparison.Ordinal)) >= 0)
            {
                var span = new TextSpan(at, surface.Length);
                if (found.Any(f => f.Span.Overlaps(span))) { at += surface.Length; continue; }
                var (first, count) = doc.Tokens.TokensIn(span);
                found.Add(new Mention { Span = span, Type = type, Text = surface, FirstToken = first, TokenCount = count });
                at += surface.Length;
            }
        }
        found.Sort((a, b) => a.Span.CompareTo(b.Span));
        var names = mentions.Select(m => (m.Name, m.Type)).Distinct().ToList();
        var entities = names.Select((n, i) => new DocEntity
        {
            Index = i,
            Type = n.Type,
            Name = n.Name,
            Mentions = found.Select((m, k) => (m, k)).Where(x => mentions.Any(d => d.Surface == x.m.Text && d.Name == n.Name)).Select(x => x.k).ToImmutableArray(),
        }).ToImmutableArray();
        var withEntity = found.Select((m, k) => m with { Entity = entities.First(e => e.Mentions.Contains(k)).Index }).ToImmutableArray();
        doc = doc with { Mentions = withEntity, Entities = entities };

        var builtQuotes = quotes.Select(q =>
        {
            int at = text.IndexOf(q.Words, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"quote '{q.Words}' is not in the text of {id}");
            var span = new TextSpan(at, q.Words.Length);
            int speaker = q.SpeakerName is null ? -1 : entities.First(e => e.Name == q.SpeakerName).Index;
            return new Quote { Span = span, Parts = [span], Text = q.Words, Speaker = q.SpeakerName, SpeakerEntity = speaker, Sentence = doc.SentenceAt(at), Resolution = speaker >= 0 ? SpeakerResolution.Named : SpeakerResolution.None };
        }).OrderBy(q => q.Span.Start).ToImmutableArray();
        doc = doc with { Quotes = builtQuotes };
        return withClaims ? new ClaimExtractor().Run(doc) : doc;
    }
}
