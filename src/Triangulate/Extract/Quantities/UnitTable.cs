using System.Collections.Frozen;
using System.Globalization;
using Triangulate.Resources;

namespace Triangulate.Extract.Quantities;

/// <summary>A unit a form names: "km" → (km, length, 1000); "dollars" → (USD, currency).</summary>
/// <param name="Unit">ISO 4217 code for currencies, convert-units' key for measures ("km", "lb", "mt").</param>
/// <param name="Measure">"currency", "length", "mass", "area", "volume", "speed", "temperature", "power", "energy".</param>
/// <param name="Factor">Multiplier to the measure's metric anchor (m, g, m², l, km/h, W, J); null when values
/// cannot be converted by a ratio (currencies, temperatures).</param>
public sealed record UnitInfo(string Unit, string Measure, double? Factor)
{
    public bool IsCurrency => Measure == "currency";
}

/// <summary>
/// The bundled unit and currency table (built by <see cref="UnitTableBuilder"/> from npm packages; see
/// docs/RESOURCES.md). Codes and abbreviations match case-sensitively ("MW" megawatt, "mW" milliwatt, "USD"),
/// names by their lower-case norm; multi-word names ("pound sterling", "square kilometres") match as phrases.
/// </summary>
public sealed class UnitTable
{
    private readonly FrozenDictionary<string, UnitInfo[]> forms;
    private readonly FrozenDictionary<string, UnitInfo[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly FrozenDictionary<string, UnitInfo> byUnit;
    private readonly FrozenDictionary<string, int> phraseLengths;

    public UnitTable(IEnumerable<string> lines)
    {
        var map = new Dictionary<string, List<UnitInfo>>(StringComparer.Ordinal);
        int longest = 1;
        foreach (var line in lines)
        {
            var cols = line.Split('\t');
            if (cols.Length < 4) throw new InvalidDataException($"{UnitTableBuilder.FileName}: bad line '{line}' (want 4 tab-separated columns)");
            double? factor = cols[3].Length == 0 ? null : double.Parse(cols[3], CultureInfo.InvariantCulture);
            if (!map.TryGetValue(cols[0], out var list)) map[cols[0]] = list = [];
            list.Add(new UnitInfo(cols[1], cols[2], factor));
            longest = Math.Max(longest, cols[0].Count(c => c == ' ') + 1);
        }
        forms = map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        // Multi-word forms by their first word, with the most words any of them has: most words start none.
        phraseLengths = map.Keys.Where(k => k.Contains(' ')).GroupBy(k => k[..k.IndexOf(' ')], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Max(k => k.Count(c => c == ' ') + 1), StringComparer.Ordinal);
        byUnit = map.Values.SelectMany(v => v).DistinctBy(u => u.Unit).ToFrozenDictionary(u => u.Unit, StringComparer.Ordinal);
        lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestForm = longest;
    }

    public static UnitTable Shared => shared.Value;
    private static readonly Lazy<UnitTable> shared = new(() => new UnitTable(BundledResource.ReadLines(UnitTableBuilder.FileName)));

    /// <summary>The most words in any form ("square kilometer" has two, "us dollar" two).</summary>
    public int LongestForm { get; }

    /// <summary>The most words of a multi-word form starting with <paramref name="firstWord"/> (a norm), or 1.</summary>
    public int LongestFormStartingWith(string firstWord) => phraseLengths.TryGetValue(firstWord, out int n) ? n : 1;

    /// <summary>Units named by <paramref name="form"/> exactly as written (codes, abbreviations), else by
    /// <paramref name="norm"/> (names); empty when neither is a unit.</summary>
    public ReadOnlySpan<UnitInfo> Find(ReadOnlySpan<char> form, ReadOnlySpan<char> norm)
    {
        if (lookup.TryGetValue(form, out var units)) return units;
        if (lookup.TryGetValue(norm, out units)) return units;
        return default;
    }

    /// <summary>What a unit key ("km", "USD", "mt") is: its measure and factor; null when the table does not know it.</summary>
    public UnitInfo? Info(string unit) => byUnit.TryGetValue(unit, out var info) ? info : null;

    public ReadOnlySpan<UnitInfo> Find(string phrase) => lookup.TryGetValue(phrase, out var units) ? units : default;
}
