using System.Collections.Immutable;

namespace Triangulate.Model.Story;

/// <summary>Where an entity is mentioned: the article, the mention's index in <see cref="Doc.Mentions"/>, its span and text.</summary>
public sealed record EntityMentionRef(string ArticleId, int Mention, TextSpan Span, string Text);

/// <summary>One spelling of an entity's name and the articles that use it.</summary>
public sealed record EntityForm(string Text, ImmutableArray<string> Articles);

/// <summary>An article's own entity (index into its <see cref="Doc.Entities"/>) that maps to a story entity.</summary>
public sealed record DocEntityRef(string ArticleId, int DocEntity);

/// <summary>
/// One person, organisation or place across the whole story, resolved across articles and spellings
/// ("Zelenskyy" / "Zelensky", "Rubio" / "US Secretary of State Marco Rubio").
/// </summary>
public sealed record StoryEntity
{
    /// <summary>Story-local id ("E1"), stable for the same input.</summary>
    public required string Id { get; init; }
    public required EntityType Type { get; init; }

    /// <summary>The fullest name, in the spelling most articles use.</summary>
    public required string Name { get; init; }

    /// <summary>Titles and roles given by any article ("Secretary of State").</summary>
    public ImmutableArray<string> Titles { get; init; } = [];

    /// <summary>Each distinct surface form and the articles that use it.</summary>
    public ImmutableArray<EntityForm> Forms { get; init; } = [];

    public ImmutableArray<EntityMentionRef> Mentions { get; init; } = [];

    /// <summary>The articles that mention it, in story order.</summary>
    public ImmutableArray<string> Articles { get; init; } = [];

    /// <summary>Per article: the index of the article's <see cref="DocEntity"/> that maps here.</summary>
    public ImmutableArray<DocEntityRef> DocEntities { get; init; } = [];
}
