namespace Triangulate.Cluster;

/// <summary>
/// What the <see cref="StoryClusterer"/> has done so far: candidates found in the index and scored in full per
/// article (the cost driver; it should stay flat as the stream grows, not grow with the number of stories), merge
/// checks and merges.
/// </summary>
public readonly record struct ClusterCounters(long Articles, long CandidatesFound, long CandidatesScored, long MergeChecks, long Merges, long PostingsRead)
{
    public double CandidatesFoundPerArticle => Articles > 0 ? (double)CandidatesFound / Articles : 0;
    public double CandidatesScoredPerArticle => Articles > 0 ? (double)CandidatesScored / Articles : 0;

    /// <summary>Index entries read per article (article lookups and merge checks together).</summary>
    public double PostingsReadPerArticle => Articles > 0 ? (double)PostingsRead / Articles : 0;
}
