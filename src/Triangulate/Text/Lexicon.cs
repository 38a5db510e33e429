using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Triangulate.Model;

namespace Triangulate.Text;

/// <summary>
/// Interns word types: each distinct surface string becomes one <see cref="Lexeme"/> whose norm, shape,
/// flags and hash are computed once. Lookups go by <see cref="ReadOnlySpan{T}"/> so the tokenizer
/// allocates a string only for a word type it has never seen. Thread-safe; one per process is enough.
/// </summary>
public sealed class Lexicon
{
    private readonly ConcurrentDictionary<string, Lexeme> byText = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lexeme>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private readonly StopWords stopWords;
    private int nextId;

    public Lexicon(StopWords stopWords)
    {
        this.stopWords = stopWords;
        bySpan = byText.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The process-wide lexicon over the bundled stop-word list.</summary>
    public static Lexicon Shared => shared.Value;
    private static readonly Lazy<Lexicon> shared = new(() => new Lexicon(StopWords.English));

    public int Count => byText.Count;

    public Lexeme Get(ReadOnlySpan<char> text)
    {
        if (bySpan.TryGetValue(text, out var lexeme)) return lexeme;
        return Add(text.ToString());
    }

    public Lexeme Get(string text) => byText.TryGetValue(text, out var lexeme) ? lexeme : Add(text);

    private Lexeme Add(string text)
    {
        string norm = Normalise(text);
        string lower = text.ToLowerInvariant();
        var flags = FlagsOf(text);
        if (stopWords.Contains(norm)) flags |= LexemeFlags.Stop;
        var candidate = new Lexeme(Interlocked.Increment(ref nextId) - 1, text, norm, lower, ShapeOf(text), flags, StableHash.Of(norm));
        return byText.GetOrAdd(text, candidate);
    }

    /// <summary>
    /// The matching form of a word: lower case, NFC, curly quotes/apostrophes straightened, dashes unified,
    /// soft hyphens and zero-width characters dropped. Diacritics are kept (they can tell names apart).
    /// </summary>
    public static string Normalise(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4': sb.Append('\''); break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033': sb.Append('"'); break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212': sb.Append('-'); break;
                case '\u2014' or '\u2015': sb.Append("--"); break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF': break;
                default: sb.Append(char.ToLowerInvariant(c)); break;
            }
        }
        string s = sb.ToString();
        return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Removes diacritics ("Zelenskyy" stays, "Müller" → "muller"): transliteration-tolerant matching.</summary>
    public static string Fold(string norm)
    {
        var decomposed = norm.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    internal static LexemeFlags FlagsOf(ReadOnlySpan<char> text)
    {
        int letters = 0, upper = 0, lower = 0, digits = 0, other = 0;
        var flags = LexemeFlags.None;
        foreach (char c in text)
        {
            if (char.IsLetter(c)) { letters++; if (char.IsUpper(c)) upper++; else if (char.IsLower(c)) lower++; }
            else if (char.IsDigit(c)) digits++;
            else
            {
                other++;
                if (c is '-' or '\u2010' or '\u2011') flags |= LexemeFlags.HasHyphen;
                else if (c == '.') flags |= LexemeFlags.HasPeriod;
                else if (c is '\'' or '\u2019') flags |= LexemeFlags.HasApostrophe;
            }
        }
        if (letters > 0 && digits == 0 && other == 0) flags |= LexemeFlags.Alpha;
        if (digits > 0) flags |= LexemeFlags.HasDigit;
        if (digits > 0 && letters == 0 && other == 0) flags |= LexemeFlags.Digit;
        if (letters > 0)
        {
            if (upper == letters) flags |= LexemeFlags.Upper;
            else if (lower == letters) flags |= LexemeFlags.Lower;
            else if (char.IsUpper(FirstLetter(text))) flags |= LexemeFlags.Title;
        }
        if (letters == 0 && digits == 0 && other > 0) flags |= LexemeFlags.Punct;
        return flags;
    }

    private static char FirstLetter(ReadOnlySpan<char> text)
    {
        foreach (char c in text) if (char.IsLetter(c)) return c;
        return ' ';
    }

    /// <summary>Word shape with runs collapsed: X upper, x lower, d digit, other characters as they are.</summary>
    public static string ShapeOf(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        int n = 0;
        char last = '\0';
        foreach (char c in text)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last && s is 'X' or 'x' or 'd') continue;
            if (n == buffer.Length) break;
            buffer[n++] = s;
            last = s;
        }
        return new string(buffer[..n]);
    }
}
