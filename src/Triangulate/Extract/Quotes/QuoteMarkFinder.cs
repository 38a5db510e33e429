using Triangulate.Model;

namespace Triangulate.Extract.Quotes;

/// <summary>
/// Finds the quotation marks of a token list and gives each a role. The tokenizer's role is a first guess from
/// the glyph; this looks again with the text around the mark, because the pairer needs fewer "could be
/// either" marks: curly closers used as openers (German „…“, typos), doubled apostrophes standing for a
/// double mark (''like this''), and straight quotes glued to punctuation.
/// </summary>
internal static class QuoteMarkFinder
{
    public static List<QuoteMark> Find(TokenList tokens)
    {
        string text = tokens.Text;
        var marks = new List<QuoteMark>();
        for (int i = 0; i < tokens.Count; i++)
        {
            ref readonly var t = ref tokens[i];
            char c = text[t.Start];
            bool backtick = t.Span.Length == 1 && c == '`';
            if (t.Kind != TokenKind.Quote && !backtick) continue;
            int count = 1;
            bool isDouble = c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB';
            // Two apostrophes or backticks typed for one double mark: ''Quote,'' and ``Quote.''
            if (c is '\'' or '`' && i + 1 < tokens.Count && tokens[i + 1].Start == t.End && text[tokens[i + 1].Start] is '\'' or '`' && tokens[i + 1].Span.Length == 1)
            {
                count = 2;
                isDouble = true;
            }
            else if (backtick) continue;
            var span = TextSpan.FromBounds(t.Start, tokens[i + count - 1].End);
            // Markup that leaked into the text (<tweet author="@x">): an attribute's quotes are not quotation marks.
            if (IsAttributeValue(text, span)) { i += count - 1; continue; }
            marks.Add(new QuoteMark(i, count, span, isDouble, RoleOf(text, span, c, t.Quote)));
            i += count - 1;
        }
        return marks;
    }

    private static bool IsAttributeValue(string text, TextSpan mark)
    {
        if (mark.Start > 0 && text[mark.Start - 1] == '=') return true;
        // The closing quote of an attribute: the value since the '="' holds no space and a '>' or another attribute follows.
        int k = mark.Start - 1;
        while (k >= 0 && k > mark.Start - 200 && text[k] is not ('"' or '\n' or '<' or '>')) k--;
        return k > 0 && text[k] == '"' && text[k - 1] == '=' && mark.End < text.Length && text[mark.End] is '>' or ' ' or '/';
    }

    private static QuoteRole RoleOf(string text, TextSpan span, char glyph, QuoteRole tokenizerRole)
    {
        bool openSide = span.Start == 0 || OpensAfter(text[span.Start - 1]);
        bool closeSide = span.End >= text.Length || ClosesBefore(text[span.End]);
        switch (glyph)
        {
            case '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '\u2039' or '\u201F' or '\u201B' or '`':
                // An opening glyph glued to the word before and free after closes: „so“ and typos.
                return !openSide && closeSide ? QuoteRole.Close : QuoteRole.Open;
            case '\u201D' or '\u00BB' or '\u203A':
                return openSide && !closeSide ? QuoteRole.Open : QuoteRole.Close;
            case '\u2019':
                return openSide && !closeSide ? QuoteRole.Open : QuoteRole.Close;
        }
        if (openSide && !closeSide) return QuoteRole.Open;
        if (!openSide && closeSide) return QuoteRole.Close;
        if (!openSide && !closeSide)
        {
            // Glued on both sides: after sentence punctuation it closes (."Next), before a letter after a letter it is unknown.
            char before = text[span.Start - 1];
            return before is '.' or ',' or '!' or '?' or ';' or ':' ? QuoteRole.Close : tokenizerRole == QuoteRole.None ? QuoteRole.Ambiguous : tokenizerRole;
        }
        return QuoteRole.Ambiguous;
    }

    /// <summary>A character after which a mark opens: space, line start, an opening bracket or dash, another opening mark.</summary>
    private static bool OpensAfter(char c) => char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or '\u201C' or '\u2018' or '\u201E' or '\u00AB' or '\u00A0';

    /// <summary>A character before which a mark closes: space, text end, sentence punctuation, a closing bracket, another closing mark.</summary>
    private static bool ClosesBefore(char c) => char.IsWhiteSpace(c) || c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u2014' or '\u2013' or '-' or '\u2026' or '\u201D' or '\u2019' or '\u00BB' or '"' or '\'' or '\u00A0';
}
