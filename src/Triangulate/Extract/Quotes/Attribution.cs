using Triangulate.Model;

namespace Triangulate.Extract.Quotes;

/// <summary>
/// A cue in the writer's words with its speaker phrase: "Rubio said", "said the official", "according to the
/// statement", "Rep. Smith:". <see cref="Runs"/> are the quoted runs it governs (none for an attribution of
/// reported speech, which the resolver still uses to learn who has spoken).
/// </summary>
internal sealed class Attribution
{
    public required int CueFirst { get; init; }
    public required int CueEnd { get; init; }
    /// <summary>The cue verb form, or null for a colon cue.</summary>
    public CueForm? Form { get; init; }
    public SpeakerPhrase? Speaker { get; set; }
    /// <summary>The speaker does not stand next to the cue: it is the subject of another cue ("…,” he said, adding …)
    /// or of the sentence ("She greeted them and told them …").</summary>
    public bool Inherited { get; set; }
    public List<QuotedRun> Runs { get; } = [];

    /// <summary>How reliably this cue introduces quoted words (learned; a colon before a quote is taken as sure).</summary>
    public double Strength => Form?.QuoteRate ?? 0.9;

    /// <summary>Tokens of the attribution phrase: speaker and cue together.</summary>
    public int PhraseFirst => Speaker is { } s && !Inherited ? Math.Min(CueFirst, s.First) : CueFirst;
    public int PhraseEnd => Speaker is { } s && !Inherited ? Math.Max(CueEnd, s.End) : CueEnd;

    public override string ToString() => $"cue [{CueFirst}..{CueEnd}) speaker {(Speaker is null ? "-" : $"[{Speaker.First}..{Speaker.End})")}";
}
