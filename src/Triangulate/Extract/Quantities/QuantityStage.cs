using System.Buffers;
using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Extract.Quantities;

/// <summary>
/// Stage <c>quantities</c>: adds <see cref="Layer.Dates"/> and <see cref="Layer.Quantities"/>. Dates are found
/// first and their tokens are not read again as numbers ("Feb. 24, 2022" holds no count of 24); relative dates
/// are placed against <see cref="Article.Published"/> when it is known. Uses part-of-speech tags when an
/// earlier stage added them, and works without. Pure and thread-safe.
/// </summary>
public sealed class QuantityStage : IArticleStage
{
    private readonly Lemmatizer? lemmatizer;
    private readonly UnitTable units;

    /// <param name="lemmatizer">For counted nouns and events; <see cref="Lemmatizer.Shared"/> (read at each run,
    /// so an installed WordNet lemmatizer is picked up) when null.</param>
    /// <param name="units">Units and currencies; the bundled table when null.</param>
    public QuantityStage(Lemmatizer? lemmatizer = null, UnitTable? units = null)
    {
        this.lemmatizer = lemmatizer;
        this.units = units ?? UnitTable.Shared;
    }

    public StageInfo Info { get; } = new("quantities", Layer.Tokens | Layer.Sentences, Layer.Quantities | Layer.Dates);

    public Doc Run(Doc doc)
    {
        var tokens = doc.Tokens;
        var sentences = doc.Sentences;
        var tags = doc.Has(Layer.Tags) ? doc.Tags : default;
        if (!tags.IsDefault && tags.Length != tokens.Count) tags = default; // a tagger from another tokenisation: ignore it
        // A publication date far outside the news era is bad metadata; relative dates are then left unplaced
        // (and calendar arithmetic stays far from DateOnly's limits).
        DateOnly? anchor = doc.Article.Published is { Year: >= 1800 and <= 2200 } published ? DateOnly.FromDateTime(published.DateTime) : null;

        bool[] claimed = ArrayPool<bool>.Shared.Rent(Math.Max(1, tokens.Count));
        try
        {
            Array.Clear(claimed, 0, tokens.Count);
            var dates = new List<DateMention>();
            var quantities = new List<Quantity>();
            var dateFinder = new DateFinder(tokens, anchor, claimed);
            var quantityFinder = new QuantityFinder(tokens, tags, claimed, lemmatizer ?? Lemmatizer.Shared, units);
            for (int s = 0; s < sentences.Length; s++)
            {
                dateFinder.Find(sentences[s], s, dates);
                quantityFinder.Find(sentences[s], s, quantities);
            }
            return doc with { Dates = [.. dates], Quantities = [.. quantities] };
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(claimed);
        }
    }
}
