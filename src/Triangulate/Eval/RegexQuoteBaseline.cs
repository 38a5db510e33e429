using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Triangulate.Extract.Quotes;
using Triangulate.Model;

namespace Triangulate.Eval;

/// <summary>
/// The comparison row of the quote evaluation: a plain regular-expression extractor of the kind a newsroom
/// script would use. Quotes are text between matching double marks (“…”, "…", ''…'', «…») within a
/// paragraph; the speaker is a capitalised name or a pronoun next to a cue verb right after the quote
/// ("…,” Smith said" / "…,” said Smith") or right before it ("Smith said: “…"). Its cue verbs are the
/// learned ones (forms whose training cue rate is at least 0.3), so the comparison is about the method, not
/// the word list. No partial-quote clause, no pronoun resolution, no multi-part quotes.
/// </summary>
public sealed class RegexQuoteBaseline
{
    private const double MinCueRate = 0.3;
    private const string Name = @"(?:[A-Z][\w.\-’']*(?:\s+(?:of\s+)?[A-Z][\w.\-’']*){0,3}|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)";

    private readonly Regex quotes = new("“[^”\n]+”|\"[^\"\n]+\"|''[^'\n]+''|«[^»\n]+»|„[^“”\n]+[“”]", RegexOptions.Compiled);
    private readonly Regex after;
    private readonly Regex before;

    public RegexQuoteBaseline(QuoteLexicon lexicon)
    {
        var forms = lexicon.Forms.Where(f => f.Rate >= MinCueRate && f.Form.Length > 1 && f.Form != "according").Select(f => f.Form)
            .Append("according to").Distinct().OrderByDescending(f => f.Length).Select(Regex.Escape);
        string cue = "(?:" + string.Join("|", forms) + ")";
        after = new Regex(@"\G[\s,.!?—–-]*(?:(?<name>" + Name + @")\s+(?:\w+ly\s+)?" + cue + @"\b|" + cue + @"\s+(?<name>" + Name + "))", RegexOptions.Compiled);
        before = new Regex(@"(?<name>" + Name + @")\s+(?:\w+ly\s+)?" + cue + @"(?:\s+that)?\s*[,:]?\s*$", RegexOptions.Compiled);
    }

    public static RegexQuoteBaseline Shared => shared.Value;
    private static readonly Lazy<RegexQuoteBaseline> shared = new(() => new RegexQuoteBaseline(QuoteLexicon.Shared));

    public IReadOnlyList<PredictedQuote> Extract(string text)
    {
        var result = new List<PredictedQuote>();
        foreach (Match m in quotes.Matches(text))
        {
            var content = new TextSpan(m.Index, m.Length);
            TextSpan? speaker = null;
            var a = after.Match(text, m.Index + m.Length);
            if (a.Success) speaker = new TextSpan(a.Groups["name"].Index, a.Groups["name"].Length);
            else
            {
                int lineStart = Math.Max(0, text.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1);
                int from = Math.Max(lineStart, m.Index - 120);
                var b = before.Match(text[from..m.Index]);
                if (b.Success) speaker = new TextSpan(from + b.Groups["name"].Index, b.Groups["name"].Length);
            }
            result.Add(new PredictedQuote([content], speaker is { } s ? [s] : [], speaker?.TextOf(text), Direct: true));
        }
        return result;
    }
}
