namespace Triangulate.Extract.Quotes;

/// <summary>
/// A verb (or verb-headed phrase like "according to") that introduces what someone said, with how it behaved
/// in the training data: how often it headed an annotated cue, how often its forms occurred at all, how often
/// its attribution held a quotation, and how often the source came after it ("according to X", "said X").
/// </summary>
public sealed record CueVerb(string Lemma, int CueCount, int TextCount, int QuoteCount, int AfterCount, bool Communication)
{
    /// <summary>Share of the verb's occurrences that were cues (smoothed: a verb seen once is not certain).</summary>
    public double Rate => (CueCount + 0.5) / (TextCount + 2.0);

    /// <summary>Share of its cues whose source came after it: near 1 for "according to".</summary>
    public double AfterRate => CueCount == 0 ? 0 : (double)AfterCount / CueCount;

    /// <summary>Known only from WordNet's verb.communication, never seen as a cue in the training data.</summary>
    public bool OnlyFromWordNet => CueCount == 0;
}
