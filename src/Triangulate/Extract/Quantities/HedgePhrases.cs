using Triangulate.Model;

namespace Triangulate.Extract.Quantities;

/// <summary>
/// Phrases that qualify a number: a closed class of English grammar, kept as a rule table. Phrases are token
/// norms, longest first so "no more than" wins over "more than".
/// </summary>
internal static class HedgePhrases
{
    /// <summary>Before the number: "at least 17", "over 300", "nearly 40".</summary>
    public static readonly (string[] Words, Hedge Hedge)[] Before = Sorted(
    [
        (["at", "least"], Hedge.AtLeast), (["no", "fewer", "than"], Hedge.AtLeast), (["no", "less", "than"], Hedge.AtLeast),
        (["not", "less", "than"], Hedge.AtLeast), (["not", "fewer", "than"], Hedge.AtLeast), (["a", "minimum", "of"], Hedge.AtLeast),
        (["more", "than"], Hedge.Over), (["over"], Hedge.Over), (["above"], Hedge.Over), (["in", "excess", "of"], Hedge.Over),
        (["upwards", "of"], Hedge.Over), (["upward", "of"], Hedge.Over), (["well", "over"], Hedge.Over), (["just", "over"], Hedge.Over),
        (["well", "above"], Hedge.Over), (["greater", "than"], Hedge.Over), (["exceeding"], Hedge.Over),
        (["at", "most"], Hedge.AtMost), (["no", "more", "than"], Hedge.AtMost), (["not", "more", "than"], Hedge.AtMost),
        (["up", "to"], Hedge.AtMost), (["as", "many", "as"], Hedge.AtMost), (["as", "much", "as"], Hedge.AtMost),
        (["a", "maximum", "of"], Hedge.AtMost),
        (["fewer", "than"], Hedge.Under), (["less", "than"], Hedge.Under), (["under"], Hedge.Under), (["below"], Hedge.Under),
        (["just", "under"], Hedge.Nearly), (["nearly"], Hedge.Nearly), (["almost"], Hedge.Nearly), (["close", "to"], Hedge.Nearly),
        (["just", "shy", "of"], Hedge.Nearly), (["approaching"], Hedge.Nearly),
        (["about"], Hedge.About), (["around"], Hedge.About), (["roughly"], Hedge.About), (["approximately"], Hedge.About),
        (["approx."], Hedge.About), (["some"], Hedge.About), (["an", "estimated"], Hedge.About), (["estimated"], Hedge.About),
        (["circa"], Hedge.About), (["ca."], Hedge.About), (["c."], Hedge.About), (["~"], Hedge.About),
    ]);

    /// <summary>After the number or its noun: "300 or more", "40 or so", "a dozen-odd", "300-plus".</summary>
    public static readonly (string[] Words, Hedge Hedge)[] After = Sorted(
    [
        (["or", "more"], Hedge.AtLeast), (["and", "counting"], Hedge.AtLeast), (["or", "so"], Hedge.About), (["plus"], Hedge.AtLeast),
        (["+"], Hedge.AtLeast), (["or", "fewer"], Hedge.AtMost), (["or", "less"], Hedge.AtMost), (["odd"], Hedge.About),
        (["at", "least"], Hedge.AtLeast), (["at", "most"], Hedge.AtMost),
    ]);

    /// <summary>Suffixes of compound numbers: "300-plus", "30-odd".</summary>
    public static Hedge CompoundSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Equals("plus", StringComparison.OrdinalIgnoreCase) ? Hedge.AtLeast
        : suffix.Equals("odd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("some", StringComparison.OrdinalIgnoreCase) ? Hedge.About
        : Hedge.None;

    private static (string[] Words, Hedge Hedge)[] Sorted((string[] Words, Hedge Hedge)[] phrases) =>
        phrases.OrderByDescending(p => p.Words.Length).ToArray();
}
