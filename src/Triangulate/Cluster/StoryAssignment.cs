namespace Triangulate.Cluster;

/// <summary>
/// Where an arriving article went, decided at once: the story it joined or started, and the score that
/// decided it. When joining made the story close enough to another open story to merge, the other story's
/// id is <see cref="MergedStory"/> and its articles now belong to <see cref="Story"/>.
/// </summary>
public readonly record struct StoryAssignment(string ArticleId, int Story, bool NewStory, double Score, int MergedStory = -1);
