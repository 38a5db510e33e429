using System.Collections.Concurrent;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Extract.Tagging;

/// <summary>
/// The hashed lexical values of a word type that the taggers' features are made of (norm, exact form,
/// shape, prefixes, suffixes, case class), computed once per <see cref="Lexeme"/> and cached (spaCy's
/// per-lexeme attributes): a word seen a thousand times is analysed once.
/// </summary>
public sealed class LexemeFeatures
{
    public const int AffixLengths = 4;

    private static readonly ConcurrentDictionary<Lexeme, LexemeFeatures> Cache = new(ReferenceEqualityComparer.Instance);

    private LexemeFeatures(Lexeme lexeme)
    {
        string norm = lexeme.Norm;
        bool punct = lexeme.Is(LexemeFlags.Punct);
        // Punctuation is compared by its norm so that curly and straight quotes, and dash variants, share features.
        string form = punct ? norm : lexeme.Text;
        Norm = StableHash.Of(DigitsFolded(norm));
        Form = StableHash.Of(form);
        Shape = StableHash.Of(punct ? norm : lexeme.Shape);
        Prefixes = new ulong[AffixLengths];
        Suffixes = new ulong[AffixLengths];
        for (int k = 1; k <= AffixLengths; k++)
        {
            Prefixes[k - 1] = norm.Length >= k ? StableHash.Of(norm.AsSpan(0, k)) : 0;
            Suffixes[k - 1] = norm.Length >= k ? StableHash.Of(norm.AsSpan(norm.Length - k)) : 0;
        }
        Case = lexeme.Is(LexemeFlags.Upper) ? CaseClass.Upper
             : lexeme.Is(LexemeFlags.Title) ? CaseClass.Title
             : lexeme.Is(LexemeFlags.Lower) ? CaseClass.Lower
             : CaseClass.None;
        Length = norm.Length;
    }

    public static LexemeFeatures Of(Lexeme lexeme) =>
        Cache.TryGetValue(lexeme, out var f) ? f : Cache.GetOrAdd(lexeme, static l => new LexemeFeatures(l));

    /// <summary>Hash of the norm with digits folded to '0' ("1996" and "1997" share it).</summary>
    public ulong Norm { get; }
    /// <summary>Hash of the exact surface form (case kept).</summary>
    public ulong Form { get; }
    public ulong Shape { get; }
    /// <summary>Hashes of the first 1..4 characters of the norm (0 when the word is shorter).</summary>
    public ulong[] Prefixes { get; }
    public ulong[] Suffixes { get; }
    public CaseClass Case { get; }
    public int Length { get; }

    private static string DigitsFolded(string s)
    {
        if (!s.AsSpan().ContainsAnyInRange('1', '9')) return s;
        return string.Create(s.Length, s, static (span, src) =>
        {
            for (int i = 0; i < src.Length; i++) span[i] = char.IsAsciiDigit(src[i]) ? '0' : src[i];
        });
    }
}

public enum CaseClass : byte
{
    None,
    Lower,
    Title,
    Upper,
}
