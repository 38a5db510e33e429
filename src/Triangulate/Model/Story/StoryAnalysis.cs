using System.Collections.Immutable;

namespace Triangulate.Model.Story;

/// <summary>An article set aside from corroboration counts because it derives from another, and why.</summary>
public sealed record SetAsideArticle(string ArticleId, string DerivedFrom, string Kind, string Reason);

/// <summary>
/// Everything Triangulate finds about one story across its articles. Built by the story stages in order
/// (entities → derivation → quotes → claims → brief); immutable like <see cref="Doc"/>.
/// </summary>
public sealed record StoryAnalysis
{
    /// <summary>The analysed articles, in publication order (input order where dates are missing).</summary>
    public required ImmutableArray<Doc> Docs { get; init; }

    public ImmutableArray<StoryEntity> Entities { get; init; } = [];
    public ImmutableArray<QuoteGroup> Quotes { get; init; } = [];
    public ImmutableArray<ClaimGroup> Claims { get; init; } = [];
    public ImmutableArray<SetAsideArticle> SetAside { get; init; } = [];

    /// <summary>Which articles copy or rewrite which, with the evidence (derived pairs only; independent pairs are not listed).</summary>
    public ImmutableArray<DerivationEdge> Derivations { get; init; } = [];

    /// <summary>Signs of machine-style rewriting, per article that shows any.</summary>
    public ImmutableArray<ArticleSignals> RewriteSignals { get; init; } = [];
    public Brief? Brief { get; init; }

    /// <summary>Things the user should know about the analysis itself (a missing lexical resource, say).</summary>
    public ImmutableArray<string> Notices { get; init; } = [];

    public Doc Doc(string articleId) => Docs.First(d => d.Id == articleId);

    /// <summary>The article ids whose statements count as independent sources.</summary>
    public IEnumerable<string> IndependentArticles => Docs.Select(d => d.Id).Where(id => SetAside.All(s => s.ArticleId != id));
}
