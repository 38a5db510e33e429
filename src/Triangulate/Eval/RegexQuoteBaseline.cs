using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Triangulate.Extract.Quotes;
using Triangulate.Model;

namespace Triangulate.Eval;

/// <summary>
/// The comparison row of the quote evaluation: a plain regular-expression extractor of the kind a newsroom
/// script would use. Quotes are text between matching double marks (“…”, "…", ''…'', «…») within a
/// paragraph; the speaker is a capitalised name or a pronoun next to a cue verb right after the quote
/// ("…,” Smith said" / "…,” said Smith"), or a name and cue earlier in the quote's sentence ("Smith said: “…",
/// "Smith said the deal was “a disaster”"). A quote with the cue right before it or after it is direct; with
/// words between, its content runs from the cue to the sentence's end (a partial quote). A quote with no cue
/// is kept only when it reads as a sentence of its own (capital first, stop last): a continued quote, not a
/// scare quote. Its cue verbs are the learned ones (forms whose training cue rate is at least 0.3), so the
/// comparison is about the method, not the word list. A quote with no cue takes the speaker of the quote before
/// it in the same or the previous paragraph. No pronoun resolution, no multi-part quotes.
/// </summary>
public sealed class RegexQuoteBaseline
{
    private const double MinCueRate = 0.3;
    private const string Name = @"(?:[A-Z][\w.\-’']*(?:\s+(?:of\s+)?[A-Z][\w.\-’']*){0,3}|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)";

    private readonly Regex quotes = new("“[^”\n]+”|\"[^\"\n]+\"|''[^'\n]+''|«[^»\n]+»|„[^“”\n]+[“”]", RegexOptions.Compiled);
    private readonly Regex after;
    private readonly Regex before;
    private readonly Regex sentenceStop = new(@"[.!?][”""’']?(?=\s)|\n", RegexOptions.Compiled);

    public RegexQuoteBaseline(QuoteLexicon lexicon)
    {
        var forms = lexicon.Forms.Where(f => f.Rate >= MinCueRate && f.Form.Length > 1 && f.Form != "according").Select(f => f.Form)
            .Append("according to").Distinct().OrderByDescending(f => f.Length).Select(Regex.Escape);
        string cue = "(?:" + string.Join("|", forms) + ")";
        after = new Regex(@"\G[\s,.!?—–-]*(?:(?<name>" + Name + @")\s+(?:\w+ly\s+)?" + cue + @"\b|" + cue + @"\s+(?<name>" + Name + "))", RegexOptions.Compiled);
        // The last name-and-cue of the sentence before the quote, and what stands between the cue and the quote.
        before = new Regex(@"(?<name>" + Name + @")\s+(?:\w+ly\s+)?" + cue + @"\b(?<rest>[^.!?“”""\n]*)$", RegexOptions.Compiled);
    }

    public static RegexQuoteBaseline Shared => shared.Value;
    private static readonly Lazy<RegexQuoteBaseline> shared = new(() => new RegexQuoteBaseline(QuoteLexicon.Shared));

    public IReadOnlyList<PredictedQuote> Extract(string text)
    {
        var result = new List<PredictedQuote>();
        TextSpan? lastSpeaker = null;
        int lastEnd = 0;
        foreach (Match m in quotes.Matches(text))
        {
            var content = new TextSpan(m.Index, m.Length);
            TextSpan? speaker = null;
            bool direct = true;
            var a = after.Match(text, m.Index + m.Length);
            if (a.Success) speaker = new TextSpan(a.Groups["name"].Index, a.Groups["name"].Length);
            else
            {
                int lineStart = Math.Max(0, text.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1);
                int from = Math.Max(lineStart, m.Index - 200);
                var b = before.Match(text[from..m.Index]);
                if (b.Success)
                {
                    speaker = new TextSpan(from + b.Groups["name"].Index, b.Groups["name"].Length);
                    var rest = b.Groups["rest"];
                    // Words between the cue and the quote ("said the deal was"): a partial quote, its content the clause.
                    if (rest.Value.Trim(' ', ',', ':').Length > 0 && rest.Value.Trim() != "that")
                    {
                        direct = false;
                        int start = from + rest.Index;
                        while (start < m.Index && text[start] is ' ' or ',') start++;
                        var stop = sentenceStop.Match(text, m.Index + m.Length - 1);
                        int end = stop.Success ? Math.Max(m.Index + m.Length, stop.Index + stop.Length) : text.Length;
                        content = TextSpan.FromBounds(start, end);
                    }
                }
            }
            if (speaker is null && !ReadsAsSentence(m.Value)) continue;
            // A quote sentence with no cue of its own goes on with the quote before it, if that ended in this or the
            // paragraph before (at most one blank line between).
            if (speaker is null && lastSpeaker is not null && Paragraphs(text, lastEnd, m.Index) <= 1) speaker = lastSpeaker;
            lastSpeaker = speaker;
            lastEnd = m.Index + m.Length;
            result.Add(new PredictedQuote([content], speaker is { } s ? [s] : [], speaker?.TextOf(text), direct));
        }
        return result;
    }

    private static int Paragraphs(string text, int from, int to)
    {
        int n = 0;
        for (int i = text.IndexOf("\n\n", from, to - from, StringComparison.Ordinal); i >= 0; i = text.IndexOf("\n\n", i + 2, to - i - 2, StringComparison.Ordinal)) n++;
        return n;
    }

    /// <summary>Capital first and a stop or comma last, inside the marks: a sentence of someone's, not a scare quote.</summary>
    private static bool ReadsAsSentence(string quoted)
    {
        var inner = quoted.Trim('“', '”', '"', '\'', '«', '»', '„');
        return inner.Length > 0 && char.IsUpper(inner[0]) && inner[^1] is '.' or '!' or '?' or ',' && inner.Contains(' ');
    }
}
