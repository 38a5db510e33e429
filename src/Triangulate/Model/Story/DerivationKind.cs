namespace Triangulate.Model.Story;

/// <summary>How one article relates to another.</summary>
public enum DerivationKind : byte
{
    /// <summary>Written separately: any shared words are quotations, names or stock phrases.</summary>
    Independent,
    /// <summary>The same facts in the same order, reworded: sentence by sentence aligned in meaning, little shared wording.</summary>
    Paraphrase,
    /// <summary>Syndication with trims and light edits: most of one article's words appear in the other in long shared runs.</summary>
    NearCopy,
    /// <summary>The same text, word for word (headers, bylines and punctuation aside).</summary>
    Verbatim,
}

/// <summary>What the source→derived direction of an edge rests on.</summary>
public enum DirectionBasis : byte
{
    /// <summary>No direction: independent, or nothing tells the two apart.</summary>
    None,
    /// <summary>Both publication times are known and differ: the earlier is the source.</summary>
    PublicationTime,
    /// <summary>One article is contained in the other much more than the other way round: the contained one looks trimmed from the other.</summary>
    Containment,
    /// <summary>Heuristic for rewrites: the article with clearly more content (names, numbers, rarer words) is taken as the source.</summary>
    Detail,
}
