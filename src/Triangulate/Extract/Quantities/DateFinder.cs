using System.Collections.Frozen;
using System.Globalization;
using Triangulate.Model;

namespace Triangulate.Extract.Quantities;

/// <summary>
/// Finds dates in one article and places them in the calendar. Absolute forms ("Feb. 24, 2022", "24 February
/// 2022", "2022-02-24", "3/11/2025", "August 2024", "2014", "the spring of 2022", "the 1990s") are normalised
/// as written; relative ones ("on Tuesday", "yesterday", "last week", "earlier this month", "three days ago",
/// "Feb. 28" without a year) only against the publication date, and keep <c>Normalised</c> null without one.
/// Rules:
/// <list type="bullet">
/// <item>A weekday is the one on or before publication (the same day when published that weekday), or on or
/// after it when the clause speaks of the future ("will", "is scheduled to"); "last Tuesday" is strictly before,
/// "next Tuesday" strictly after.</item>
/// <item>A date without a year takes the year that puts it nearest the publication date (news reports the recent
/// past and the near future), preferring the future when the clause does.</item>
/// <item>"3/11/2025" is read month first (US usage, the language of the sources), unless the first part cannot be
/// a month; when both readings are valid and differ the mention is marked <see cref="DateMention.Ambiguous"/>.
/// Dotted numeric dates ("11.03.2025") are read day first (European usage).</item>
/// <item>A four-digit number from 1800 to 2100 without a thousands comma is a year, unless a hedge precedes it
/// ("some 2000 troops"): news style writes counts of that size with a comma.</item>
/// <item>Seasons are the meteorological ones of the northern hemisphere; "winter of 2022" is Dec 2022 – Feb 2023.</item>
/// </list>
/// </summary>
internal sealed class DateFinder
{
    private static readonly FrozenDictionary<string, int> Months = BuildMonths();
    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = Enum.GetValues<DayOfWeek>()
        .ToFrozenDictionary(d => d.ToString().ToLowerInvariant(), d => d, StringComparer.Ordinal);

