using Triangulate.Model;

namespace Triangulate.Extract.Quotes;

/// <summary>A partial quote's two candidate contents and what the content model saw of it: one training example.</summary>
internal sealed record ContentChoice(string[] Features, List<TextSpan> Clause, List<TextSpan> QuotedWords);
