namespace Triangulate.Extract.Quotes;

/// <summary>
/// One word form of a cue verb ("remarked", "states") with its own training counts: forms of one verb differ
/// ("stated" is nearly always a cue, "states" nearly never), so the rate is taken per form when it was seen
/// often enough, and from the verb otherwise.
/// </summary>
public sealed record CueForm(string Form, CueVerb Verb, int CueCount, int TextCount)
{
    /// <summary>Below this many occurrences a form's own rate is too noisy and the verb's is used.</summary>
    public const int MinOccurrences = 8;

    /// <summary>Estimated share of this form's occurrences that are cues.</summary>
    public double Rate => TextCount >= MinOccurrences ? (CueCount + 0.5) / (TextCount + 2.0) : Verb.Rate;

    /// <summary>Estimated share of this form's occurrences that introduce quoted words: its cue rate times the share
    /// of the verb's cues whose content held a quotation ("said" high; "showed", "allowed" low).</summary>
    public double QuoteRate => Rate * (Verb.QuoteCount + 1.0) / (Verb.CueCount + 2.0);
}
