using System.Text;
using Triangulate.Text;

namespace Triangulate.Extract.Entities;

/// <summary>
/// Compares person names written by different outlets, tolerant of transliteration: diacritics folded
/// ("Müller" = "Muller"), apostrophes dropped ("Kyiv'" forms), doubled letters collapsed ("Zelenskyy" =
/// "Zelensky"), the Slavic name endings -iy / -ii / -yi / -y / -i unified ("Andriy" = "Andrii", "Dmitri" =
/// "Dmitry"), and a few systematic romanisation pairs (w/v, ph/f, kh/h, j/y before a vowel). Used within an article
/// to group mentions and across articles (the story level) to merge entities.
/// </summary>
public static class NameMatcher
{
    /// <summary>The matching key of one name token: equal keys mean "the same name, spelled differently".</summary>
    public static string Key(string token)
    {
        string s = Lexicon.Fold(Lexicon.Normalise(token));
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
            if (char.IsLetterOrDigit(c)) sb.Append(c);
        s = sb.ToString();
        if (s.Length == 0) return s;
        s = s.Replace("kh", "h").Replace("ph", "f").Replace('w', 'v');
        // j before a vowel is the y sound in most romanisations of Slavic names (Jurij / Yuriy).
        sb.Clear();
        for (int i = 0; i < s.Length; i++)
            sb.Append(s[i] == 'j' && i + 1 < s.Length && "aeiou".Contains(s[i + 1]) ? 'y' : s[i]);
        s = sb.ToString();
        // Name-final i / y runs: -iy, -ii, -yi, -yy, -y, -i → i.
        int end = s.Length;
        while (end > 0 && s[end - 1] is 'i' or 'y' or 'j') end--;
        if (end < s.Length && end > 1) s = s[..end] + "i";
        // Doubled letters collapse (Zelenskyy's inner y's are handled above; "Hollande" / "Holande").
        sb.Clear();
        foreach (char c in s)
            if (sb.Length == 0 || sb[^1] != c) sb.Append(c);
        return sb.ToString();
    }

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
