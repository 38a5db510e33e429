using Triangulate.Model;

namespace Triangulate.Extract.Entities;

/// <summary>
/// Finds the title or role written with a person's name, as a token range outside the name:
/// pre-nominal ("Foreign Minister | Andrii Sybiha", "Kremlin spokesman | Dmitri Peskov",
/// "US Secretary of State | Marco Rubio", "Head of the Presidential Office | Andriy Yermak") and appositive
/// ("Mike Waltz, | the U.S. national security adviser |,"; "Andriy Yermak, | Zelenskyy's chief of staff"). A title
/// needs a head word from the <see cref="TitleLexicon"/>; the words around it are accepted by part of speech
/// and capitalisation (modifiers, "of [the] Name" tails, a possessive owner), so the vocabulary is the lexicon's
/// and the grammar is small and general.
/// </summary>
public sealed class TitleFinder(TitleLexicon lexicon)
{
    private const int MaxModifiers = 6;
    private const int MaxAppositive = 12;

    public TitleLexicon Lexicon { get; } = lexicon;

    /// <summary>
    /// The title before the name starting at token <paramref name="nameStart"/> (first token, count), or null.
    /// <paramref name="inMention"/> says whether a token belongs to some entity mention.
    /// </summary>
    public (int First, int Count)? Before(TokenList tokens, ReadOnlySpan<PosTag> tags, int sentenceStart, int nameStart, Func<int, bool> inMention)
    {
        int lo = sentenceStart;
        int j = nameStart - 1;
        if (j < lo) return null;

        // Optional tail "of [the] Capitalised+" ("Secretary of State", "Head of the Presidential Office").
        int k = j;
        while (k >= lo && j - k < 4 && IsCapitalised(tokens, tags, k, inMention) && !IsHead(tokens, k)) k--;
        if (k < j)
        {
            int m = k;
            if (m >= lo && tokens[m].Norm == "the") m--;
            if (m - 1 >= lo && tokens[m].Norm == "of" && IsHead(tokens, m - 1)) j = m - 1;
        }
        if (!IsHead(tokens, j)) return null;

        int first = j;
        j--;
        while (j >= lo && first - j <= MaxModifiers)
        {
            var norm = tokens[j].Norm;
            if (IsHead(tokens, j) || IsCapitalised(tokens, tags, j, inMention) || IsModifier(tokens, tags, j)) { first = j; j--; continue; }
            if (norm is "'s" or "'" && j - 1 >= lo && IsCapitalised(tokens, tags, j - 1, inMention)) { first = j - 1; j -= 2; continue; }
            if (norm == "of" && j - 1 >= lo && IsHead(tokens, j - 1)) { first = j - 1; j -= 2; continue; }
            if (norm == "the" && j - 2 >= lo && tokens[j - 1].Norm == "of" && IsHead(tokens, j - 2)) { first = j - 2; j -= 3; continue; }
            break;
        }
        // A sentence-initial capitalised word that is not a noun or adjective is not part of the title ("However, …" is cut by
        // the comma anyway; "Then President X" is not). Nouns stay: "Fire chief X", "Police spokesman X".
        while (first < nameStart - 1 && first == lo && !IsHead(tokens, first) && !inMention(first) && tags.Length > first && tags[first] is not (PosTag.NNP or PosTag.NNPS or PosTag.JJ or PosTag.NN)) first++;
        return (first, nameStart - first);
    }

    /// <summary>The appositive title after the name ending before token <paramref name="nameEnd"/>, or null. A phrase
    /// naming another person is not a title but the next item of a list ("…, NSA Mike Waltz, Foreign Minister
    /// Andrii Sybiha, …") or someone else's role.</summary>
    public (int First, int Count)? After(TokenList tokens, ReadOnlySpan<PosTag> tags, int sentenceEnd, int nameEnd, Func<int, bool> inMention,
        Func<int, bool>? inPerson = null)
    {
        if (nameEnd >= sentenceEnd - 1 || tokens[nameEnd].Norm != ",") return null;
        int start = nameEnd + 1, k = start;
        bool head = false, preposition = false;
        while (k < sentenceEnd && k - start < MaxAppositive)
        {
            var norm = tokens[k].Norm;
            if (norm is "," or "." or ";" or ":" or ")" or "--" or "\"" or "(") break;
            if (inPerson?.Invoke(k) == true && !Possessive(tokens, k, sentenceEnd, inPerson)) return null; // "Zelenskyy's chief of staff" is a title
            var tag = k < tags.Length ? tags[k] : PosTag.None;
            bool ok = tag switch
            {
                PosTag.DT => k == start || tokens[k - 1].Norm == "of",
                PosTag.PRPS or PosTag.POS or PosTag.JJ or PosTag.JJR or PosTag.JJS or PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS or PosTag.CD or PosTag.VBN => true,
                PosTag.IN => norm is "of" or "for" or "at" or "to" or "in",
                PosTag.CC => norm == "and",
                _ => inMention(k) || norm is "'s" or "-",
            };
            if (!ok) return null;
            if (tag == PosTag.IN) preposition = true;
            else if (!preposition && IsHead(tokens, k)) head = true;
            k++;
        }
        if (!head || k == start) return null;
        if (k < sentenceEnd && tokens[k].Norm is not ("," or "." or ";" or ")" or "--")) return null;
        int first = start;
        if (tokens[first].Norm is "the" or "a" or "an") first++;
        return first < k ? (first, k - first) : null;
    }

    private bool IsHead(TokenList tokens, int i) => Lexicon.IsHead(tokens[i].Lexeme);

    /// <summary>Is the person name running through token <paramref name="k"/> followed by a possessive?</summary>
    private static bool Possessive(TokenList tokens, int k, int sentenceEnd, Func<int, bool> inPerson)
    {
        while (k < sentenceEnd && inPerson(k) && tokens[k].Norm is not ("'s" or "’s")) k++;
        return k < sentenceEnd && tokens[k].Norm is "'s" or "’s";
    }

    private static bool IsCapitalised(TokenList tokens, ReadOnlySpan<PosTag> tags, int i, Func<int, bool> inMention)
    {
        var lex = tokens[i].Lexeme;
        if (!lex.IsCapitalised) return false;
        if (inMention(i)) return true;
        return i >= tags.Length || tags[i] is PosTag.NNP or PosTag.NNPS or PosTag.JJ or PosTag.NN;
    }

    private static bool IsModifier(TokenList tokens, ReadOnlySpan<PosTag> tags, int i)
    {
        var lex = tokens[i].Lexeme;
        if (lex.IsStop || !lex.Is(LexemeFlags.Lower) || i >= tags.Length) return false;
        return tags[i] is PosTag.JJ or PosTag.NN or PosTag.VBN;
    }
}
