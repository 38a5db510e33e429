namespace Triangulate.Model;

/// <summary>What a token is, decided once by the tokenizer.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    /// <summary>A quotation mark; <see cref="Token.Quote"/> says whether it opens, closes or could be either.</summary>
    Quote,
    Symbol,
    Url,
}

/// <summary>The role of a quotation mark, from its glyph and its neighbours.</summary>
public enum QuoteRole : byte
{
    None,
    Open,
    Close,
    /// <summary>A straight quote between two spaces, or otherwise undecidable from the glyph alone.</summary>
    Ambiguous,
}

/// <summary>
/// One token: a span of the article's original text plus its lexeme (the word type, shared by every
/// occurrence). A 24-byte value; an article's tokens live in one array (<see cref="TokenList"/>).
/// </summary>
public readonly struct Token
{
    public Token(TextSpan span, TokenKind kind, Lexeme lexeme, QuoteRole quote = QuoteRole.None, bool spaceBefore = true, bool lineBreakBefore = false)
    {
        Span = span;
        Kind = kind;
        Lexeme = lexeme;
        Quote = quote;
        SpaceBefore = spaceBefore;
        LineBreakBefore = lineBreakBefore;
    }

    public TextSpan Span { get; }
    public TokenKind Kind { get; }
    public Lexeme Lexeme { get; }
    public QuoteRole Quote { get; }

    /// <summary>Whitespace separates this token from the previous one.</summary>
    public bool SpaceBefore { get; }

    /// <summary>A line break separates this token from the previous one (paragraph and headline cues).</summary>
    public bool LineBreakBefore { get; }

    public int Start => Span.Start;
    public int End => Span.End;

    /// <summary>Exact surface text (shared with every occurrence of the word type).</summary>
    public string Text => Lexeme.Text;

    /// <summary>Lower-cased, punctuation-unified form used for matching.</summary>
    public string Norm => Lexeme.Norm;

    public bool IsWord => Kind == TokenKind.Word;

    public override string ToString() => $"{Lexeme.Text}{Span}";
}
