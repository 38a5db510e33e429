using System.Collections.Immutable;

namespace Triangulate.Model;

public enum EntityType : byte
{
    Person,
    Organization,
    Location,
    Misc,
}

/// <summary>
/// One mention of an entity in an article: the name as written, its type, and the title or role written
/// with it ("Foreign Minister" in "Foreign Minister Andrii Sybiha", "Kremlin spokesman").
/// </summary>
public sealed record Mention
{
    public required TextSpan Span { get; init; }
    public required EntityType Type { get; init; }
    public required string Text { get; init; }

    /// <summary>Token range of the name in <see cref="Doc.Tokens"/>.</summary>
    public int FirstToken { get; init; }
    public int TokenCount { get; init; }

    /// <summary>Title or role written with the name, and where.</summary>
    public string? Title { get; init; }
    public TextSpan? TitleSpan { get; init; }

    /// <summary>Index into <see cref="Doc.Entities"/> once mentions are grouped; -1 before.</summary>
    public int Entity { get; init; } = -1;

    /// <summary>How the tagger rated it (0..1); 1 for rule-made mentions.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>A description standing for a named entity ("the company" for the Alder Shipping Company), not a name.</summary>
    public bool IsReference { get; init; }
}

/// <summary>An entity within one article: its mentions grouped (surname-only and title-only references included).</summary>
public sealed record DocEntity
{
    public required int Index { get; init; }
    public required EntityType Type { get; init; }

    /// <summary>The fullest name used in the article ("Andrii Sybiha" over "Sybiha").</summary>
    public required string Name { get; init; }

    /// <summary>Indices into <see cref="Doc.Mentions"/>.</summary>
    public ImmutableArray<int> Mentions { get; init; } = [];

    /// <summary>Titles and roles the article gives it, most specific first.</summary>
    public ImmutableArray<string> Titles { get; init; } = [];
}
