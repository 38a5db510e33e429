namespace Triangulate.Compare.Similarity;

/// <summary>
/// A sentence analysed once for comparison (lemmas, weights, numbers, WordNet neighbourhoods), so that comparing
/// every sentence of one article with every sentence of another analyses each sentence once, not once per pair.
/// Made by <see cref="SentenceSimilarity.Prepare"/>; valid only with the instance that made it.
/// </summary>
public sealed class PreparedSentence
{
    internal PreparedSentence(SentenceView view, SentenceSimilarity owner)
    {
        View = view;
        Owner = owner;
    }

    internal SentenceView View { get; }
    internal SentenceSimilarity Owner { get; }

    /// <summary>Number of words (punctuation aside).</summary>
    public int WordCount => View.Length;
}
