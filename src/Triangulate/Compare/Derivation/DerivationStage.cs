using Triangulate.Model.Story;
using Triangulate.Pipeline;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// The story stage "derivation": finds which articles of the story copy or rewrite which and sets aside all but one
/// article of each derived group (the likely original stays), so corroboration counts independent sources only.
/// Runs after the article stages (needs tokens and sentences) and before claims.
/// </summary>
public sealed class DerivationStage(DerivationDetector detector) : IStoryStage
{
    public DerivationStage() : this(new DerivationDetector()) { }

    public string Name => "derivation";

    public StoryAnalysis Run(StoryAnalysis story)
    {
        var report = detector.Detect(story.Docs);
        return story with { SetAside = [.. story.SetAside, .. report.ToSetAside()] };
    }
}
