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

    public static readonly FrozenSet<string> Conditionals =
        new[] { "if", "unless" }.ToFrozenSet(StringComparer.Ordinal);
}
