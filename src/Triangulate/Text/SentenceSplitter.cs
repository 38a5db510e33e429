using Triangulate.Model;

namespace Triangulate.Text;

/// <summary>
/// Splits a token list into sentences. A sentence ends at '.', '!', '?' or an ellipsis (with any closing
/// quotes and brackets after it) when the next token can start a sentence, and at line breaks that end
/// a headline or paragraph. Abbreviations keep their period inside the token ("U.S.", "Feb.", "Mr."), so
/// the question there is only whether the abbreviation also ends the sentence: never for titles and
/// initials before a name, yes before a capitalised function word ("... in the U.S. The talks").
/// </summary>
public static class SentenceSplitter
{
    public static Sentence[] Split(TokenList tokens)
    {
        var sentences = new List<Sentence>();
        int n = tokens.Count;
        int start = 0;
        for (int i = 0; i < n; i++)
        {
            if (i > start && StartsNew(tokens, i))
            {
                Add(sentences, tokens, start, i);
                start = i;
            }
        }
        if (start < n) Add(sentences, tokens, start, n);
        return sentences.ToArray();
    }

    private static void Add(List<Sentence> sentences, TokenList tokens, int first, int end)
    {
        var span = tokens.SpanOf(first, end - first);
        sentences.Add(new Sentence(span, first, end - first) { StartsParagraph = first == 0 || tokens[first].LineBreakBefore });
    }

    /// <summary>Does token <paramref name="i"/> start a new sentence?</summary>
    private static bool StartsNew(TokenList tokens, int i)
    {
        ref readonly var token = ref tokens[i];
        // Skip back over closing quotes and brackets to the last real token of the candidate sentence.
        int j = i - 1;
        while (j > 0 && IsClosing(tokens[j])) j--;
        ref readonly var last = ref tokens[j];

        if (token.LineBreakBefore)
        {
            if (BlankLineBefore(tokens, i)) return true;
            // A hard-wrapped line continues a sentence: it ends mid-sentence and the next line starts in lower case.
            bool lastEndsClause = last.Kind == TokenKind.Punctuation && last.Text is "." or "!" or "?" or "..." or "\u2026" or ":";
            bool nextLower = token.Lexeme.Is(LexemeFlags.Lower);
            if (!lastEndsClause && (nextLower || last.Text is "," or ";" or "-" or "--" or "\u2014" or "(")) return false;
            return true;
        }

        if (last.Kind == TokenKind.Punctuation && last.Text is "." or "!" or "?" or "..." or "\u2026")
        {
            if (j == i - 1 && token.Kind == TokenKind.Quote && token.Quote == QuoteRole.Close) return false;
            bool ellipsis = last.Text is "..." or "\u2026";
            if (last.Text is "!" or "?" || ellipsis) return CanStartAfterStrongStop(token, tokens, i);
            return CanStart(token, tokens, i);
        }

        // "... in the U.S. The talks": an abbreviation's period may end the sentence too.
        if (last.Kind == TokenKind.Word && last.Text.Length > 1 && last.Text[^1] == '.' && j == i - 1)
        {
            var word = last.Text.AsSpan(0, last.Text.Length - 1);
            if (Abbreviations.IsPrefixing(word)) return false;
            if (word.Length == 1) return false; // an initial: "J. Smith"
            if (Abbreviations.IsMonth(word) && token.Kind == TokenKind.Number) return false;
            return token.Lexeme.Is(LexemeFlags.Stop) && token.Lexeme.IsCapitalised;
        }
        return false;
    }

    private static bool CanStart(in Token token, TokenList tokens, int i) => token.Kind switch
    {
        TokenKind.Word => !token.Lexeme.Is(LexemeFlags.Lower),
        TokenKind.Number => true,
        TokenKind.Quote => token.Quote != QuoteRole.Close && NextIsNotLower(tokens, i),
        TokenKind.Punctuation => token.Text is "(" or "[" or "-" or "--" or "\u2014" or "\u2022",
        TokenKind.Symbol => true,
        _ => true,
    };

    /// <summary>After '!' or '?' or '...', a lower-case word continues the sentence ("'Why?' he asked").</summary>
    private static bool CanStartAfterStrongStop(in Token token, TokenList tokens, int i) =>
        CanStart(token, tokens, i) && !(token.Kind == TokenKind.Word && token.Lexeme.Is(LexemeFlags.Lower));

    private static bool NextIsNotLower(TokenList tokens, int i) => i + 1 >= tokens.Count || !tokens[i + 1].Lexeme.Is(LexemeFlags.Lower);

    private static bool IsClosing(in Token t) =>
        (t.Kind == TokenKind.Quote && t.Quote is QuoteRole.Close or QuoteRole.Ambiguous) || t.Text is ")" or "]" or "}";

    private static bool BlankLineBefore(TokenList tokens, int i)
    {
        if (i == 0) return true;
        int newlines = 0;
        var gap = tokens.Text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End);
        foreach (char c in gap) if (c == '\n') newlines++;
        return newlines >= 2;
    }
}
