using System.Collections.Immutable;
using Triangulate.Model.Story;
using Triangulate.Pipeline;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// The story stage "derivation": finds which articles of the story copy or rewrite which and sets aside all but one
/// article of each derived group (the likely original stays), so corroboration counts independent sources only.
/// Runs after the article stages (needs tokens and sentences) and before claims.
/// </summary>
public sealed class DerivationStage(DerivationDetector detector, RewriteSignals signals) : IStoryStage
{
    public DerivationStage() : this(new DerivationDetector(), RewriteSignals.Default) { }

    public string Name => "derivation";

    /// <summary>Signals weaker than this are not reported: most human-written articles show some trace of each.</summary>
    public double MinSignalStrength { get; init; } = 0.8;

    public StoryAnalysis Run(StoryAnalysis story)
    {
        var report = detector.Detect(story.Docs);
        var derived = report.Edges.Where(e => e.IsDerived).ToImmutableArray();
        var perArticle = ImmutableArray.CreateBuilder<ArticleSignals>();
        foreach (var doc in story.Docs)
        {
            // Measured against the article it derives from when there is one: rewording is only visible beside the original.
            var edge = derived.FirstOrDefault(e => e.Derived == doc.Id);
            var source = edge is null ? null : story.Docs.FirstOrDefault(d => d.Id == edge.Source);
            var found = (source is null ? signals.For(doc) : signals.For(doc, source, edge!))
                .Where(s => s.Strength >= MinSignalStrength).ToImmutableArray();
            if (found.Length > 0) perArticle.Add(new ArticleSignals(doc.Id, source?.Id, found));
        }
        return story with
        {
            SetAside = [.. story.SetAside, .. report.ToSetAside()],
            Derivations = derived,
            RewriteSignals = perArticle.ToImmutable(),
        };
    }
}
