namespace Triangulate.Ingest.Html;

/// <summary>
/// The words in an element's class and id ("c-article__share-bar" → c, article, share, bar; "relatedLinks" →
/// related, links), lower-cased. Boilerplate is recognised by whole words, not substrings, so "share" does not
/// catch "shareholders" and "ad" does not catch "header" or "lead".
/// </summary>
internal sealed class ClassTokens
{
    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public ClassTokens(params string[] words)
    {
        this.words = new HashSet<string>(words, StringComparer.Ordinal);
        lookup = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The first word of the class or id that is in this set, or null.</summary>
    public string? Match(string? classes, string? id) => MatchIn(classes) ?? MatchIn(id);

    private string? MatchIn(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        Span<char> word = stackalloc char[40];
        int length = 0;
        for (int i = 0; i <= value.Length; i++)
        {
            char c = i < value.Length ? value[i] : ' ';
            bool letter = char.IsAsciiLetterOrDigit(c);
            // camelCase starts a word too ("shareBar"), but "ABC" stays one word.
            bool boundary = !letter || (char.IsAsciiLetterUpper(c) && i > 0 && char.IsAsciiLetterLower(value[i - 1]));
            if (boundary && length > 0)
            {
                if (length <= word.Length && lookup.TryGetValue(word[..length], out var found)) return found;
                length = 0;
            }
            if (letter)
            {
                if (length < word.Length) word[length] = char.ToLowerInvariant(c);
                length++;
            }
        }
        return null;
    }
}
