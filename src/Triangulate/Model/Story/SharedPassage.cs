using Triangulate.Model;

namespace Triangulate.Model.Story;

/// <summary>
/// A maximal run of identical words found in both articles: where it is in each (offsets into each article's
/// <see cref="Article.Text"/>), how many words it has, and whether it stands inside quotation marks in the
/// first article (two independent reports can quote the same statement word for word; that is not copying).
/// </summary>
public sealed record SharedPassage(TextSpan InA, TextSpan InB, int Words, bool Quoted);
