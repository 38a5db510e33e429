using Triangulate.Model;

namespace Triangulate.Extract.Quotes;

/// <summary>
/// Pairs quotation marks into runs of quoted words. Double marks pair first, by role (an opener while a
/// quote is open means the earlier one lost its closer; a closer with nothing open is dropped). A quote
/// never runs past its paragraph unless the next paragraph opens with a mark (the news convention for a
/// quote over several paragraphs), and an unclosed one is cut at its paragraph's end, or at its own
/// sentence's end when the paragraph is long, so one stray mark cannot swallow an article. Single marks
/// then pair outside the double runs (British style, headlines), skipping plural possessives ("voters’ view")
/// while a later closer exists; singles inside a double run are nested quotes and stay part of it.
/// </summary>
internal static class QuotePairer
{
    /// <summary>An unclosed quote may run to its paragraph's end only when that end is this many sentences away.</summary>
    private const int MaxUnclosedSentences = 4;

    public static List<QuotedRun> Pair(TokenList tokens, IReadOnlyList<Sentence> sentences, List<QuoteMark> marks, int[] paragraphOf, int[] sentenceOf)
    {
        var runs = new List<QuotedRun>();
        marks = WithoutBlockMarkers(tokens.Text, marks, paragraphOf);
        PairDoubles(tokens, sentences, marks, paragraphOf, sentenceOf, runs);
        PairSingles(tokens, marks, paragraphOf, runs);
        runs.RemoveAll(r => r.Parts.Count == 0 || !HasWord(tokens, r));
        runs.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        // A run inside another (double marks nested in a British-style single quote) belongs to the outer one.
        var kept = new List<QuotedRun>(runs.Count);
        foreach (var r in runs)
        {
            if (kept.Count > 0 && r.FirstToken >= kept[^1].FirstToken && r.EndToken <= kept[^1].EndToken) continue;
            if (kept.Count > 0 && r.FirstToken < kept[^1].EndToken) continue; // overlapping: keep the earlier
            kept.Add(r);
        }
        return kept;
    }

    private static void PairDoubles(TokenList tokens, IReadOnlyList<Sentence> sentences, List<QuoteMark> marks, int[] paragraphOf, int[] sentenceOf, List<QuotedRun> runs)
    {
        QuotedRun? open = null;
        int pieceStart = -1, pieceParagraph = -1, pieceSentence = -1; // the current piece: first token after its mark, and where that mark is
        foreach (var m in marks)
        {
            if (!m.Double) continue;
            if (open is not null)
            {
                if (paragraphOf[m.Token] != pieceParagraph)
                {
                    bool reopens = m.Role != QuoteRole.Close && paragraphOf[m.Token] == pieceParagraph + 1 && StartsParagraph(m.Token, paragraphOf);
                    if (reopens)
                    {
                        AddPiece(tokens, open, pieceStart, m.Token, closeMark: null);
                        pieceStart = m.EndToken;
                        pieceParagraph = paragraphOf[m.Token];
                        pieceSentence = sentenceOf[m.Token];
                        continue;
                    }
                    EndUnclosed(tokens, sentences, open, pieceStart, ParagraphEnd(pieceStart - 1, paragraphOf), pieceSentence, sentenceOf, runs);
                    open = null;
                }
                else if (m.Role is QuoteRole.Close or QuoteRole.Ambiguous)
                {
                    AddPiece(tokens, open, pieceStart, m.Token, m);
                    open.Closed = true;
                    runs.Add(open);
                    open = null;
                    continue;
                }
                else
                {
                    // A second opener: the first quote lost its closer. It ends before this mark's sentence, or before the mark.
                    int end = sentenceOf[m.Token] == pieceSentence ? m.Token : sentences[sentenceOf[m.Token]].FirstToken;
                    EndUnclosed(tokens, sentences, open, pieceStart, end, pieceSentence, sentenceOf, runs);
                    open = null;
                }
            }
            if (m.Role is QuoteRole.Open or QuoteRole.Ambiguous)
            {
                open = new QuotedRun { FirstToken = m.Token, Double = true };
                pieceStart = m.EndToken;
                pieceParagraph = paragraphOf[m.Token];
                pieceSentence = sentenceOf[m.Token];
            }
            // A closer with nothing open is a stray mark: dropped.
        }
        if (open is not null) EndUnclosed(tokens, sentences, open, pieceStart, ParagraphEnd(pieceStart - 1, paragraphOf), pieceSentence, sentenceOf, runs);
    }

    /// <summary>
    /// Drops a straight double mark that opens a paragraph whose own quotes are curly and which has no other straight
    /// double mark: pages turned into text mark a block quote or a transcript line ("WALLACE: …") that way, and
    /// paired with the next such marker it would make one quote of several paragraphs of the writer's and others' words.
    /// </summary>
    private static List<QuoteMark> WithoutBlockMarkers(string text, List<QuoteMark> marks, int[] paragraphOf)
    {
        HashSet<int>? markers = null;
        for (int k = 0; k < marks.Count; k++)
        {
            var m = marks[k];
            if (!m.Double || text[m.Span.Start] != '"' || !StartsParagraph(m.Token, paragraphOf)) continue;
            int p = paragraphOf[m.Token];
            bool curly = false, straight = false;
            for (int j = k + 1; j < marks.Count && paragraphOf[marks[j].Token] == p; j++)
            {
                if (!marks[j].Double) continue;
                if (text[marks[j].Span.Start] == '"') straight = true; else curly = true;
            }
            if (curly && !straight) (markers ??= []).Add(m.Token);
        }
        return markers is null ? marks : marks.Where(m => !markers.Contains(m.Token)).ToList();
    }

