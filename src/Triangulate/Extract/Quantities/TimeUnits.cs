using System.Collections.Frozen;

namespace Triangulate.Extract.Quantities;

/// <summary>
/// Units of time for durations ("30-day", "three years", "two weeks"): a closed class, with calendar units
/// (month, decade) that unit packages lack. Lengths in days; months and years are their Gregorian averages,
/// so comparing "30 days" with "a month" is approximate by nature.
/// </summary>
internal static class TimeUnits
{
    private static readonly (string Singular, string Plural, double Days)[] Units =
    [
        ("second", "seconds", 1.0 / 86_400), ("minute", "minutes", 1.0 / 1_440), ("hour", "hours", 1.0 / 24),
        ("day", "days", 1), ("week", "weeks", 7), ("fortnight", "fortnights", 14), ("month", "months", 365.2425 / 12),
        ("year", "years", 365.2425), ("decade", "decades", 3_652.425), ("century", "centuries", 36_524.25),
        ("millennium", "millennia", 365_242.5),
    ];

    private static readonly FrozenDictionary<string, (string Unit, double Days)> Forms = Units
        .SelectMany(u => new[] { (u.Singular, (u.Singular, u.Days)), (u.Plural, (u.Singular, u.Days)) })
        .Concat([("hrs", ("hour", 1.0 / 24)), ("hr", ("hour", 1.0 / 24)), ("mins", ("minute", 1.0 / 1_440)), ("yrs", ("year", 365.2425))])
        .ToFrozenDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Unit, double Days)>.AlternateLookup<ReadOnlySpan<char>> Lookup = Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(string norm, out string unit, out double days) => TryGet(norm.AsSpan(), out unit, out days);

    public static bool TryGet(ReadOnlySpan<char> norm, out string unit, out double days)
    {
        if (Lookup.TryGetValue(norm, out var u)) { unit = u.Unit; days = u.Days; return true; }
        unit = "";
        days = 0;
        return false;
    }

    /// <summary>Length of <paramref name="unit"/> (a singular name) in days, or 0.</summary>
    public static double DaysOf(string? unit) => unit is not null && Forms.TryGetValue(unit, out var u) ? u.Days : 0;

    /// <summary>Calendar units whose length varies (months, years …): comparisons across units allow for it.</summary>
    public static bool IsCalendar(string? unit) => unit is "month" or "year" or "decade" or "century" or "millennium";
}
