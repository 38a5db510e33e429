namespace Triangulate.Text.WordNet;

/// <summary>How two lemmas are related in WordNet, strongest first.</summary>
public enum WordRelation : byte
{
    None = 0,
    /// <summary>They share a synset ("resume" / "restart").</summary>
    Synonym,
    /// <summary>A derivational link between their senses ("exchange" n / "exchange" v, "military" / "militarism"), or an adjective and the noun it pertains to.</summary>
    Derived,
    /// <summary>Adjectives similar in meaning, verbs in one verb group, or an also-see link.</summary>
    Similar,
    /// <summary>One is a direct (or second-level) hypernym of the other ("share" / "give", "drone" / "aircraft").</summary>
    Hypernym,
    /// <summary>Opposites ("rise" / "fall"): a conflict signal, not a match.</summary>
    Antonym,
}
