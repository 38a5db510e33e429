namespace Triangulate.Extract.Quotes;

/// <summary>What a common noun heading a speaker phrase denotes: decides which pronoun can point back to it.</summary>
public enum SpeakerNounClass : byte
{
    None,
    /// <summary>"spokesman", "secretary", "senator": he/she.</summary>
    Person,
    /// <summary>"campaign", "administration", "group": it/they.</summary>
    Group,
    /// <summary>"statement", "report", "letter", "poll": it.</summary>
    Text,
}
