namespace Triangulate.Extract.Quotes;

internal enum SpeakerForm : byte
{
    /// <summary>A proper name, with or without a title: "Rubio", "Kremlin spokesman Dmitri Peskov".</summary>
    Name,
    /// <summary>"he", "she", "it", "they".</summary>
    Pronoun,
    /// <summary>A common-noun phrase: "the US Secretary of State", "a senior official", "the statement".</summary>
    Description,
}

/// <summary>
/// A noun phrase standing for a speaker: its token range, and within it the name (for a named speaker)
/// and the head noun (for a description), with what that noun denotes.
/// </summary>
internal sealed record SpeakerPhrase(int First, int End, SpeakerForm Form)
{
    /// <summary>Token range of the proper name inside the phrase (titles left out), or an empty range.</summary>
    public int NameFirst { get; init; } = -1;
    public int NameEnd { get; init; } = -1;

    /// <summary>Norm of the head noun of a description, or of the pronoun.</summary>
    public string? Head { get; init; }
    public SpeakerNounClass HeadClass { get; init; }

    /// <summary>Two or more names joined ("Kyiv and Washington"), or a plural head: "they" can point back to it.</summary>
    public bool Plural { get; init; }

    public bool HasName => NameFirst >= 0 && NameEnd > NameFirst;
}
