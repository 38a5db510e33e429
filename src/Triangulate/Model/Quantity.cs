namespace Triangulate.Model;

/// <summary>How a number is qualified in the text.</summary>
public enum Hedge : byte
{
    None,
    /// <summary>"at least", "no fewer than": value is a lower bound (≥).</summary>
    AtLeast,
    /// <summary>"over", "more than", "above": strictly more (&gt;).</summary>
    Over,
    /// <summary>"at most", "up to", "no more than": an upper bound (≤).</summary>
    AtMost,
    /// <summary>"under", "fewer than", "less than": strictly less (&lt;).</summary>
    Under,
    /// <summary>"about", "around", "some", "nearly", "roughly": approximate.</summary>
    About,
}

public enum QuantityKind : byte
{
    Count,
    Duration,
    Money,
    Percent,
    Measure,
    Ordinal,
    Year,
}

/// <summary>
/// A number in the text with what it counts: "at least 17 others were injured" → 17, AtLeast, counted
/// "others", event "injured". Ranges ("10 to 12") carry <see cref="UpperValue"/>.
/// </summary>
public sealed record Quantity
{
    public required TextSpan Span { get; init; }
    public required double Value { get; init; }
    public double? UpperValue { get; init; }
    public Hedge Hedge { get; init; }
    public QuantityKind Kind { get; init; }

    /// <summary>Unit for measures, money and durations ("day", "USD", "km").</summary>
    public string? Unit { get; init; }

    /// <summary>The noun counted, as its lemma ("drone", "person"), and where it is.</summary>
    public string? Counted { get; init; }
    public TextSpan? CountedSpan { get; init; }

    /// <summary>What happened to what is counted ("killed", "injured", "intercepted"), when the sentence says.</summary>
    public string? Event { get; init; }

    /// <summary>The text of the whole expression, hedge included ("at least 17 others were injured").</summary>
    public required string Text { get; init; }

    public int Sentence { get; init; }
}

public enum DateGranularity : byte
{
    Day,
    Month,
    Year,
    /// <summary>A time of day on a known date.</summary>
    Time,
}

/// <summary>
/// A date in the text, normalised: "Feb. 24, 2022" → 2022-02-24; "on Tuesday" → the Tuesday on or before
/// the publication date, when it is known (<see cref="Relative"/> is then true).
/// </summary>
public sealed record DateMention
{
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }

    /// <summary>ISO 8601 at the known granularity ("2022-02-24", "2024-08", "2024"); null when it cannot be placed.</summary>
    public string? Normalised { get; init; }
    public DateGranularity Granularity { get; init; }
    public bool Relative { get; init; }
    public int Sentence { get; init; }
}
