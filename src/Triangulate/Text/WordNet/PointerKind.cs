namespace Triangulate.Text.WordNet;

/// <summary>
/// WordNet's relations between synsets (semantic pointers) or between words in them (lexical pointers),
/// as written by the pointer symbols of the data files ("@" hypernym, "+" derivationally related, "&amp;" similar to...).
/// </summary>
public enum PointerKind : byte
{
    Unknown = 0,
    Antonym,
    Hypernym,
    InstanceHypernym,
    Hyponym,
    InstanceHyponym,
    MemberHolonym,
    SubstanceHolonym,
    PartHolonym,
    MemberMeronym,
    SubstanceMeronym,
    PartMeronym,
    Attribute,
    DerivationallyRelated,
    Entailment,
    Cause,
    AlsoSee,
    VerbGroup,
    SimilarTo,
    ParticipleOfVerb,
    /// <summary>"\" on an adjective (pertains to a noun) or on an adverb (derived from an adjective).</summary>
    Pertainym,
    DomainTopic,
    DomainRegion,
    DomainUsage,
    MemberOfDomainTopic,
    MemberOfDomainRegion,
    MemberOfDomainUsage,
}

public static class PointerSymbols
{
    /// <summary>The kind a pointer symbol stands for (WordNet's wninput(5WN)); unknown symbols map to <see cref="PointerKind.Unknown"/>.</summary>
    public static PointerKind Parse(ReadOnlySpan<char> symbol) => symbol switch
    {
        "!" => PointerKind.Antonym,
        "@" => PointerKind.Hypernym,
        "@i" => PointerKind.InstanceHypernym,
        "~" => PointerKind.Hyponym,
        "~i" => PointerKind.InstanceHyponym,
        "#m" => PointerKind.MemberHolonym,
        "#s" => PointerKind.SubstanceHolonym,
        "#p" => PointerKind.PartHolonym,
        "%m" => PointerKind.MemberMeronym,
        "%s" => PointerKind.SubstanceMeronym,
        "%p" => PointerKind.PartMeronym,
        "=" => PointerKind.Attribute,
        "+" => PointerKind.DerivationallyRelated,
        "*" => PointerKind.Entailment,
        ">" => PointerKind.Cause,
        "^" => PointerKind.AlsoSee,
        "$" => PointerKind.VerbGroup,
        "&" => PointerKind.SimilarTo,
        "<" => PointerKind.ParticipleOfVerb,
        "\\" => PointerKind.Pertainym,
        ";c" => PointerKind.DomainTopic,
        ";r" => PointerKind.DomainRegion,
        ";u" => PointerKind.DomainUsage,
        "-c" => PointerKind.MemberOfDomainTopic,
        "-r" => PointerKind.MemberOfDomainRegion,
        "-u" => PointerKind.MemberOfDomainUsage,
        _ => PointerKind.Unknown,
    };
}
