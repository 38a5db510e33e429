using System.Globalization;
using Triangulate.Model;

namespace Triangulate.Text;

/// <summary>
/// Splits text into tokens with offsets into the original text, Penn-Treebank style (the tokenisation
/// the entity model was trained on): clitics split ("Ukraine's" → "Ukraine" "'s", "don't" → "do" "n't"),
/// hyphenated words, numbers ("1,234.5", "10:30", "2022-02-24") and abbreviations ("U.S.", "Feb.", "J.")
/// kept whole, every quotation mark its own token with a role. No substrings are made: a token is a span
/// plus an interned lexeme.
/// </summary>
public sealed class Tokenizer
{
    private readonly Lexicon lexicon;

    public Tokenizer(Lexicon lexicon) => this.lexicon = lexicon;

    public static Tokenizer Shared => shared.Value;
    private static readonly Lazy<Tokenizer> shared = new(() => new Tokenizer(Lexicon.Shared));

    /// <summary>Tokenises the given regions of <paramref name="text"/> (in order) into one list.</summary>
    public TokenList Tokenize(string text, IEnumerable<TextSpan> regions)
    {
        var tokens = new List<Token>(text.Length / 5 + 8);
        foreach (var region in regions) TokenizeRegion(text, region, tokens);
        return new TokenList(text, tokens.ToArray());
    }

    public TokenList Tokenize(string text) => Tokenize(text, [new TextSpan(0, text.Length)]);

