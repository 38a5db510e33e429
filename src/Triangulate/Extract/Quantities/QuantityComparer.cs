using System.Collections.Frozen;
using System.Globalization;
using Triangulate.Model;

namespace Triangulate.Extract.Quantities;

/// <summary>How two reports of a quantity relate.</summary>
public enum QuantityRelation
{
    /// <summary>The same figure with the same hedge.</summary>
    Agree,
    /// <summary>Different words, but a value satisfies both: "at least 127 dead" and "130 dead".</summary>
    Compatible,
    /// <summary>A later report gives a higher count of something that only grows (a toll): news, not a contradiction.</summary>
    Update,
    /// <summary>No value satisfies both.</summary>
    Conflict,
    /// <summary>They are not figures for the same thing: other kinds, units, currencies, counted nouns or events.</summary>
    Incomparable,
}

/// <summary>The verdict and, in plain words, why.</summary>
public sealed record QuantityComparison(QuantityRelation Relation, string Reason);

/// <summary>
/// Decides whether two quantities (from two articles, usually) agree, are compatible once their hedges are read,
/// conflict, or show an update in time. Whether the two are about the same fact is the caller's call (claim
/// alignment); this checks only what the quantities themselves say: kind, unit, counted noun, event, values.
/// </summary>
public static class QuantityComparer
{
    /// <summary>Events that report the same outcome in different words ("127 dead", "130 killed", "130 died").
    /// A small closed set for casualty figures, the commonest numbers in conflict.</summary>
    private static readonly FrozenDictionary<string, string> EventClasses = new Dictionary<string, string>
    {
        ["kill"] = "death", ["dead"] = "death", ["die"] = "death", ["died"] = "death", ["death"] = "death", ["slay"] = "death", ["slain"] = "death",
        ["injure"] = "injury", ["wound"] = "injury", ["hurt"] = "injury", ["injury"] = "injury",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static QuantityComparison Compare(Quantity a, Quantity b) => Compare(a, (DateTimeOffset?)null, b, null, UnitTable.Shared);

    /// <summary>Compares with the two articles' publication times (and whether a time of day was known).</summary>
    public static QuantityComparison Compare(Quantity a, Article articleA, Quantity b, Article articleB)
    {
        var (pa, pb) = (articleA.Published, articleB.Published);
        // Two dates without times on the same day cannot be ordered.
        if (pa is { } x && pb is { } y && !(articleA.PublishedHasTime && articleB.PublishedHasTime) && x.UtcDateTime.Date == y.UtcDateTime.Date)
            (pa, pb) = (null, null);
        return Compare(a, pa, b, pb, UnitTable.Shared);
    }

    /// <param name="publishedA">When the report holding <paramref name="a"/> was published, if known to the time
    /// of day that matters; null when unknown. Likewise <paramref name="publishedB"/>.</param>
    public static QuantityComparison Compare(Quantity a, DateTimeOffset? publishedA, Quantity b, DateTimeOffset? publishedB) =>
        Compare(a, publishedA, b, publishedB, UnitTable.Shared);

    /// <summary>As above, with another unit table (tests, or a table built from other packages).</summary>
    public static QuantityComparison Compare(Quantity a, DateTimeOffset? publishedA, Quantity b, DateTimeOffset? publishedB, UnitTable units)
    {
        if (Incomparable(a, b, units, out double factorA, out double factorB) is { } why)
            return new(QuantityRelation.Incomparable, why);

        var ia = QuantityInterval.Of(a);
        var ib = QuantityInterval.Of(b);
        if (factorA != factorB)
        {
            // A figure converted from another unit is rounded ("10 km", "6.2 miles"): each stands for the values its
            // last digit allows, and months and years are only roughly so many days.
            ia = Widen(ia, a, calendar: TimeUnits.IsCalendar(a.Unit)).Scale(factorA);
            ib = Widen(ib, b, calendar: TimeUnits.IsCalendar(b.Unit)).Scale(factorB);
        }

        string da = Describe(a), db = Describe(b);
        if (a.Value * factorA == b.Value * factorB && (a.UpperValue ?? a.Value) * factorA == (b.UpperValue ?? b.Value) * factorB && a.Hedge == b.Hedge)
            return new(QuantityRelation.Agree, $"both say {da}");
        if (ia.Overlaps(ib))
            return new(QuantityRelation.Compatible, $"{da} and {db} can both be true ({ia} overlaps {ib})");

        if (publishedA is { } ta && publishedB is { } tb && ta != tb && Grows(a, b))
        {
            var (ie, il, de, dl, te, tl) = ta < tb ? (ia, ib, da, db, ta, tb) : (ib, ia, db, da, tb, ta);
            string gap = Gap(tl - te);
            if (il.Above(ie))
                return new(QuantityRelation.Update, $"the later report ({gap} after) raises {de} to {dl}");
            return new(QuantityRelation.Conflict, $"the later report ({gap} after) lowers {de} to {dl}: a revision or a contradiction");
        }
        return new(QuantityRelation.Conflict, $"{da} and {db} cannot both be true ({Difference(ia, ib)})");
    }

    private static string? Incomparable(Quantity a, Quantity b, UnitTable units, out double factorA, out double factorB)
    {
        factorA = factorB = 1;
        if (a.Kind != b.Kind) return $"different kinds of quantity ({a.Kind} and {b.Kind})";
        if (a.Counted is { } ca && b.Counted is { } cb && ca != cb) return $"they count different things ('{ca}' and '{cb}')";
        if (a.Event is { } ea && b.Event is { } eb && EventClass(ea) != EventClass(eb)) return $"different events ('{ea}' and '{eb}')";
        if (a.Kind == QuantityKind.Duration)
        {
            factorA = TimeUnits.DaysOf(a.Unit);
            factorB = TimeUnits.DaysOf(b.Unit);
            if (factorA == 0 || factorB == 0) return $"unknown time units ('{a.Unit}', '{b.Unit}')";
            return null;
        }
        if (a.Unit == b.Unit) return null;
        if (a.Kind == QuantityKind.Money) return $"different currencies ({a.Unit ?? "none"} and {b.Unit ?? "none"})";
        if (a.Unit is null || b.Unit is null) return $"one has a unit and the other not ({a.Unit ?? "none"}, {b.Unit ?? "none"})";
        var ua = units.Info(a.Unit);
        var ub = units.Info(b.Unit);
        if (ua?.Factor is not { } fa || ub?.Factor is not { } fb || ua.Measure != ub.Measure) return $"units that do not convert ('{a.Unit}' and '{b.Unit}')";
        factorA = fa;
        factorB = fb;
        return null;
    }

    private static QuantityInterval Widen(QuantityInterval interval, Quantity q, bool calendar)
    {
        double half = HalfLastDigit(q.Value);
        double calendarSlack = calendar ? 0.05 : 0;
        return interval with
        {
            Low = Math.Min(interval.Low - half, interval.Low * (1 - calendarSlack)),
            High = Math.Max(interval.High + HalfLastDigit(q.UpperValue ?? q.Value), interval.High * (1 + calendarSlack)),
        };
    }

    /// <summary>Half the unit of the last written digit: 6.2 → 0.05, 10 → 0.5.</summary>
    private static double HalfLastDigit(double value)
    {
        double unit = 1;
        for (int d = 0; d < 6 && Math.Abs(value / unit - Math.Round(value / unit)) > 1e-9; d++) unit /= 10;
        return unit / 2;
    }

    private static string EventClass(string lemma) => EventClasses.TryGetValue(lemma, out var c) ? c : lemma;

    /// <summary>Counts of people or things an event befalls only grow as reports come in (tolls, arrests); other
    /// figures (money, measures, percentages) may move either way, so a later different one is no update.</summary>
    private static bool Grows(Quantity a, Quantity b) => a.Kind == QuantityKind.Count && b.Kind == QuantityKind.Count;

    private static string Describe(Quantity q)
    {
        string hedge = q.Hedge switch
        {
            Hedge.AtLeast => "at least ", Hedge.Over => "over ", Hedge.AtMost => "at most ", Hedge.Under => "under ",
            Hedge.About => "about ", Hedge.Nearly => "nearly ", _ => "",
        };
        string value = q.UpperValue is { } u ? $"{Number(q.Value)}–{Number(u)}" : Number(q.Value);
        string what = q.Unit ?? q.Counted ?? "";
        return $"{hedge}{value}{(what.Length > 0 ? " " + what : "")}".Trim();
    }

    private static string Number(double v) => v.ToString("#,0.###", CultureInfo.InvariantCulture);

    private static string Difference(QuantityInterval a, QuantityInterval b)
    {
        double gap = a.Low >= b.High ? a.Low - b.High : b.Low - a.High;
        double scale = Math.Max(Math.Abs(a.Low), Math.Abs(b.Low));
        return scale > 0 && double.IsFinite(gap) ? $"{Number(gap)} apart, {gap / scale:P0}" : "no overlap";
    }

    private static string Gap(TimeSpan t) =>
        t.TotalDays >= 2 ? $"{t.TotalDays:0} days" : t.TotalHours >= 1 ? $"{t.TotalHours:0.#} hours" : $"{Math.Max(1, t.TotalMinutes):0} minutes";
}
