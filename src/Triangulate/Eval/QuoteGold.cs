using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Eval;

/// <summary>
/// The gold quotes of a PolNeAR article: every attribution whose content holds a quotation mark, labelled
/// fully quoted (no word of the content outside quotation marks: "“We are ready,”") or mixed (the writer's
/// words around a quoted part: "called the deal “a disaster”"). The rule is stated in docs/BENCHMARKS.md.
/// </summary>
public sealed record QuoteGold(BratAttribution Attribution, bool FullyQuoted)
{
    public ImmutableArray<TextSpan> Content => Attribution.Content;
    public ImmutableArray<TextSpan> Source => Attribution.Source;

    public static ImmutableArray<QuoteGold> Of(PolnearArticle article)
    {
        var gold = ImmutableArray.CreateBuilder<QuoteGold>();
        foreach (var a in article.Attributions)
        {
            if (a.Content.IsDefaultOrEmpty) continue;
            string content = BratAttribution.TextOf(article.Text, a.Content);
            if (!HoldsQuotationMark(content)) continue;
            gold.Add(new QuoteGold(a, !HasWordsOutsideQuotes(content)));
        }
        return gold.ToImmutable();
    }

    /// <summary>
    /// A quotation mark: a double one (" “ ” „ ‟ « », and the doubled apostrophes '' and `` some outlets type),
    /// ‘ ‚ ‹ ›, or a straight or curly single quote opening a word (after a space or bracket, before a letter):
    /// an apostrophe never does that, except in elisions such as ’90s, which a digit follows.
    /// </summary>
    public static bool HoldsQuotationMark(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (IsDouble(s, i) || c is '\u2018' or '\u201A' or '\u2039' or '\u203A') return true;
            if (c is '\'' or '\u2019' && (i == 0 || char.IsWhiteSpace(s[i - 1]) || s[i - 1] is '(' or '[' or '\u2014' or '-')
                && i + 1 < s.Length && char.IsLetter(s[i + 1])) return true;
        }
        return false;
    }

    private static bool IsDouble(ReadOnlySpan<char> s, int i) =>
        s[i] is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB'
        || (s[i] is '\'' or '`' && i + 1 < s.Length && s[i + 1] == s[i]);

    /// <summary>Are there letters outside the quoted stretches? Marks toggle inside/outside: double marks when
    /// the content has any, otherwise single marks at word edges.</summary>
    public static bool HasWordsOutsideQuotes(ReadOnlySpan<char> s)
    {
        bool doubles = false;
        for (int i = 0; i < s.Length; i++) if (IsDouble(s, i)) { doubles = true; break; }
        bool inside = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (doubles)
            {
                if (IsDouble(s, i))
                {
                    inside = !inside;
                    if (c is '\'' or '`') i++;
                    continue;
                }
            }
            else if (c is '\u2018' or '\u201A' or '\u2039' or '\u203A' || (c is '\'' or '\u2019' && IsSingleAtWordEdge(s, i)))
            {
                inside = !inside;
                continue;
            }
            if (!inside && char.IsLetter(c)) return true;
        }
        return false;
    }

    private static bool IsSingleAtWordEdge(ReadOnlySpan<char> s, int i)
    {
        bool letterBefore = i > 0 && char.IsLetterOrDigit(s[i - 1]);
        bool letterAfter = i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]);
        return letterBefore != letterAfter; // an apostrophe inside a word has letters on both sides
    }
}
