using System.Collections.Frozen;
using System.Globalization;

namespace Triangulate.Text;

/// <summary>
/// Words that take a period without ending a sentence. This is a tokenisation rule table (AP-style
/// titles, month and US-state abbreviations, company suffixes), not a lexicon: it decides whether
/// "Gen." is one token, and whether the period after it may end a sentence.
/// </summary>
public static class Abbreviations
{
    /// <summary>Abbreviations that precede a name or number and so never end a sentence ("Mr. Smith", "No. 10").</summary>
    private static readonly FrozenSet<string> Prefixing = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cmdr", "adm", "gov", "sen",
        "rep", "rev", "hon", "pres", "supt", "det", "insp", "st", "mt", "ft", "messrs", "mme", "mlle", "atty",
        "gens", "sens", "reps", "cpl", "pvt", "brig", "cdr", "lt.col", "fr", "sr", "jr", "no", "nos", "vol", "fig", "pp", "p",
        "vs", "v", "approx", "ca", "cf",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that may also end a sentence ("... Apple Inc. The company").</summary>
    private static readonly FrozenSet<string> Trailing = MonthAbbreviations().Concat(new[]
    {
        "inc", "corp", "co", "ltd", "bros", "plc", "llc", "etc", "est", "dept", "univ", "assn", "ave", "blvd", "rd",
        "jr", "sr", "esq", "al", "ph.d", "a.m", "p.m", "e.g", "i.e",
        // AP state abbreviations.
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
        "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
        "vt", "wash", "wis", "wyo",
    }).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixingLookup = Prefixing.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TrailingLookup = Trailing.GetAlternateLookup<ReadOnlySpan<char>>();

    private static IEnumerable<string> MonthAbbreviations() =>
        CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames.Where(m => m.Length > 0)
            .Select(m => m.ToLowerInvariant()).Append("sept");

    /// <summary>Is <paramref name="word"/> (without its period) an abbreviation that takes a period?</summary>
    public static bool TakesPeriod(ReadOnlySpan<char> word) => PrefixingLookup.Contains(word) || TrailingLookup.Contains(word);

    /// <summary>An abbreviation after which a sentence never ends (titles, "No.", "vs.").</summary>
    public static bool IsPrefixing(ReadOnlySpan<char> wordWithoutPeriod) => PrefixingLookup.Contains(wordWithoutPeriod);

    /// <summary>A month abbreviation ("Feb") — a date follows, or a sentence may end.</summary>
    public static bool IsMonth(ReadOnlySpan<char> word)
    {
        foreach (var m in MonthAbbreviations()) if (word.Equals(m, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