    private void TokenizeRegion(string text, TextSpan region, List<Token> tokens)
    {
        int i = region.Start, end = region.End;
        bool lineBreak = true, space = true;
        while (i < end)
        {
            char c = text[i];
            if (IsSpace(c))
            {
                if (c is '\n' or '\r' or '\u2028' or '\u2029') lineBreak = true;
                space = true;
                i++;
                continue;
            }

            int start = i;
            TokenKind kind;
            QuoteRole role = QuoteRole.None;
            if (IsUrlStart(text, i, end))
            {
                i = ScanUrl(text, i, end);
                kind = TokenKind.Url;
            }
            else if (char.IsLetterOrDigit(c) || IsMark(c))
            {
                i = ScanWord(text, i, end);
                // Clitics split off the end: "Ukraine's" → "Ukraine" + "'s".
                int clitic = CliticStart(text, start, i);
                if (clitic > start)
                {
                    Emit(tokens, text, start, clitic, KindOfWord(text, start, clitic), QuoteRole.None, space, lineBreak);
                    space = false; lineBreak = false;
                    start = clitic;
                    kind = TokenKind.Word;
                }
                else kind = KindOfWord(text, start, i);
            }
            else if (IsApostrophe(c) && IsElidedYear(text, i, end))
            {
                i = ScanWord(text, i + 1, end); // "'90s"
                kind = TokenKind.Word;
            }
            else if (IsQuoteChar(c))
            {
                role = QuoteRoleAt(text, i, region);
                kind = TokenKind.Quote;
                i++;
            }
            else if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                while (i < end && text[i] == '.') i++;
                kind = TokenKind.Punctuation;
            }
            else if (c == '-' && i + 1 < end && text[i + 1] == '-')
            {
                while (i < end && text[i] == '-') i++;
                kind = TokenKind.Punctuation;
            }
            else
            {
                i++;
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                kind = category is UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol
                       || c is '%' or '#' or '@' or '&' or '*' or '/' ? TokenKind.Symbol : TokenKind.Punctuation;
                if (IsIgnorable(c)) { space = true; continue; }
            }
            Emit(tokens, text, start, i, kind, role, space, lineBreak);
            space = false;
            lineBreak = false;
        }
    }

    private void Emit(List<Token> tokens, string text, int start, int end, TokenKind kind, QuoteRole role, bool space, bool lineBreak)
    {
        var lexeme = lexicon.Get(text.AsSpan(start, end - start));
        tokens.Add(new Token(TextSpan.FromBounds(start, end), kind, lexeme, role, space, lineBreak));
    }

    private static TokenKind KindOfWord(string text, int start, int end)
    {
        if (!char.IsDigit(text[start])) return TokenKind.Word;
        for (int k = start; k < end; k++)
            if (!(char.IsDigit(text[k]) || text[k] is '.' or ',' or ':' or '/' or '-')) return TokenKind.Word;
        return TokenKind.Number;
    }

    /// <summary>Scans a word: letters, digits, marks, and joiners between them (hyphen, apostrophe, digit
    /// separators, "U.S."-style periods, "AT&amp;T"), plus a trailing period for known abbreviations and initials.</summary>
    private static int ScanWord(string text, int i, int end)
    {
        int start = i;
        bool allSingleLetterSegments = true; // "U.S" so far: letters separated by periods, one each
        int segmentLength = 0;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || IsMark(c) || IsIgnorableInWord(c))
            {
                if (!IsIgnorableInWord(c)) segmentLength++;
                i++;
                continue;
            }
            if (i + 1 >= end) break;
            char next = text[i + 1];
            char prev = text[i - 1];
            bool joins = c switch
            {
                '-' or '\u2010' or '\u2011' => char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next),
                '\'' or '\u2019' => char.IsLetter(prev) && char.IsLetter(next),
                '.' => (char.IsDigit(prev) && char.IsDigit(next)) || (char.IsLetter(prev) && char.IsLetter(next) && segmentLength == 1 && IsSingleLetterSegment(text, i + 1, end)),
                ',' => char.IsDigit(prev) && IsThousandsGroup(text, i + 1, end),
                ':' or '/' => char.IsDigit(prev) && char.IsDigit(next),
                '&' => char.IsUpper(prev) && char.IsUpper(next),
                _ => false,
            };
            if (!joins) break;
            if (c != '.') allSingleLetterSegments = false;
            segmentLength = 0;
            i++;
        }

        // A trailing period belongs to the word for initials ("J."), dotted acronyms ("U.S."), and abbreviations ("Feb.").
        if (i < end && text[i] == '.' && !(i + 1 < end && text[i + 1] == '.'))
        {
            var word = text.AsSpan(start, i - start);
            bool dotted = word.Contains('.') && allSingleLetterSegments && char.IsLetter(word[0]); // "U.S." but not "30.11.2024"
            bool initial = word.Length == 1 && char.IsUpper(word[0]);
            bool numberAbbreviation = (word.Equals("No", StringComparison.Ordinal) || word.Equals("Nos", StringComparison.Ordinal))
                                      && NextNonSpaceIsDigit(text, i + 1, end);
            if (dotted || initial || numberAbbreviation || (!word.Equals("No", StringComparison.OrdinalIgnoreCase) && Abbreviations.TakesPeriod(word)))
                i++;
        }
        return i;
    }

    private static bool IsSingleLetterSegment(string text, int i, int end) =>
        i < end && char.IsLetter(text[i]) && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]));

    private static bool IsThousandsGroup(string text, int i, int end)
    {
        if (i + 3 > end) return false;
        for (int k = i; k < i + 3; k++) if (!char.IsDigit(text[k])) return false;
        return i + 3 == end || !char.IsDigit(text[i + 3]);
    }

    private static bool NextNonSpaceIsDigit(string text, int i, int end)
    {
        while (i < end && text[i] == ' ') i++;
        return i < end && char.IsDigit(text[i]);
    }

    /// <summary>Where a PTB clitic starts in [start, end), or -1: 's 're 've 'll 'd 'm n't (straight or curly apostrophe).</summary>
    private static int CliticStart(string text, int start, int end)
    {
        int len = end - start;
        if (len < 3) return -1;
        var w = text.AsSpan(start, len);
        if (len >= 4 && IsApostrophe(w[^2]) && (w[^3] is 'n' or 'N') && (w[^1] is 't' or 'T')) return end - 3; // n't
        if (IsApostrophe(w[^2]) && (w[^1] is 's' or 'S' or 'd' or 'D' or 'm' or 'M')) return end - 2;
        if (len >= 4 && IsApostrophe(w[^3]))
        {
            var tail = w[^2..];
            if (tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase)
                || tail.Equals("ll", StringComparison.OrdinalIgnoreCase)) return end - 3;
        }
        return -1;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsUrlStart(string text, int i, int end)
    {
        var rest = text.AsSpan(i, Math.Min(8, end - i));
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
               || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]));
    }

    private static int ScanUrl(string text, int i, int end)
    {
        while (i < end && !IsSpace(text[i]) && !(IsQuoteChar(text[i]) && text[i] != '\'')) i++;
        while (i > 0 && text[i - 1] is '.' or ',' or ';' or ':' or ')' or '!' or '?' or '\'') i--;
        return i;
    }

    public static bool IsQuoteChar(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u201E' or '\u201A'
        or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '\u201F' or '\u201B';

    /// <summary>"'90s": an apostrophe standing for the century, part of the word rather than a quote.</summary>
    private static bool IsElidedYear(string text, int i, int end) =>
        i + 3 < end && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && text[i + 3] == 's';

    private static QuoteRole QuoteRoleAt(string text, int i, TextSpan region)
    {
        char c = text[i];
        switch (c)
        {
            case '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '\u2039' or '\u201F' or '\u201B': return QuoteRole.Open;
            case '\u201D' or '\u00BB' or '\u203A': return QuoteRole.Close;
        }
        // Straight quotes and the right single quote: decide from the neighbours.
        bool spaceBefore = i == region.Start || IsSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '{' or '\u2014' or '\u2013' or '\u201C' or '"';
        bool spaceAfter = i + 1 >= region.End || IsSpace(text[i + 1]) || char.IsPunctuation(text[i + 1]) && !IsQuoteChar(text[i + 1]) && text[i + 1] is not ('(' or '[');
        if (c == '\u2019') return spaceBefore && !spaceAfter ? QuoteRole.Open : QuoteRole.Close;
        if (spaceBefore && !spaceAfter) return QuoteRole.Open;
        if (!spaceBefore && spaceAfter) return QuoteRole.Close;
        if (!spaceBefore && !spaceAfter)
        {
            // Glued on both sides: ."word or word"; — punctuation before means closing.
            return char.IsPunctuation(text[i - 1]) ? QuoteRole.Close : QuoteRole.Ambiguous;
        }
        return QuoteRole.Ambiguous;
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';
    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    private static bool IsIgnorable(char c) => c is '\u00AD' or '\u200C' or '\u200D' or '\u2060';
    private static bool IsIgnorableInWord(char c) => c is '\u00AD' or '\u200C' or '\u200D' or '\u2060';
}
