using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Ingest;

/// <summary>Publication dates as metadata writes them: ISO 8601, RFC 1123 (feeds), "March 11, 2025 10:00 EST".</summary>
public static partial class DateParser
{
    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero,
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6), ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7),
        ["BST"] = TimeSpan.FromHours(1), ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2), ["EET"] = TimeSpan.FromHours(2),
        ["EEST"] = TimeSpan.FromHours(3), ["MSK"] = TimeSpan.FromHours(3),
    };

    /// <summary>Parses a date; <paramref name="hasTime"/> says whether a time of day was given.</summary>
    public static bool TryParse(string? value, out DateTimeOffset result, out bool hasTime)
    {
        result = default;
        hasTime = false;
        if (string.IsNullOrWhiteSpace(value)) return false;
        string s = value.Trim();

        var zone = TrailingZone().Match(s);
        TimeSpan? offset = null;
        if (zone.Success && Zones.TryGetValue(zone.Groups[1].Value, out var z))
        {
            offset = z;
            s = s[..zone.Index].TrimEnd();
        }

        hasTime = HasTime().IsMatch(s);
        var styles = DateTimeStyles.AllowWhiteSpaces | (offset is null ? DateTimeStyles.AssumeUniversal : DateTimeStyles.None);
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, styles, out result)
            || DateTimeOffset.TryParse(s.Replace(" at ", " ", StringComparison.OrdinalIgnoreCase), CultureInfo.InvariantCulture, styles, out result))
        {
            if (offset is { } o) result = new DateTimeOffset(result.DateTime, o);
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"\s([A-Z]{1,4})$")]
    private static partial Regex TrailingZone();

    [GeneratedRegex(@"\d{1,2}:\d{2}")]
    private static partial Regex HasTime();
}
