using Triangulate.Model;

namespace Triangulate.Extract.Quotes;

/// <summary>A quotation mark as the pairer sees it: one or two tokens (NYT's '' and ``), double or single, and
/// whether it opens or closes, decided from its glyph and its neighbours.</summary>
internal readonly record struct QuoteMark(int Token, int TokenCount, TextSpan Span, bool Double, QuoteRole Role)
{
    public int EndToken => Token + TokenCount;
}
