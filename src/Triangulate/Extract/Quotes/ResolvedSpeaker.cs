using Triangulate.Model;

namespace Triangulate.Extract.Quotes;

/// <summary>Who a speaker phrase turned out to be: a readable name, the entity (or -1), how it was found and
/// where the speaker is named when the phrase itself does not name them.</summary>
internal sealed record ResolvedSpeaker(string? Speaker, int Entity, SpeakerResolution Resolution, TextSpan? NameSpan, Referent? Referent);
