namespace Triangulate.Text;

/// <summary>The coarse word class a lemma is wanted for (WordNet's four, plus "any").</summary>
public enum WordClass : byte
{
    Any,
    Noun,
    Verb,
    Adjective,
    Adverb,
}
