using Triangulate.Model.Story;

namespace Triangulate.Pipeline;

/// <summary>
/// A stage that works across the articles of one story (entity resolution, quote and claim alignment,
/// the brief): pure, and returning a new <see cref="StoryAnalysis"/> with what it adds.
/// </summary>
public interface IStoryStage
{
    /// <summary>Short lower-case name for logs and errors ("entities", "claims").</summary>
    string Name { get; }

    StoryAnalysis Run(StoryAnalysis story);
}
