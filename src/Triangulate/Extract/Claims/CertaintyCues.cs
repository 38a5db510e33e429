using System.Collections.Frozen;

namespace Triangulate.Extract.Claims;

/// <summary>
/// The closed-class words that set a claim's polarity and certainty. These are grammar (negators,
/// epistemic modals, conditional subordinators), not a lexicon; open-class attitude words ("consider",
/// "suspect") come from WordNet's cognition verbs when it is installed (<see cref="ClaimExtractor"/>).
/// "would" and "should" are left out on purpose: news uses "said it would resume" for a plain future.
/// </summary>
public static class CertaintyCues
{
    public static readonly FrozenSet<string> Negators =
        new[] { "not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor", "without" }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> EpistemicModals =
        new[] { "may", "might", "could" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Forms of be, have and do: finite, but they carry no claim of their own.</summary>
    public static readonly FrozenSet<string> Auxiliaries =
        new[] { "is", "are", "was", "were", "be", "am", "has", "have", "had", "does", "do", "did", "'s", "’s", "'re", "’re" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lemmas of verbs that attribute a statement rather than make one ("said", "told", "stated"), with the
    /// irregular past forms, which the rule lemmatizer (no WordNet installed) leaves as they are.</summary>
    public static readonly FrozenSet<string> ReportingVerbs =
        new[]
        {
            "say", "tell", "state", "add", "announce", "report", "note", "indicate", "claim", "insist", "confirm", "remark",
            "stress", "emphasize", "emphasise", "warn", "write", "explain", "declare", "assert", "argue", "acknowledge",
            "suggest", "believe", "think", "reiterate", "highlight", "express", "predict", "estimate",
            "said", "told", "wrote", "thought",
        }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Conditionals =
        new[] { "if", "unless" }.ToFrozenSet(StringComparer.Ordinal);
}
