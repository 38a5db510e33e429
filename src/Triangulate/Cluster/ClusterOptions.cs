namespace Triangulate.Cluster;

/// <summary>
/// Settings of the <see cref="StoryClusterer"/>. The defaults were chosen on the three GoogleNews sets and
/// WikiRef220 together (docs/BENCHMARKS.md, "Story clustering", gives the sensitivity of each); they are
/// not tuned per set.
/// </summary>
public sealed record ClusterOptions
{
    /// <summary>
    /// An article joins the best-scoring open story when the score reaches this; otherwise it starts a story.
    /// The score is the dot product of the article's unit TF-IDF vector with the story's summed member vectors,
    /// divided by (story size)^<see cref="SizeExponent"/>.
    /// </summary>
    public double Threshold { get; init; } = 0.275;

    /// <summary>
    /// How the score is normalised by story size: 1 gives the average similarity to the members (group-average
    /// link), 0.5 the cosine to the centroid when members are unrelated. In between, a big story needs a little
    /// less agreement per member than a small one, as a story's vocabulary widens as it grows.
    /// </summary>
    public double SizeExponent { get; init; } = 0.6;

    /// <summary>Two open stories whose TF-IDF centroids reach this cosine are merged (checked when a story grows).
    /// Above 1: centroids never merge (lone articles are still re-offered, see <see cref="ReofferLoneArticles"/>).</summary>
    public double MergeThreshold { get; init; } = 0.275;

    /// <summary>An article is represented by its this many heaviest terms (TF-IDF), however long it is.</summary>
    public int ArticleTerms { get; init; } = 96;

    /// <summary>
    /// A story of one article (an article that joined nothing when it arrived) is re-offered to each story that grows
    /// near it, and joins it when its join score against that story, as the story now stands, reaches
    /// <see cref="Threshold"/>: the story it belonged to may simply not have been recognisable yet when it arrived.
    /// </summary>
    public bool ReofferLoneArticles { get; init; } = true;

    /// <summary>Terms kept per story (the heaviest under the current IDF); the rest of its tail is dropped.</summary>
    public int StoryTerms { get; init; } = 128;

    /// <summary>Top terms under which each story is entered in the inverted index (candidate lookup).</summary>
    public int IndexTerms { get; init; } = 24;

    /// <summary>Top terms of an arriving article looked up in the index to find candidate stories.</summary>
    public int QueryTerms { get; init; } = 24;

    /// <summary>At most this many candidates (those sharing the most looked-up terms) are scored in full.</summary>
    public int MaxCandidates { get; init; } = 24;

    /// <summary>
    /// Publication-time scale of a story's memory: an article published <c>gap</c> after a story's last article
    /// (or before its first) has its score multiplied by exp(-gap²/2·scale²), so an article a day later is barely
    /// affected (×0.95 at the default three days) and one a week later needs a much closer match.
    /// </summary>
    public TimeSpan TimeScale { get; init; } = TimeSpan.FromDays(2);

    /// <summary>A story with no article for this long (publication time) is closed: it takes no more articles,
    /// leaves the index and is released from memory. A later article about the same people starts a new story.</summary>
    public TimeSpan MaxGap { get; init; } = TimeSpan.FromDays(5);

    /// <summary>
    /// The longest a story may run (publication time, first article to last): an article published later than this
    /// after a story's first article does not join it, and two stories merge only if together they stay within it.
    /// A story is one event; a follow-up a week on about the same people (a verdict after a trial, a second storm)
    /// starts a story of its own rather than being swallowed by the first, and a story that keeps drawing articles
    /// cannot grow without end by absorbing every later event that shares a name with it.
    /// </summary>
    public TimeSpan MaxSpan { get; init; } = TimeSpan.FromDays(7);

    /// <summary>For undated articles, the same gap counted in arrivals: a story that has taken no article in this
    /// many arrivals is closed.</summary>
    public int MaxGapArticles { get; init; } = 50_000;

    /// <summary>Pseudo-documents in the IDF total before the stream has any (see <see cref="Index.TermStatistics.PriorDocuments"/>).</summary>
    public double PriorDocuments { get; init; } = 100;

    /// <summary>Document frequencies are halved every this many articles (IDF follows the stream; old vocabulary is forgotten).</summary>
    public int IdfHalfLife { get; init; } = 200_000;

    /// <summary>Keep closed stories for <see cref="StoryClusterer.Stories"/> (a batch run). A continuous stream sets this
    /// to false and takes closed stories from <see cref="StoryClusterer.StoryClosed"/>, so memory stays bounded.</summary>
    public bool RetainClosed { get; init; } = true;

    public static ClusterOptions Default { get; } = new();

    internal void Validate()
    {
        if (!(Threshold > 0)) throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "must be positive");
        if (SizeExponent is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(SizeExponent), SizeExponent, "must be within [0, 1]");
        if (StoryTerms < IndexTerms) throw new ArgumentOutOfRangeException(nameof(StoryTerms), StoryTerms, "must be at least IndexTerms");
        if (ArticleTerms < 1 || IndexTerms < 1 || QueryTerms < 1 || MaxCandidates < 1) throw new ArgumentOutOfRangeException(nameof(IndexTerms), "index, query and candidate counts must be positive");
        if (TimeScale <= TimeSpan.Zero || MaxGap <= TimeSpan.Zero || MaxSpan <= TimeSpan.Zero || MaxGapArticles < 1) throw new ArgumentOutOfRangeException(nameof(MaxGap), "time scales must be positive");
    }
}
