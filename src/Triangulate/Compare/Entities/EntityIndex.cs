using Triangulate.Model.Story;

namespace Triangulate.Compare.Entities;

/// <summary>Looks up the story entity an article's own entity resolved to.</summary>
public sealed class EntityIndex
{
    private readonly Dictionary<(string, int), StoryEntity> byDocEntity = [];

    public EntityIndex(StoryAnalysis story)
    {
        foreach (var entity in story.Entities)
            foreach (var r in entity.DocEntities) byDocEntity[(r.ArticleId, r.DocEntity)] = entity;
    }

    public StoryEntity? Get(string articleId, int docEntity) =>
        docEntity >= 0 && byDocEntity.TryGetValue((articleId, docEntity), out var e) ? e : null;
}
