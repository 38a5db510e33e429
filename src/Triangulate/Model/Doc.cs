using System.Collections.Immutable;

namespace Triangulate.Model;

/// <summary>
/// An article with its analysis layers. Immutable: each stage returns a new Doc with one more layer
/// (<c>doc with { Quotes = … }</c>), so a Doc can be shared across threads, cached and stored as is.
/// Reading a layer no stage has added throws, naming the layer: a pipeline-assembly bug, not bad input.
/// </summary>
public sealed record Doc(Article Article)
{
    public string Id => Article.Id;
    public string Text => Article.Text;

    public Layer Layers { get; private init; }

    public TokenList Tokens { get => field ?? throw Missing(Layer.Tokens); init { field = value; Layers |= Layer.Tokens; } }
    /// <summary>Part-of-speech tag of each token (same indexing as <see cref="Tokens"/>).</summary>
    public ImmutableArray<PosTag> Tags { get => Require(field, Layer.Tags); init { field = value; Layers |= Layer.Tags; } }

    public ImmutableArray<Sentence> Sentences { get => Require(field, Layer.Sentences); init { field = value; Layers |= Layer.Sentences; } }

    /// <summary>Entity mentions in text order.</summary>
    public ImmutableArray<Mention> Mentions { get => Require(field, Layer.Entities); init { field = value; Layers |= Layer.Entities; } }

    /// <summary>Entities of this article: mentions grouped by who or what they refer to.</summary>
    public ImmutableArray<DocEntity> Entities { get => Require(field, Layer.Entities); init { field = value; Layers |= Layer.Entities; } }

    public ImmutableArray<Quote> Quotes { get => Require(field, Layer.Quotes); init { field = value; Layers |= Layer.Quotes; } }
    public ImmutableArray<Quantity> Quantities { get => Require(field, Layer.Quantities); init { field = value; Layers |= Layer.Quantities; } }
    public ImmutableArray<DateMention> Dates { get => Require(field, Layer.Dates); init { field = value; Layers |= Layer.Dates; } }
    public ImmutableArray<Claim> Claims { get => Require(field, Layer.Claims); init { field = value; Layers |= Layer.Claims; } }

    public bool Has(Layer layer) => (Layers & layer) == layer;

    /// <summary>The sentence holding character <paramref name="position"/>, or -1.</summary>
    public int SentenceAt(int position)
    {
        var sentences = Sentences;
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = sentences[mid].Span;
            if (position < s.Start) hi = mid - 1;
            else if (position >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    private ImmutableArray<T> Require<T>(ImmutableArray<T> value, Layer layer) => value.IsDefault ? throw Missing(layer) : value;

    private InvalidOperationException Missing(Layer layer) =>
        new($"article '{Article.Id}': layer '{layer}' has not been added; a stage that adds it must run first");
}
