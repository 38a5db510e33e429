namespace Triangulate.Compare.Similarity;

/// <summary>Why two words were aligned, strongest evidence first.</summary>
public enum MatchKind : byte
{
    /// <summary>Same normalised form.</summary>
    Exact,
    /// <summary>Same number ("2.5 billion" / "2,500 million", "three" / "3").</summary>
    Number,
    /// <summary>Same word written differently: diacritics, dots, hyphens, a letter or two of transliteration ("Zelenskyy" / "Zelensky").</summary>
    Spelling,
    /// <summary>Same lemma ("drones" / "drone", "agreed" / "agrees").</summary>
    Lemma,
    /// <summary>The same entity according to the caller's entity keys.</summary>
    Entity,
    /// <summary>WordNet synonyms ("resume" / "restart").</summary>
    Synonym,
    /// <summary>WordNet derivationally related forms ("exchange" n / "exchange" v, "decision" / "decide").</summary>
    Derived,
    /// <summary>WordNet similar adjectives or verbs of one group.</summary>
    Similar,
    /// <summary>One is a WordNet hypernym of the other ("share" / "give").</summary>
    Hypernym,
    /// <summary>A long common stem without a dictionary ("negotiations" / "negotiators").</summary>
    Stem,
}

public static class MatchKinds
{
    /// <summary>How much an alignment of this kind says the two words mean the same (used to weight coverage and to pick between rival alignments).</summary>
    public static double Strength(this MatchKind kind) => kind switch
    {
        MatchKind.Exact or MatchKind.Number => 1.0,
        MatchKind.Spelling or MatchKind.Lemma => 0.95,
        MatchKind.Entity => 0.9,
        MatchKind.Synonym => 0.85,
        MatchKind.Derived => 0.75,
        MatchKind.Similar => 0.7,
        MatchKind.Hypernym => 0.6,
        MatchKind.Stem => 0.6,
        _ => 0,
    };
}
