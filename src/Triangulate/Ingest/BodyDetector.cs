using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>Where an article's analysed body is, and the dateline and bylines kept out of it.</summary>
public readonly record struct BodyLayout(ImmutableArray<TextSpan> Body, TextSpan? Dateline, ImmutableArray<TextSpan> Bylines);

/// <summary>
/// Finds the part of an article's text that is reporting: drops a leading dateline ("(CN) —",
/// "KYIV, Ukraine (AP) —", "LONDON, March 11 (Reuters) -"), "By …" byline lines, and reporter trailers
/// at the end ("Courthouse News reporter … is based in …", "Reporting by …; Editing by …"). Nothing is
/// removed from the text: the body is a span, so offsets keep pointing into the original.
/// </summary>
public static partial class BodyDetector
{
    /// <summary>A trailer line is at most this long: a real paragraph that mentions a reporter is not a trailer.</summary>
    private const int MaxTrailerLength = 300;

    public static BodyLayout Detect(string text, int bodyStart = 0)
    {
        int start = SkipSpace(text, bodyStart, text.Length);
        int end = TrimEnd(text, start, text.Length);
        var bylines = ImmutableArray.CreateBuilder<TextSpan>();

        // Leading "By Jane Doe" lines (and an outlet/date line under them) before the first paragraph.
        for (int k = 0; k < 3 && start < end; k++)
        {
            int lineEnd = LineEnd(text, start, end);
            var line = text.AsSpan(start, lineEnd - start);
            if (line.Length > 0 && line.Length < 120 && LeadingByline().IsMatch(line))
            {
                bylines.Add(TrimmedSpan(text, start, lineEnd));
                start = SkipSpace(text, lineEnd, end);
            }
            else break;
        }

        TextSpan? dateline = null;
        var m = Dateline().Match(text, start, Math.Min(160, end - start));
        if (m.Success && m.Index == start)
        {
            dateline = TrimmedSpan(text, m.Index, m.Index + m.Length);
            start = SkipSpace(text, m.Index + m.Length, end);
        }

        // Trailers: short last lines that say who reported or who owns the copy.
        while (end > start)
        {
            int lineStart = LineStart(text, start, end);
            if (lineStart <= start) break;
            var line = text.AsSpan(lineStart, end - lineStart).Trim();
            if (line.Length == 0 || line.Length > MaxTrailerLength || !Trailer().IsMatch(line)) break;
            bylines.Add(TrimmedSpan(text, lineStart, end));
            end = TrimEnd(text, start, lineStart);
        }

        var body = end > start ? ImmutableArray.Create(TextSpan.FromBounds(start, end)) : ImmutableArray<TextSpan>.Empty;
        bylines.Sort();
        return new BodyLayout(body, dateline, bylines.ToImmutable());
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF')) i++;
        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private static int LineEnd(string text, int i, int end)
    {
        int nl = text.IndexOf('\n', i, end - i);
        return nl < 0 ? end : nl;
    }

    /// <summary>Start of the last line in [start, end).</summary>
    private static int LineStart(string text, int start, int end)
    {
        int nl = text.LastIndexOf('\n', end - 1, end - start);
        return nl < 0 ? start : nl + 1;
    }

    private static TextSpan TrimmedSpan(string text, int start, int end)
    {
        start = SkipSpace(text, start, end);
        end = TrimEnd(text, start, end);
        return TextSpan.FromBounds(start, end);
    }

    [GeneratedRegex(@"^(?:By|BY|Written by|Words by)\s+\p{Lu}[\p{L}.'’\-]*(?:[ ,]+(?:and\s+)?\p{Lu}[\p{L}.'’\-]*){0,6}\s*(?:[|,•·–—-].*)?$")]
    private static partial Regex LeadingByline();

    // (CN) —   |   KYIV, Ukraine (AP) —   |   LONDON, March 11 (Reuters) -   |   WASHINGTON —
    [GeneratedRegex(@"\G(?:\((?:\p{Lu}[\p{L}&.]{0,14})\)\s*[—–]|\((?:\p{Lu}[\p{L}&.]{0,14})\)\s+--?\s|\p{Lu}[\p{Lu}.'’\- ]{1,40}(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,3})?(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\([\p{L} .&]{1,30}\))?\s*(?:[—–]|--?\s))\s*")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\b(?:reporter|correspondent|contributed(?: reporting)? to this (?:report|story)|is based in|writes for|reporting by|writing by|editing by|additional reporting|contact (?:him|her|them|the (?:author|writer|reporter))|follow (?:him|her|them) on|all rights reserved|copyright)\b|©", RegexOptions.IgnoreCase)]
    private static partial Regex Trailer();
}
