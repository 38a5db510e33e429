using System.Collections.Frozen;
using System.Globalization;

namespace Triangulate.Extract.Quantities;

/// <summary>
/// English number words: a closed class of the grammar (like the hedge phrases and the time units), so a rule
/// table in code rather than a lexicon. Lookups take a token's norm (lower case, dashes unified).
/// </summary>
internal static class NumberWords
{
    private static readonly string[] UnitWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] TensWords = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly FrozenDictionary<string, int> Cardinals = BuildCardinals();

    /// <summary>Multipliers written as words or news abbreviations ("$5bn", "3.2 mln").</summary>
    private static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["mln"] = 1e6, ["mn"] = 1e6, ["bn"] = 1e9, ["bln"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Suffixes glued to digits that scale them ("5bn", "20m", "10k"). "m" and "k" count only glued:
    /// "5 m" more often means metres.</summary>
    private static readonly FrozenDictionary<string, double> GluedScales = new Dictionary<string, double>
    {
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["bn"] = 1e9, ["b"] = 1e9, ["bln"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Ordinals = BuildOrdinals();

    /// <summary>Plural number nouns used as vague quantities, with the range they conventionally cover:
    /// "dozens" is at least two dozen and below a hundred (else one would say "hundreds").</summary>
    private static readonly FrozenDictionary<string, (double Low, double High)> VaguePlurals = new Dictionary<string, (double, double)>
    {
        ["dozens"] = (24, 99), ["scores"] = (40, 199), ["hundreds"] = (200, 999), ["thousands"] = (2_000, 9_999),
        ["millions"] = (2e6, 999e6), ["billions"] = (2e9, 999e9),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Vague determiners before a plural noun. "several" is read as 3 to 9, "a few" as 2 to 5, "a handful"
    /// as 2 to 6: conventional readings, wide enough that only a clearly different figure conflicts.</summary>
    private static readonly FrozenDictionary<string, (double Low, double High)> VagueDeterminers = new Dictionary<string, (double, double)>
    {
        ["several"] = (3, 9), ["few"] = (2, 5), ["handful"] = (2, 6), ["couple"] = (2, 2), ["dozen"] = (12, 12),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Denominators = new Dictionary<string, int>
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fourth"] = 4, ["fourths"] = 4,
        ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6, ["seventh"] = 7, ["sevenths"] = 7, ["eighth"] = 8, ["eighths"] = 8,
        ["ninth"] = 9, ["ninths"] = 9, ["tenth"] = 10, ["tenths"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CardinalLookup = Cardinals.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, int> BuildCardinals()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < UnitWords.Length; i++) map[UnitWords[i]] = i;
        for (int t = 2; t < 10; t++)
        {
            map[TensWords[t]] = t * 10;
            for (int u = 1; u < 10; u++) map[TensWords[t] + "-" + UnitWords[u]] = t * 10 + u; // "twenty-five"
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, int> BuildOrdinals()
    {
        string[] first = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        string[] tens = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 1; i < first.Length; i++) map[first[i]] = i;
        for (int t = 2; t < 10; t++)
        {
            map[tens[t]] = t * 10;
            for (int u = 1; u < 10; u++) map[TensWords[t] + "-" + first[u]] = t * 10 + u; // "twenty-first"
        }
        map["hundredth"] = 100;
        map["thousandth"] = 1000;
        map["millionth"] = 1_000_000;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every word that can open a number written in words ("three", "a", "dozens", "first", "half",
    /// "several", "tens"): one lookup lets the finders skip all other words at once.</summary>
    private static readonly FrozenSet<string> Openers = Cardinals.Keys.Concat(Ordinals.Keys).Concat(VaguePlurals.Keys)
        .Concat(["a", "an", "half", "tens", "several"]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Can a number in words start with this word (or, for "three-year", with its part before the hyphen)?</summary>
    public static bool CanOpen(string norm)
    {
        if (OpenerLookup.Contains(norm)) return true;
        int dash = norm.IndexOf('-');
        return dash > 0 && OpenerLookup.Contains(norm.AsSpan(0, dash));
    }

    public static bool TryCardinal(string norm, out int value) => Cardinals.TryGetValue(norm, out value);
    public static bool TryCardinal(ReadOnlySpan<char> norm, out int value) => CardinalLookup.TryGetValue(norm, out value);
    public static bool TryScale(string norm, out double scale) => Scales.TryGetValue(norm, out scale);
    public static bool TryGluedScale(string suffix, out double scale) => GluedScales.TryGetValue(suffix, out scale);
    public static bool TryOrdinal(string norm, out int value) => Ordinals.TryGetValue(norm, out value);
    public static bool TryVaguePlural(string norm, out (double Low, double High) range) => VaguePlurals.TryGetValue(norm, out range);
    public static bool TryVagueDeterminer(string norm, out (double Low, double High) range) => VagueDeterminers.TryGetValue(norm, out range);
    public static bool TryDenominator(string norm, out int denominator) => Denominators.TryGetValue(norm, out denominator);

    /// <summary>"1,234.5" → 1234.5. Commas must group thousands; a second period ("2.0.1", a version) fails.</summary>
    public static bool TryDigits(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        if (text.IsEmpty || !char.IsAsciiDigit(text[0])) return false;
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        int n = 0, periods = 0, sinceComma = -1;
        foreach (char c in text)
        {
            if (n == buffer.Length) return false;
            if (char.IsAsciiDigit(c)) { buffer[n++] = c; if (sinceComma >= 0) sinceComma++; continue; }
            if (c == ',')
            {
                if (periods > 0 || (sinceComma >= 0 && sinceComma != 3)) return false;
                sinceComma = 0;
                continue;
            }
            if (c == '.') { if (++periods > 1 || (sinceComma >= 0 && sinceComma != 3)) return false; sinceComma = -1; buffer[n++] = c; continue; }
            return false;
        }
        if (sinceComma >= 0 && sinceComma != 3) return false;
        return double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>"21st", "2nd", "103rd" → the ordinal's value; the suffix must agree with the number.</summary>
    public static bool TryDigitOrdinal(string text, out int value)
    {
        value = 0;
        if (text.Length < 3 || !char.IsAsciiDigit(text[0])) return false;
        var suffix = text.AsSpan(text.Length - 2);
        var digits = text.AsSpan(0, text.Length - 2);
        foreach (char c in digits) if (!char.IsAsciiDigit(c)) return false;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value)) return false;
        int lastTwo = value % 100, last = value % 10;
        string expected = lastTwo is 11 or 12 or 13 ? "th" : last switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return suffix.Equals(expected, StringComparison.OrdinalIgnoreCase);
    }
}
