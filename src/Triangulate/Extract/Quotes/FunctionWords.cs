using System.Collections.Frozen;

namespace Triangulate.Extract.Quotes;

/// <summary>
/// The closed word classes the speaker-phrase reader needs to find phrase edges: determiners, subject
/// pronouns, prepositions, and the auxiliaries and adverbs that sit between a speaker and the cue ("has also
/// said"). Like <see cref="Text.Abbreviations"/> this is a grammar table, not a lexicon: these classes are
/// small, fixed and the same in every English text, while everything open-ended (cue verbs, speaker nouns)
/// is learned (<see cref="QuoteLexicon"/>). Used only when no part-of-speech tags are present, or to split a
/// tag class (PRP into he/she/it/they).
/// </summary>
internal static class FunctionWords
{
    public static readonly FrozenSet<string> Determiners = new[]
    {
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "another", "some", "each", "every", "both", "several", "many", "most", "other", "one", "two", "three", "no",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Pronouns that can stand for a speaker.</summary>
    public static readonly FrozenSet<string> SubjectPronouns = new[] { "he", "she", "it", "they", "i", "we", "you" }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Relatives = new[] { "who", "which", "that", "whom" }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Prepositions = new[]
    {
        "in", "on", "at", "to", "for", "with", "from", "by", "of", "during", "after", "before", "about", "over", "under",
        "through", "via", "into", "since", "against", "among", "across", "behind", "near", "until", "within", "without", "per",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words between a speaker and the cue verb that belong to neither: auxiliaries, negation, sentence adverbs.</summary>
    public static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "could", "should", "may", "might", "can", "did", "does", "do",
        "also", "later", "then", "again", "further", "once", "still", "never", "not", "n't", "just", "even", "first", "often", "already", "soon", "long",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Conjunctions = new[] { "and", "but", "or", "while", "as", "because", "although", "though", "so", "yet" }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsMale(string norm) => norm is "he" or "him" or "his" or "mr." or "mr";
    public static bool IsFemale(string norm) => norm is "she" or "her" or "hers" or "mrs." or "ms." or "mrs" or "ms" or "miss";
}
