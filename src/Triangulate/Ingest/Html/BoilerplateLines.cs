using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Short lines that are page furniture wherever they appear inside an article container: ad labels, image and
/// media captions' fixed prefixes, gallery counters, "Related:"-style labels, share and subscribe calls, and
/// lines that are only a date ("Published 10:48, Tue, Nov 19, 2019"). The phrases are English; that is where the
/// furniture is standard enough to name. Long lines are never touched.
/// </summary>
internal static partial class BoilerplateLines
{
    private const int MaxWords = 16;

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday",
        "sat", "saturday", "sun", "sunday", "am", "pm", "a", "p", "m", "st", "nd", "rd", "th",
        "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "ist", "hkt", "et", "pt",
        "published", "updated", "posted", "modified", "last", "first", "on", "at", "date", "time", "and", "of",
    };

    /// <summary>Is this line (one paragraph or one line of one) furniture rather than article text?</summary>
    public static bool IsBoilerplate(string line)
    {
        var text = line.Trim();
        if (text.Length == 0) return false;
        int words = WordCount(text);
        if (words > MaxWords) return false;
        return Furniture().IsMatch(text) || IsDateLine(text) || (words <= 10 && (Posted().IsMatch(text) || Byline().IsMatch(text)));
    }

    /// <summary>
    /// A line made only of date and time words that stamps the page: a year with a clock time, or with
    /// "published"/"updated". A bare date or time range ("9.30 A.M. / 7.00 P.M.") may be an event's schedule.
    /// </summary>
    public static bool IsDateLine(string text)
    {
        if (!Year().IsMatch(text) || !(Clock().IsMatch(text) || Stamp().IsMatch(text))) return false;
        int total = 0, dateLike = 0;
        foreach (Match m in Word().Matches(text))
        {
            total++;
            if (m.Value.All(char.IsAsciiDigit) || DateWords.Contains(m.Value)) dateLike++;
        }
        return total > 0 && dateLike == total;
    }

    private static int WordCount(string text)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool w = char.IsLetterOrDigit(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    [GeneratedRegex(@"^(?:
          advert(?:isement)?s?|ad|sponsored(?:\ content)?|story\ continues\ below(?:\ advertisement)?|continue\ reading(?:\ below)?
        | loading(?:\ content)?|comments?|\d+\ comments?|leave\ a\ (?:comment|reply)|share(?:\ this)?(?:\ (?:article|story|post))?|print|e-?mail|tweet|pin\ it
        | (?:image|photo|picture|slide)\ \d+\ (?:of|/)\ \d+|\d+\ ?of\ ?\d+|this\ slideshow\ requires\ javascript
        | you\ (?:may|might)\ also\ like|more\ (?:stories|news|from\ \w+(?:\ \w+)?)|related(?:\ (?:stories|articles|posts|coverage|content|news|links))?
        | (?:read|see|watch)\ (?:more|also|next)|most\ (?:read|popular|viewed)|trending(?:\ now)?|recommended(?:\ for\ you)?|don'?t\ miss|top\ stories
        | media\ playback\ is\ (?:unsupported|not\ supported)\ on\ your\ device
        | (?:image|media|video)\ (?:copyright|caption)\b.*
        | \(?(?:image|photo|picture|video)\ (?:credit|source|courtesy)s?\b.*
        | \(?(?:credit|photo|photograph|source|via)\s*:.*
        | (?:follow|like)\ us\ on\ .*|sign\ up\ for\ (?:our|the)\ .*newsletter.*|subscribe(?:\ now|\ today)?
        | copyright\ ©.*|©.*|all\ rights\ reserved\.?
        | by|caption|text\ size|highlights|close|open|menu|search|skip\ to\ (?:main\ )?content|back\ to\ top
        | \d+\ min(?:ute)?s?\ read|reading\ time\b.*|listen\ to\ (?:this\ )?article
        )[\s.!:…]*$", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();

    /// <summary>"Posted on March 3, 2019 by Admin", "Published by the Desk at 10:00".</summary>
    [GeneratedRegex(@"^(?:posted|published|updated|last\ updated|written|submitted)\ (?:on|by|at|in)\b[^.!?]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Posted();

    /// <summary>"By Dana Reyes", "By Dana Reyes and Lee Ortiz, Harbor Times": capitalised names after "By".</summary>
    [GeneratedRegex(@"^by\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|,|de|van|von|da|al|bin))*\s*(?:[,|—–-]\s*[^.!?]*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\b(?:19\d\d|20\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex Clock();

    [GeneratedRegex(@"\b(?:published|updated|posted|modified)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
