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
    /// <summary>"about", "around", "some", "roughly", "an estimated", "or so": approximate, either side.</summary>
    About,
    /// <summary>"nearly", "almost", "close to", "just under": approximate and from below (a little less).</summary>
    Nearly,
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
    /// <summary>"half", "two-thirds", "a quarter": a proportion in [0, 1].</summary>
    Fraction,
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

    /// <summary>What happened to what is counted, as the lemma of the governing verb or adjective
    /// ("kill", "injure", "intercept", "dead"), when the clause says.</summary>
    public string? Event { get; init; }
    public TextSpan? EventSpan { get; init; }

    /// <summary>The text of the whole expression: hedge, number, unit and counted noun ("at least 17 others").</summary>
    public required string Text { get; init; }

    public int Sentence { get; init; }

    /// <summary>Where the number itself is ("17", "three", "1.5 million", "30-day").</summary>
    public TextSpan ValueSpan { get; init; }

    /// <summary>A vague quantity ("dozens of", "several", "hundreds of"): <see cref="Value"/> and
    /// <see cref="UpperValue"/> give the range the word conventionally covers.</summary>
    public bool Vague { get; init; }

    /// <summary>For a compound adjective ("30-day ceasefire", "a three-year deal"): the lemma of the noun it
    /// modifies, and where that noun is.</summary>
    public string? Modifies { get; init; }
    public TextSpan? ModifiesSpan { get; init; }

    /// <summary>When <see cref="Counted"/> was resolved from an earlier quantity ("at least one person was
    /// killed … and 17 others were injured"): the span of the anaphor ("others"). <see cref="CountedSpan"/>
    /// then points at the antecedent noun.</summary>
    public TextSpan? AnaphorSpan { get; init; }
}

public enum DateGranularity : byte
{
    Day,
    Month,
    Year,
    /// <summary>A time of day on a known date.</summary>
    Time,
    /// <summary>An ISO week ("last week" → "2025-W10").</summary>
    Week,
    /// <summary>A season ("the spring of 2022" → "2022-03/2022-05", an ISO 8601 interval of months).</summary>
    Season,
    /// <summary>A decade ("the 1990s" → "199", ISO 8601's decade form).</summary>
    Decade,
    /// <summary>A period with no definite bounds ("in recent days", "in the coming weeks"): never normalised.</summary>
    Vague,
}

/// <summary>How a date bounds what the sentence says: "since 2014", "until March", "before Tuesday".</summary>
public enum DateRelation : byte
{
    /// <summary>The event is at the date ("on Tuesday", "in August 2024").</summary>
    At,
    /// <summary>"since 2014", "from March": from the date on.</summary>
    Since,
    /// <summary>"until", "through", "by": up to the date.</summary>
    Until,
    /// <summary>"before", "prior to", "ahead of".</summary>
    Before,
    /// <summary>"after", "following".</summary>
    After,
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

    /// <summary>The first and last day the mention covers, when it can be placed ("August 2024" →
    /// 2024-08-01..2024-08-31): what timelines sort by and conflict checks overlap.</summary>
    public DateOnly? Earliest { get; init; }
    public DateOnly? Latest { get; init; }

    public DateRelation Relation { get; init; }

    /// <summary>The text allows another reading that was not taken: a numeric date whose day and month could be
    /// swapped ("3/11/2025" is read month first), or a year-less date placed by the nearest-year rule.</summary>
    public bool Ambiguous { get; init; }
}