    private static void PairSingles(TokenList tokens, List<QuoteMark> marks, int[] paragraphOf, List<QuotedRun> runs)
    {
        var inDouble = new bool[tokens.Count];
        foreach (var r in runs) for (int i = r.FirstToken; i < r.EndToken && i < tokens.Count; i++) inDouble[i] = true;
        var singles = marks.Where(m => !m.Double && !inDouble[m.Token]).ToList();
        for (int k = 0; k < singles.Count; k++)
        {
            var open = singles[k];
            if (open.Role != QuoteRole.Open) continue;
            int close = -1;
            for (int j = k + 1; j < singles.Count; j++)
            {
                var m = singles[j];
                if (paragraphOf[m.Token] != paragraphOf[open.Token] || m.Role == QuoteRole.Open) break;
                if (m.Role != QuoteRole.Close) continue;
                close = j;
                if (!LooksPossessive(tokens.Text, m.Span)) break; // a plural possessive closes only when nothing later can
            }
            if (close < 0) continue;
            var c = singles[close];
            if (c.Token <= open.EndToken) continue;
            var run = new QuotedRun { FirstToken = open.Token, Double = false, EndToken = c.EndToken, Closed = true };
            run.Parts.Add(TextSpan.FromBounds(tokens[open.EndToken].Start, tokens[c.Token - 1].End));
            run.Marked.Add(TextSpan.FromBounds(open.Span.Start, c.Span.End));
            runs.Add(run);
            k = close;
        }
    }

    /// <summary>"voters’ view": a closing single after an s, with a lower-case word next, is more likely an apostrophe.</summary>
    private static bool LooksPossessive(string text, TextSpan mark) =>
        mark.Start > 0 && text[mark.Start - 1] is 's' && mark.End + 1 < text.Length && text[mark.End] == ' ' && char.IsLower(text[mark.End + 1]);

    /// <summary>Adds the piece from <paramref name="start"/> (first token after the opening mark) to <paramref name="end"/> (exclusive).</summary>
    private static void AddPiece(TokenList tokens, QuotedRun run, int start, int end, QuoteMark? closeMark)
    {
        if (end <= start) return;
        var words = TextSpan.FromBounds(tokens[start].Start, tokens[end - 1].End);
        run.Parts.Add(words);
        run.Marked.Add(TextSpan.FromBounds(MarkStartBefore(tokens, start), closeMark?.Span.End ?? words.End));
        run.EndToken = closeMark?.EndToken ?? end;
    }

    /// <summary>Where the mark just before <paramref name="start"/> begins (a doubled-apostrophe mark is two tokens).</summary>
    private static int MarkStartBefore(TokenList tokens, int start)
    {
        int k = start - 1;
        if (k > 0 && tokens[k - 1].End == tokens[k].Start && tokens[k - 1].Span.Length == 1 && tokens.Text[tokens[k - 1].Start] is '\'' or '`'
            && tokens.Text[tokens[k].Start] is '\'' or '`') k--;
        return tokens[Math.Max(k, 0)].Start;
    }

    private static void EndUnclosed(TokenList tokens, IReadOnlyList<Sentence> sentences, QuotedRun run, int pieceStart, int end, int pieceSentence, int[] sentenceOf, List<QuotedRun> runs)
    {
        if (pieceStart < tokens.Count && end > pieceStart)
        {
            if (sentenceOf[end - 1] - pieceSentence >= MaxUnclosedSentences) end = Math.Max(pieceStart, sentences[pieceSentence].EndToken);
            // Punctuation after the last word stays out of a quote that never closed.
            while (end > pieceStart + 1 && tokens[end - 1].Kind is TokenKind.Punctuation or TokenKind.Quote) end--;
            AddPiece(tokens, run, pieceStart, end, closeMark: null);
        }
        run.Closed = false;
        if (run.Parts.Count > 0) runs.Add(run);
    }

    private static bool StartsParagraph(int token, int[] paragraphOf) => token == 0 || paragraphOf[token - 1] != paragraphOf[token];

    /// <summary>One past the last token of the paragraph holding <paramref name="token"/>.</summary>
    private static int ParagraphEnd(int token, int[] paragraphOf)
    {
        if (token >= paragraphOf.Length) return paragraphOf.Length;
        int p = paragraphOf[token], i = token;
        while (i < paragraphOf.Length && paragraphOf[i] == p) i++;
        return i;
    }

    private static bool HasWord(TokenList tokens, QuotedRun run)
    {
        foreach (var part in run.Parts)
        {
            var (first, count) = tokens.TokensIn(part);
            for (int i = first; i < first + count; i++) if (tokens[i].Kind is TokenKind.Word or TokenKind.Number) return true;
        }
        return false;
    }
}
