using System.Text;
using Triangulate.Text;

namespace Triangulate.Compare.Entities;

/// <summary>
/// Spelling-tolerant keys for names, so that transliteration variants meet: "Zelenskyy" / "Zelensky",
/// "Andriy" / "Andrii", "Dmitri" / "Dmitry", "Oleksandr" / "Olexandr". The rules fold what romanisation
/// systems disagree on (doubled letters, i/y/ii/iy endings, ks/x, kh/h, diacritics), nothing more:
/// "Sybiha" and "Sibiga" stay apart.
/// </summary>
public static class NameKey
{
    /// <summary>The key of one name word.</summary>
    public static string OfWord(string word)
    {
        string w = Lexicon.Fold(Lexicon.Normalise(word));
        var sb = new StringBuilder(w.Length);
        foreach (char c in w)
            if (char.IsLetterOrDigit(c)) sb.Append(c);
        w = sb.ToString()
            .Replace("ks", "x", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("yy", "y", StringComparison.Ordinal);
        // Collapse doubled letters ("Zelenskyy" was handled above; "Hassan"/"Hasan").
        sb.Clear();
        foreach (char c in w)
            if (sb.Length == 0 || sb[^1] != c) sb.Append(c);
        w = sb.ToString();
        // Word-final i/y/iy/yi/ii: "Andriy", "Andrii", "Dmitry", "Dmitri" all end alike.
        if (w.Length > 3)
        {
            if (w.EndsWith("iy", StringComparison.Ordinal) || w.EndsWith("yi", StringComparison.Ordinal)) w = w[..^2] + "i";
            else if (w.EndsWith('y')) w = w[..^1] + "i";
        }
        return w;
    }

    /// <summary>Keys of each word of a multi-word name, dropping leading articles ("the Kremlin" → ["kremlin"]).</summary>
    public static string[] OfName(string name)
    {
        var words = name.Split([' ', '\u00A0', '-', '\u2010'], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) words.RemoveAt(0);
        return words.Select(OfWord).Where(k => k.Length > 0).ToArray();
    }

    /// <summary>Upper-case initials of a multi-word name ("North Atlantic Treaty Organization" → "NATO", "United States" → "US").</summary>
    public static string Initials(string name)
    {
        var sb = new StringBuilder();
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase)
                || word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("for", StringComparison.OrdinalIgnoreCase)) continue;
            if (char.IsLetter(word[0])) sb.Append(char.ToUpperInvariant(word[0]));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Country names news writes in a short conventional form that neither spelling nor initials can link to the
    /// full one ("America" for the United States, "Britain" for the United Kingdom). Only unambiguous pairs.
    /// </summary>
    private static readonly Dictionary<string, string> ConventionalNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["America"] = "United States", ["Britain"] = "United Kingdom", ["Great Britain"] = "United Kingdom", ["Holland"] = "Netherlands",
    };

    /// <summary>The full name a conventional short name stands for, or the name itself.</summary>
    public static string Conventional(string name) => ConventionalNames.GetValueOrDefault(name, name);

    /// <summary>A name written as an acronym, dots removed ("U.S." → "US", "NATO" → "NATO"), or null.</summary>
    public static string? AsAcronym(string name)
    {
        string compact = name.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return compact.Length is >= 2 and <= 6 && compact.All(char.IsUpper) ? compact : null;
    }

    /// <summary>Do two single name words match allowing for transliteration (key equality, or near-equal long keys)?</summary>
    public static bool WordsMatch(string keyA, string keyB)
    {
        if (keyA == keyB) return true;
        if (keyA.Length < 6 || keyB.Length < 6) return false;
        return JaroWinkler(keyA, keyB) >= 0.94;
    }

    /// <summary>Jaro–Winkler similarity (0..1): tolerant of one or two letters' difference in long names.</summary>
    public static double JaroWinkler(string a, string b)
    {
        if (a == b) return 1;
        int range = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        Span<bool> aMatched = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bMatched = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];
        int matches = 0;
        for (int i = 0; i < a.Length; i++)
        {
            for (int j = Math.Max(0, i - range); j < Math.Min(b.Length, i + range + 1); j++)
            {
                if (bMatched[j] || a[i] != b[j]) continue;
                aMatched[i] = bMatched[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;
        int transpositions = 0, k = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (!aMatched[i]) continue;
            while (!bMatched[k]) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }
        double m = matches;
        double jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
