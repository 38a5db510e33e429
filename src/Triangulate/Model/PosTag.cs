namespace Triangulate.Model;

/// <summary>Penn Treebank part-of-speech tags (the tag set of the CoNLL-2003 POS column the tagger is trained on).</summary>
public enum PosTag : byte
{
    None = 0,
    CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRPS, RB, RBR, RBS, RP,
    SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB,
    /// <summary>Punctuation: . , : ( ) " '' `` # $ and the like.</summary>
    Punct,
}

public static class PosTags
{
    public static bool IsNoun(this PosTag t) => t is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS;
    public static bool IsProperNoun(this PosTag t) => t is PosTag.NNP or PosTag.NNPS;
    public static bool IsVerb(this PosTag t) => t is PosTag.VB or PosTag.VBD or PosTag.VBG or PosTag.VBN or PosTag.VBP or PosTag.VBZ;
    public static bool IsAdjective(this PosTag t) => t is PosTag.JJ or PosTag.JJR or PosTag.JJS;
    public static bool IsAdverb(this PosTag t) => t is PosTag.RB or PosTag.RBR or PosTag.RBS;

    /// <summary>Parses a Penn tag as written in CoNLL files ("PRP$" → PRPS, "," → Punct).</summary>
    public static PosTag Parse(string tag) => tag switch
    {
        "PRP$" => PosTag.PRPS,
        "WP$" => PosTag.WPS,
        _ when Enum.TryParse<PosTag>(tag, out var t) && t != PosTag.None && t != PosTag.Punct => t,
        _ => PosTag.Punct,
    };
}
