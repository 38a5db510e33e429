using Triangulate.Model;

namespace Triangulate.Extract.Quotes;

/// <summary>
/// A partial quote's candidate contents, by name, and what the content model saw of the quote: at run time the
/// model picks one; at training time, one example (the candidate that matches the gold content is the label).
/// </summary>
internal sealed record ContentChoice(string[] Features, IReadOnlyList<(string Name, List<TextSpan> Content)> Candidates);
