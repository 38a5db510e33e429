namespace Triangulate.Extract.Entities;

/// <summary>
/// Compares person names, tolerant of transliteration ("Zelenskyy" = "Zelensky", "Andriy" = "Andrii", "Dmitri" =
/// "Dmitry", "Müller" = "Muller": the word keys are <see cref="Compare.Entities.NameKey"/>'s), and of short forms:
/// a surname alone or an initial matches the full name. Used within an article to group mentions; usable across
/// articles too.
/// </summary>
public static class NameMatcher
{
    /// <summary>The matching key of one name token: the story level's <see cref="Compare.Entities.NameKey.OfWord"/>, so
    /// that the article and the story group names by the same rule.</summary>
    public static string Key(string token) => Compare.Entities.NameKey.OfWord(token);

    public static bool SameToken(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || Key(a) == Key(b);

    /// <summary>
    /// Whether two person names can be the same person: the last names match, and the given names match or one
    /// is missing or an initial ("Marco Rubio" ~ "Rubio" ~ "M. Rubio"; "Volodymyr Zelenskyy" ~ "Zelensky").
    /// </summary>
    public static bool SamePerson(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        if (!SameToken(a[^1], b[^1])) return false;
        if (a.Count == 1 || b.Count == 1) return true;
        return Compatible(a[0], b[0]);
    }

    private static bool Compatible(string a, string b)
    {
        string ka = Key(a), kb = Key(b);
        if (ka.Length == 0 || kb.Length == 0) return true;
        if (ka == kb) return true;
        bool initialA = a.TrimEnd('.').Length == 1, initialB = b.TrimEnd('.').Length == 1;
        return (initialA || initialB) && ka[0] == kb[0];
    }
}
