using Triangulate.Model;

namespace Triangulate.Extract.Quotes;

internal enum ReferentKind : byte
{
    Person,
    /// <summary>An organisation, government, country or group of people.</summary>
    Group,
    /// <summary>A statement, report, letter: something that can "say" and be called "it".</summary>
    Text,
    /// <summary>A thing the lexicon cannot class ("the communique" as a sentence's subject): only "it" can mean it.</summary>
    Thing,
    /// <summary>A name of unknown kind (no entity tagger): a person, a place or an organisation.</summary>
    Unknown,
}

/// <summary>
/// Someone or something the article talks about, as the speaker resolver tracks it: an entity of
/// <see cref="Doc.Entities"/> when the entity stage ran, otherwise names grouped by surname ("Rubio" and
/// "Marco Rubio"), with the titles written next to them and a gender once one is known.
/// </summary>
internal sealed class Referent
{
    public required string Name { get; set; }
    public required TextSpan NameSpan { get; set; }
    public required ReferentKind Kind { get; set; }
    public int Entity { get; init; } = -1;

    /// <summary>0 unknown, 1 male, 2 female: from honorifics and from pronouns already resolved to it.</summary>
    public int Gender { get; set; }
    public bool Plural { get; init; }

    /// <summary>Lower-case words of the titles and roles written with the name ("secretary", "state", "spokesman").</summary>
    public HashSet<string> TitleWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Where it was last named or last spoke (token index), for recency.</summary>
    public int LastToken { get; set; }
    public int LastSpokeToken { get; set; } = -1;

    public string Key => Name.Contains(' ') ? Name[(Name.LastIndexOf(' ') + 1)..].ToLowerInvariant() : Name.ToLowerInvariant();

    public override string ToString() => $"{Name} ({Kind})";
}