    /// <summary>Month names that are also ordinary words ("may", "march"): dates only with a day, a year or a
    /// preposition beside them.</summary>
    private static readonly FrozenSet<string> AmbiguousMonths = new[] { "may", "march", "june", "april", "august", "jan", "mar", "dec", "sat", "sun" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> DatePrepositions = new[]
    {
        "in", "on", "since", "by", "until", "till", "through", "before", "after", "from", "of", "during", "between", "to", "and",
        "early", "late", "mid", "last", "next", "this", "around", "throughout", "following", "as", "for", "into", "that", "or",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FutureCues = new[]
    {
        "will", "'ll", "shall", "scheduled", "expected", "due", "plans", "planned", "plan", "upcoming", "going", "set", "intends", "aims",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words a date can start with, besides numbers: one lookup skips every other word.</summary>
    private static readonly FrozenSet<string> Openers = Months.Keys.Concat(Weekdays.Keys).Concat(
    [
        "today", "tonight", "yesterday", "tomorrow", "this", "last", "next", "past", "coming", "earlier", "later", "in",
        "spring", "summer", "autumn", "fall", "winter",
    ]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PartsOfDay = new[] { "morning", "afternoon", "evening", "night", "overnight" }.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, int> BuildMonths()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var format = CultureInfo.InvariantCulture.DateTimeFormat;
        for (int m = 1; m <= 12; m++)
        {
            string full = format.MonthNames[m - 1].ToLowerInvariant();
            string abbreviation = format.AbbreviatedMonthNames[m - 1].ToLowerInvariant();
            map[full] = m;
            map[abbreviation] = m;
            map[abbreviation + "."] = m;
        }
        map["sept"] = 9;
        map["sept."] = 9;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private readonly TokenList tokens;
    private readonly string text;
    private readonly DateOnly? anchor;
    private readonly bool[] claimed;

    public DateFinder(TokenList tokens, DateOnly? anchor, bool[] claimed)
    {
        this.tokens = tokens;
        text = tokens.Text;
        this.anchor = anchor;
        this.claimed = claimed;
    }

    public static bool IsMonth(string norm) => Months.ContainsKey(norm);

    public void Find(Sentence sentence, int sentenceIndex, List<DateMention> output)
    {
        int end = sentence.EndToken;
        int before = output.Count;
        for (int i = sentence.FirstToken; i < end; i++)
        {
            if (claimed[i]) continue;
            var match = Match(i, sentence.FirstToken, end);
            if (match is not { } m) continue;
            for (int k = m.First; k < m.End; k++) claimed[k] = true;
            var span = tokens.SpanOf(m.First, m.End - m.First);
            // "in May." : the tokenizer keeps the full stop on "May" (it is also an abbreviation); the date does not.
            if (tokens[m.End - 1].Norm == "may.") span = span with { Length = span.Length - 1 };
            output.Add(m.Mention with { Span = span, Text = span.TextOf(text), Sentence = sentenceIndex, Relation = RelationBefore(m.First, sentence.FirstToken) });
            i = m.End - 1;
        }
        AttachTimes(output, before);
    }

    private readonly record struct DateMatch(int First, int End, DateMention Mention);

    private static DateMention Blank(DateGranularity granularity, bool relative) =>
        new() { Span = default, Text = "", Granularity = granularity, Relative = relative };

    private DateMatch? Match(int i, int sentenceStart, int end)
    {
        ref readonly var t = ref tokens[i];
        string norm = t.Norm;
        if (t.Kind == TokenKind.Number)
        {
            return YearRange(i, norm) ?? NumericDate(i, norm) ?? DayMonth(i, end) ?? Time(i, end) ?? Year(i, sentenceStart, end);
        }
        if (t.Kind != TokenKind.Word) return null;
        if (!t.Lexeme.Is(LexemeFlags.HasDigit) && !Openers.Contains(norm) && !NumberWords.CanOpen(norm)) return null;
        if (Weekdays.TryGetValue(norm, out var weekday) && t.Lexeme.IsCapitalised) return Weekday(i, sentenceStart, end, weekday);
        if (Months.TryGetValue(norm, out int month) && t.Lexeme.IsCapitalised) return MonthName(i, sentenceStart, end, month);
        if (t.Lexeme.Is(LexemeFlags.HasDigit) && DayMonth(i, end) is { } dayMonth) return dayMonth; // "24th of February"
        return DigitWord(i, sentenceStart, end, norm) ?? Deictic(i, sentenceStart, end, norm) ?? Season(i, sentenceStart, end, norm);
    }

    // ---- absolute numeric forms ----

    private DateMatch? NumericDate(int i, string norm)
    {
        char separator = norm.Contains('/') ? '/' : norm.Contains('-') ? '-' : norm.Contains('.') ? '.' : '\0';
        if (separator == '\0') return null;
        var parts = norm.Split(separator);
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit))) return null;
        int a = int.Parse(parts[0], CultureInfo.InvariantCulture), b = int.Parse(parts[1], CultureInfo.InvariantCulture), c = int.Parse(parts[2], CultureInfo.InvariantCulture);
        int year, month, day;
        bool ambiguous = false;
        if (separator == '-')
        {
            if (parts[0].Length != 4 || parts[1].Length != 2 || parts[2].Length != 2) return null; // ISO 8601 only
            (year, month, day) = (a, b, c);
        }
        else
        {
            if (parts[2].Length is not (2 or 4)) return null;
            year = parts[2].Length == 4 ? c : 2000 + c;
            bool monthFirst = separator == '/';
            if (monthFirst && a > 12) monthFirst = false;
            else if (!monthFirst && b > 12) monthFirst = true;
            (month, day) = monthFirst ? (a, b) : (b, a);
            ambiguous = a <= 12 && b <= 12 && a != b;
        }
        if (!ValidDay(year, month, day)) return null;
        return new DateMatch(i, i + 1, DayMention(new DateOnly(year, month, day), relative: false) with { Ambiguous = ambiguous });
    }

    /// <summary>"2014-2022" and "2022-23": a span of years, as an ISO 8601 interval ("2014/2022").</summary>
    private DateMatch? YearRange(int i, string norm)
    {
        int dash = norm.IndexOf('-');
        if (dash != 4 || norm.Length is not (7 or 9)) return null;
        if (!int.TryParse(norm.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int from) || from is < 1800 or > 2100) return null;
        if (!int.TryParse(norm.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out int to)) return null;
        if (norm.Length == 7) to += from / 100 * 100; // "2022-23"
        if (to <= from || to > 2100) return null;
        return new DateMatch(i, i + 1, Blank(DateGranularity.Year, relative: false) with
        {
            Normalised = $"{from:0000}/{to:0000}", Earliest = new DateOnly(from, 1, 1), Latest = new DateOnly(to, 12, 31),
        });
    }

    /// <summary>"24 February 2022", "24th of February".</summary>
    private DateMatch? DayMonth(int i, int end)
    {
        if (!TryDayNumber(i, out int day)) return null;
        int j = i + 1;
        if (j < end && tokens[j].Norm == "of") j++;
        if (j >= end || !Months.TryGetValue(tokens[j].Norm, out int month) || !tokens[j].Lexeme.IsCapitalised) return null;
        int last = j + 1;
        int? year = null;
        if (last < end && TryYearNumber(last, out int y)) { year = y; last++; }
        return DayOfMonth(i, last, year, month, day);
    }

    private DateMatch? DayOfMonth(int first, int end, int? year, int month, int day)
    {
        if (year is { } y)
            return ValidDay(y, month, day) ? new DateMatch(first, end, DayMention(new DateOnly(y, month, day), relative: false)) : null;
        if (!ValidDay(2000, month, day)) return null; // 2000 is a leap year: Feb. 29 passes here
        if (anchor is not { } a) return new DateMatch(first, end, Blank(DateGranularity.Day, relative: true));
        var placed = NearestYear(a, y0 => ValidDay(y0, month, day) ? (new DateOnly(y0, month, day), new DateOnly(y0, month, day)) : null, IsFuture(first));
        return placed is { } p ? new DateMatch(first, end, DayMention(p.Earliest, relative: true)) : null;
    }

    // ---- month names ----

    private DateMatch? MonthName(int i, int sentenceStart, int end, int month)
    {
        string norm = tokens[i].Norm;
        int j = i + 1;
        // Month Day[,] [Year]
        if (j < end && TryDayNumber(j, out int day))
        {
            int last = j + 1;
            int? year = null;
            if (last < end && TryYearNumber(last, out int y)) { year = y; last++; }
            else if (last + 1 < end && tokens[last].Norm == "," && TryYearNumber(last + 1, out y)) { year = y; last += 2; }
            return DayOfMonth(i, last, year, month, day);
        }
        // Month Day-Day[,] [Year]: "Feb. 23-24", "Feb. 23-24, 2022"
        if (j < end && DayRange(j, out int firstDay, out int lastDay))
        {
            int last = j + 1;
            int? year = null;
            if (last < end && TryYearNumber(last, out int y)) { year = y; last++; }
            else if (last + 1 < end && tokens[last].Norm == "," && TryYearNumber(last + 1, out y)) { year = y; last += 2; }
            if (DayOfMonth(i, last, year, month, firstDay) is { } start && DayOfMonth(i, last, year ?? start.Mention.Earliest?.Year, month, lastDay) is { } finish
                && start.Mention.Earliest is { } from && finish.Mention.Latest is { } to)
                return start with { Mention = start.Mention with { Normalised = $"{Iso(from)}/{Iso(to)}", Latest = to } };
            if (year is null && anchor is null) return new DateMatch(i, last, Blank(DateGranularity.Day, relative: true));
        }
        // Month [of] Year
        int k = j < end && tokens[j].Norm == "of" ? j + 1 : j;
        if (k < end && TryYearNumber(k, out int yearOnly))
            return new DateMatch(i, k + 1, MonthMention(yearOnly, month, relative: false));

        // Month alone: only with a preposition or modifier before it, and never a bare ambiguous word.
        int p = i - 1;
        string? modifier = p >= sentenceStart ? tokens[p].Norm : null;
        if (modifier is null || !DatePrepositions.Contains(modifier)) return null;
        if (AmbiguousMonths.Contains(norm) && modifier is "to" or "and" or "or" or "that" or "as" or "for") return null;
        if (norm.EndsWith('.') is false && norm.Length <= 3 && AmbiguousMonths.Contains(norm)) return null;
        int first = modifier is "last" or "next" or "this" or "early" or "late" or "mid" ? p : i;
        if (anchor is not { } a) return new DateMatch(first, i + 1, Blank(DateGranularity.Month, relative: true));
        (DateOnly Earliest, DateOnly Latest)? Of(int y) => (new DateOnly(y, month, 1), new DateOnly(y, month, DateTime.DaysInMonth(y, month)));
        (DateOnly Earliest, DateOnly Latest)? placed = modifier switch
        {
            "last" => Of(new DateOnly(a.Year, month, 1) < new DateOnly(a.Year, a.Month, 1) ? a.Year : a.Year - 1),
            "next" => Of(new DateOnly(a.Year, month, 1) > new DateOnly(a.Year, a.Month, 1) ? a.Year : a.Year + 1),
            "this" => Of(a.Year),
            _ => NearestYear(a, Of, IsFuture(i)),
        };
        return placed is { } pl ? new DateMatch(first, i + 1, MonthMention(pl.Earliest.Year, month, relative: true)) : null;
    }

    // ---- weekdays ----

    private DateMatch? Weekday(int i, int sentenceStart, int end, DayOfWeek weekday)
    {
        int first = i, last = i + 1;
        string? modifier = i - 1 >= sentenceStart ? tokens[i - 1].Norm : null;
        if (modifier is "last" or "next" or "this" or "past" or "coming") first = i - 1;
        // "Tuesday, March 11, 2025": the explicit date decides; the weekday joins its span.
        int k = last < end && tokens[last].Norm == "," ? last + 1 : last;
        if (k < end && !claimed[k] && Months.TryGetValue(tokens[k].Norm, out int month) && tokens[k].Lexeme.IsCapitalised
            && MonthName(k, sentenceStart, end, month) is { } explicitDate && explicitDate.Mention.Granularity == DateGranularity.Day)
            return explicitDate with { First = first };
        if (last < end && PartsOfDay.Contains(tokens[last].Norm)) last++;
        if (anchor is not { } a) return new DateMatch(first, last, Blank(DateGranularity.Day, relative: true));
        int direction = modifier switch
        {
            "last" or "past" => -2,
            "next" or "coming" => +2,
            _ => IsFuture(first) ? +1 : -1,
        };
        int delta = ((int)weekday - (int)a.DayOfWeek + 7) % 7; // days forward to the next such weekday (0 = today)
        DateOnly date = direction switch
        {
            -1 => a.AddDays(delta == 0 ? 0 : delta - 7),
            -2 => a.AddDays(delta == 0 ? -7 : delta - 7),
            +1 => a.AddDays(delta),
            _ => a.AddDays(delta == 0 ? 7 : delta),
        };
        return new DateMatch(first, last, DayMention(date, relative: true));
    }

    // ---- deictic words and phrases ----

    private DateMatch? Deictic(int i, int sentenceStart, int end, string norm)
    {
        switch (norm)
        {
            case "today" or "tonight": return Shifted(i, i + 1, 0);
            case "yesterday": return Shifted(i, PartOfDayAfter(i + 1, end), -1);
            case "tomorrow": return Shifted(i, PartOfDayAfter(i + 1, end), +1);
        }
        int j = i + 1;
        if (j >= end) return null;
        string next = tokens[j].Norm;
        if (norm is "this" && next is "morning" or "afternoon" or "evening") return Shifted(i, j + 1, 0);
        if (norm is "last" && next is "night" or "evening") return Shifted(i, j + 1, -1);

        // last / this / next / past / coming + week, month, year, weekend
        if (norm is "last" or "this" or "next" or "past" or "coming" && next is "week" or "month" or "year" or "weekend")
        {
            bool pastTense = norm is "last" or "past";
            int offset = pastTense ? -1 : norm is "next" or "coming" ? +1 : 0;
            // "the past week" is a period up to now, not the previous calendar week.
            if (norm is "past" or "coming" && i - 1 >= sentenceStart && tokens[i - 1].Norm == "the")
                return new DateMatch(i - 1, j + 1, Blank(DateGranularity.Vague, relative: true));
            return Period(i, j + 1, next, offset, partial: 0);
        }
        // earlier / later this week, month, year
        if (norm is "earlier" or "later" && next == "this" && j + 1 < end && tokens[j + 1].Norm is "week" or "month" or "year")
            return Period(i, j + 2, tokens[j + 1].Norm, 0, partial: norm == "earlier" ? -1 : +1);

        // N days/weeks/months/years ago
        if (TryCount(i, out double count, out int afterCount) && afterCount + 1 < end
            && TimeUnits.TryGet(tokens[afterCount].Norm, out string unit, out _) && tokens[afterCount + 1].Norm == "ago")
            return Ago(i, afterCount + 2, count, unit);

        // in recent days, in the coming weeks, in the next few days, in the past few months
        if (norm == "in")
        {
            int k = j;
            if (tokens[k].Norm == "the") k++;
            if (k < end && tokens[k].Norm is "recent" or "coming" or "next" or "past" or "last")
            {
                k++;
                if (k < end && tokens[k].Norm == "few") k++;
                if (k < end && tokens[k].Norm is "days" or "weeks" or "months" or "years" or "hours")
                    return new DateMatch(j, k + 1, Blank(DateGranularity.Vague, relative: true));
            }
        }
        return null;
    }

    private int PartOfDayAfter(int j, int end) => j < end && PartsOfDay.Contains(tokens[j].Norm) ? j + 1 : j;

    private bool TryCount(int i, out double count, out int after)
    {
        after = i + 1;
        string norm = tokens[i].Norm;
        if (norm is "a" or "an" or "one") { count = 1; return true; }
        if (NumberWords.TryCardinal(norm, out int n)) { count = n; return true; }
        if (tokens[i].Kind == TokenKind.Number && NumberWords.TryDigits(tokens[i].Text, out count)) return true;
        count = 0;
        return false;
    }

    private DateMatch Shifted(int first, int end, int days) =>
        anchor is { } a ? new DateMatch(first, end, DayMention(a.AddDays(days), relative: true)) : new DateMatch(first, end, Blank(DateGranularity.Day, relative: true));

    private DateMatch Period(int first, int end, string unit, int offset, int partial)
    {
        var granularity = unit switch { "week" or "weekend" => DateGranularity.Week, "month" => DateGranularity.Month, _ => DateGranularity.Year };
        if (anchor is not { } a) return new DateMatch(first, end, Blank(granularity, relative: true));
        DateMention mention;
        if (unit == "weekend")
        {
            // The weekend of the anchor's week; "last weekend" the one before it.
            var monday = a.AddDays(-(((int)a.DayOfWeek + 6) % 7));
            var saturday = monday.AddDays(5).AddDays(7 * offset);
            if (offset == 0 && saturday > a && a.DayOfWeek != DayOfWeek.Sunday && !IsFuture(first)) saturday = saturday.AddDays(-7);
            mention = Blank(DateGranularity.Day, true) with
            {
                Normalised = $"{Iso(saturday)}/{Iso(saturday.AddDays(1))}", Earliest = saturday, Latest = saturday.AddDays(1),
            };
        }
        else if (granularity == DateGranularity.Week) mention = WeekMention(a.AddDays(7 * offset));
        else if (granularity == DateGranularity.Month)
        {
            var m = new DateOnly(a.Year, a.Month, 1).AddMonths(offset);
            mention = MonthMention(m.Year, m.Month, relative: true);
        }
        else mention = YearMention(a.Year + offset, relative: true);
        // "earlier this month" runs from the start of the period to the publication date; "later this …" from it on.
        if (partial < 0 && mention.Latest > a) mention = mention with { Latest = a };
        if (partial > 0 && mention.Earliest < a) mention = mention with { Earliest = a };
        return new DateMatch(first, end, mention with { Relative = true });
    }

    private DateMatch Ago(int first, int end, double count, string unit)
    {
        var granularity = unit switch { "week" => DateGranularity.Week, "month" => DateGranularity.Month, "year" or "decade" or "century" => DateGranularity.Year, _ => DateGranularity.Day };
        if (anchor is not { } a || count != Math.Floor(count) || count > 10_000) return new DateMatch(first, end, Blank(granularity, relative: true));
        int n = (int)count;
        var mention = unit switch
        {
            "day" => DayMention(a.AddDays(-n), true),
            "week" => WeekMention(a.AddDays(-7 * n)),
            "fortnight" => WeekMention(a.AddDays(-14 * n)),
            "month" => MonthMention(a.AddMonths(-n).Year, a.AddMonths(-n).Month, true),
            "year" => YearMention(a.Year - n, true),
            "decade" => YearMention(a.Year - 10 * n, true),
            "century" => YearMention(a.Year - 100 * n, true),
            _ => DayMention(a, true), // hours, minutes: the publication day
        };
        return new DateMatch(first, end, mention with { Relative = true });
    }

    // ---- seasons ----

    private DateMatch? Season(int i, int sentenceStart, int end, string norm)
    {
        int season = norm switch { "spring" => 3, "summer" => 6, "autumn" or "fall" => 9, "winter" => 12, _ => 0 };
        if (season == 0) return null;
        int first = i;
        string? modifier = i - 1 >= sentenceStart ? tokens[i - 1].Norm : null;
        if (modifier is "early" or "late" or "mid" or "last" or "next" or "this") first = i - 1;
        if (first - 1 >= sentenceStart && tokens[first - 1].Norm == "the") first--;
        int j = i + 1;
        if (j < end && tokens[j].Norm == "of") j++;
        if (j < end && TryYearNumber(j, out int year)) return new DateMatch(first, j + 1, SeasonMention(year, season, relative: false));
        bool definite = modifier is "last" or "next" or "this" || (first < i && tokens[first].Norm == "the" && modifier is "the" or "in");
        if (norm == "fall" && modifier is not ("last" or "next" or "this")) return null; // "fall" is first a verb
        if (!definite) return null;
        if (anchor is not { } a) return new DateMatch(first, i + 1, Blank(DateGranularity.Season, relative: true));
        (DateOnly Earliest, DateOnly Latest)? Of(int y) => SeasonBounds(y, season);
        var placed = modifier switch
        {
            "last" => Of(SeasonBounds(a.Year, season).Latest < a ? a.Year : a.Year - 1),
            "next" => Of(SeasonBounds(a.Year, season).Earliest > a ? a.Year : a.Year + 1),
            "this" => Of(season == 12 && a.Month <= 2 ? a.Year - 1 : a.Year),
            _ => NearestYear(a, Of, IsFuture(i)),
        };
        return placed is { } p ? new DateMatch(first, i + 1, SeasonMention(p.Earliest.Year, season, relative: true)) : null;
    }

    // ---- years, decades, times ----

    private DateMatch? Year(int i, int sentenceStart, int end)
    {
        if (!TryYearNumber(i, out int year)) return null;
        if (PrecededByHedge(i, sentenceStart)) return null;
        int first = i;
        if (i - 1 >= sentenceStart && tokens[i - 1].Norm is "early" or "late" or "mid") first = i - 1;
        return new DateMatch(first, i + 1, YearMention(year, relative: false));
    }

    /// <summary>Words holding digits: "mid-2022", "1990s", "'90s", "10am".</summary>
    private DateMatch? DigitWord(int i, int sentenceStart, int end, string norm)
    {
        if (!tokens[i].Lexeme.Is(LexemeFlags.HasDigit)) return null;
        if (norm.StartsWith("mid-", StringComparison.Ordinal) && norm.Length == 8 && int.TryParse(norm.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= 1800 and <= 2100)
            return new DateMatch(i, i + 1, YearMention(y, relative: false));
        if (norm.Length == 5 && norm[4] == 's' && int.TryParse(norm.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int decade) && decade % 10 == 0 && decade is >= 1800 and <= 2090)
            return new DateMatch(i - 1 >= sentenceStart && tokens[i - 1].Norm == "the" ? i - 1 : i, i + 1, DecadeMention(decade));
        if (norm.Length == 4 && norm[0] == '\'' && norm[3] == 's' && int.TryParse(norm.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int shortDecade) && shortDecade % 10 == 0)
        {
            // "'90s" is the 1990s, "'10s" the 2010s: a decade not yet begun at publication (or, without one, past
            // the 2020s) belongs to the last century.
            int century = 2000 + shortDecade <= (anchor?.Year ?? 2029) ? 2000 : 1900;
            return new DateMatch(i - 1 >= sentenceStart && tokens[i - 1].Norm == "the" ? i - 1 : i, i + 1, DecadeMention(century + shortDecade) with { Ambiguous = true });
        }
        if ((norm.EndsWith("am", StringComparison.Ordinal) || norm.EndsWith("pm", StringComparison.Ordinal)) && TryClock(norm.AsSpan(0, norm.Length - 2), out int h, out int min))
            return TimeMention(i, i + 1, h, min, norm[^2] == 'p');
        return null;
    }

    private DateMatch? Time(int i, int end)
    {
        string norm = tokens[i].Norm;
        if (!TryClock(norm, out int hour, out int minute)) return null;
        if (i + 1 < end && tokens[i + 1].Norm is "a.m." or "p.m." or "am" or "pm" or "a.m" or "p.m")
            return hour is >= 1 and <= 12 ? TimeMention(i, i + 2, hour, minute, tokens[i + 1].Norm[0] == 'p') : null;
        // A bare "14:30" is a time; a bare "10" is not.
        if (norm.Contains(':') && hour <= 23) return TimeMention(i, i + 1, hour, minute, pm: false);
        return null;
    }

    private DateMatch TimeMention(int first, int end, int hour, int minute, bool pm)
    {
        if (pm && hour < 12) hour += 12;
        else if (!pm && hour == 12 && tokens[end - 1].Norm.StartsWith('a')) hour = 0;
        // The clock waits in Normalised as ISO's time-only form ("T10:00") until AttachTimes finds its date.
        return new DateMatch(first, end, Blank(DateGranularity.Time, relative: true) with { Normalised = $"T{hour:00}:{minute:00}" });
    }

    private static bool TryClock(ReadOnlySpan<char> s, out int hour, out int minute)
    {
        hour = minute = 0;
        int colon = s.IndexOf(':');
        if (colon < 0) return s.Length is 1 or 2 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out hour) && hour <= 12;
        return colon is 1 or 2 && s.Length == colon + 3
               && int.TryParse(s[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out hour) && hour <= 23
               && int.TryParse(s[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out minute) && minute <= 59;
    }

    /// <summary>Gives each time of day the date beside it ("Tuesday at 10 a.m.", "at 10 a.m. on Tuesday") or, failing
    /// that, the only day-level date of its sentence.</summary>
    private void AttachTimes(List<DateMention> output, int from)
    {
        for (int t = from; t < output.Count; t++)
        {
            var time = output[t];
            if (time.Granularity != DateGranularity.Time || time.Normalised is not { } clock || clock[0] != 'T') continue;
            DateMention? day = null;
            int days = 0;
            for (int d = from; d < output.Count; d++)
            {
                var m = output[d];
                if (d == t || m.Sentence != time.Sentence || m.Granularity != DateGranularity.Day) continue;
                days++;
                if (Adjacent(m.Span, time.Span)) { day = m; days = 1; break; }
                day ??= m;
            }
            output[t] = time with
            {
                Normalised = days == 1 && day?.Earliest is { } date && day.Latest == date ? $"{Iso(date)}{clock}" : null,
                Earliest = days == 1 ? day?.Earliest : null,
                Latest = days == 1 ? day?.Latest : null,
                Relative = days != 1 || day!.Relative,
            };
        }
    }

    private bool Adjacent(TextSpan a, TextSpan b)
    {
        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
        var gap = text.AsSpan(first.End, Math.Max(0, second.Start - first.End)).Trim();
        return gap.IsEmpty || gap.Equals("at", StringComparison.OrdinalIgnoreCase) || gap.Equals("on", StringComparison.OrdinalIgnoreCase)
               || gap.Equals(",", StringComparison.Ordinal);
    }

    // ---- helpers ----

    private bool TryDayNumber(int i, out int day)
    {
        day = 0;
        ref readonly var t = ref tokens[i];
        if (t.Kind == TokenKind.Number) return t.Text.Length <= 2 && int.TryParse(t.Text, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
        return t.Kind == TokenKind.Word && NumberWords.TryDigitOrdinal(t.Text, out day) && day is >= 1 and <= 31;
    }

    /// <summary>"23-24" as two days of one month.</summary>
    private bool DayRange(int i, out int first, out int last)
    {
        first = last = 0;
        ref readonly var t = ref tokens[i];
        if (t.Kind != TokenKind.Number) return false;
        int dash = t.Text.IndexOf('-');
        return dash is 1 or 2 && t.Text.Length - dash - 1 is 1 or 2
               && int.TryParse(t.Text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out first)
               && int.TryParse(t.Text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out last)
               && first is >= 1 and <= 31 && last > first && last <= 31;
    }

    private bool TryYearNumber(int i, out int year)
    {
        year = 0;
        ref readonly var t = ref tokens[i];
        return t.Kind == TokenKind.Number && t.Text.Length == 4 && int.TryParse(t.Text, NumberStyles.None, CultureInfo.InvariantCulture, out year)
               && year is >= 1800 and <= 2100;
    }

    private bool PrecededByHedge(int i, int sentenceStart)
    {
        foreach (var (words, _) in HedgePhrases.Before)
        {
            int start = i - words.Length;
            if (start < sentenceStart) continue;
            bool all = true;
            for (int w = 0; w < words.Length && all; w++) all = tokens[start + w].Norm == words[w];
            // "in about 2015" is still a year; "some 2000 troops" is not. A hedge after a preposition is about a date.
            if (all && !(start - 1 >= sentenceStart && DatePrepositions.Contains(tokens[start - 1].Norm))) return true;
        }
        return false;
    }

    /// <summary>Does the clause before token <paramref name="i"/> speak of the future?</summary>
    private bool IsFuture(int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 10; k--)
        {
            ref readonly var t = ref tokens[k];
            if (t.Kind == TokenKind.Punctuation && t.Norm is "." or ";" or "!" or "?") break;
            if (FutureCues.Contains(t.Norm))
            {
                // "set", "going", "due", "expected", "plans" speak of the future only before "to": "is set to meet".
                if (t.Norm is "will" or "'ll" or "shall" or "upcoming" or "scheduled") return true;
                if (k + 1 < tokens.Count && tokens[k + 1].Norm == "to") return true;
            }
        }
        return false;
    }

    private DateRelation RelationBefore(int first, int sentenceStart)
    {
        int p = first - 1;
        if (p < sentenceStart) return DateRelation.At;
        string word = tokens[p].Norm;
        string? previous = p - 1 >= sentenceStart ? tokens[p - 1].Norm : null;
        return word switch
        {
            "since" or "from" => DateRelation.Since,
            "until" or "till" or "through" or "by" => DateRelation.Until,
            // "from Monday to Wednesday": a "to" right after another date closes a span.
            "to" => previous == "up" || p - 1 >= sentenceStart && claimed[p - 1] ? DateRelation.Until : previous == "prior" ? DateRelation.Before : DateRelation.At,
            "before" => DateRelation.Before,
            "of" => previous == "ahead" ? DateRelation.Before : DateRelation.At,
            "after" or "following" => DateRelation.After,
            _ => DateRelation.At,
        };
    }

    private static (DateOnly Earliest, DateOnly Latest)? NearestYear(DateOnly anchor, Func<int, (DateOnly Earliest, DateOnly Latest)?> candidate, bool future)
    {
        (DateOnly Earliest, DateOnly Latest)? best = null;
        int bestDistance = int.MaxValue;
        foreach (int y in (int[])[anchor.Year - 1, anchor.Year, anchor.Year + 1])
        {
            if (candidate(y) is not { } c) continue;
            var (earliest, latest) = c;
            if (future && latest < anchor) continue;
            int distance = anchor < earliest ? earliest.DayNumber - anchor.DayNumber : anchor > latest ? anchor.DayNumber - latest.DayNumber : 0;
            if (distance < bestDistance) { best = c; bestDistance = distance; } // ties keep the earlier year: the past
        }
        return best;
    }

    private static bool ValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateMention DayMention(DateOnly d, bool relative) =>
        Blank(DateGranularity.Day, relative) with { Normalised = Iso(d), Earliest = d, Latest = d };

    private static DateMention MonthMention(int year, int month, bool relative) =>
        Blank(DateGranularity.Month, relative) with
        {
            Normalised = $"{year:0000}-{month:00}", Earliest = new DateOnly(year, month, 1), Latest = new DateOnly(year, month, DateTime.DaysInMonth(year, month)),
        };

    private static DateMention YearMention(int year, bool relative) =>
        Blank(DateGranularity.Year, relative) with { Normalised = $"{year:0000}", Earliest = new DateOnly(year, 1, 1), Latest = new DateOnly(year, 12, 31) };

    private static DateMention WeekMention(DateOnly day)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        int week = ISOWeek.GetWeekOfYear(dt), year = ISOWeek.GetYear(dt);
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return Blank(DateGranularity.Week, relative: true) with { Normalised = $"{year:0000}-W{week:00}", Earliest = monday, Latest = monday.AddDays(6) };
    }

    private static (DateOnly Earliest, DateOnly Latest) SeasonBounds(int year, int firstMonth)
    {
        var start = new DateOnly(year, firstMonth, 1);
        var lastMonth = start.AddMonths(2);
        return (start, new DateOnly(lastMonth.Year, lastMonth.Month, DateTime.DaysInMonth(lastMonth.Year, lastMonth.Month)));
    }

    private static DateMention SeasonMention(int year, int firstMonth, bool relative)
    {
        var (earliest, latest) = SeasonBounds(year, firstMonth);
        return Blank(DateGranularity.Season, relative) with
        {
            Normalised = $"{earliest.Year:0000}-{earliest.Month:00}/{latest.Year:0000}-{latest.Month:00}", Earliest = earliest, Latest = latest,
        };
    }

    private static DateMention DecadeMention(int decade) =>
        Blank(DateGranularity.Decade, relative: false) with
        {
            Normalised = (decade / 10).ToString("000", CultureInfo.InvariantCulture), Earliest = new DateOnly(decade, 1, 1), Latest = new DateOnly(decade + 9, 12, 31),
        };
}
