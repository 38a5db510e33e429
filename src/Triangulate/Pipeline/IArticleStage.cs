using Triangulate.Model;

namespace Triangulate.Pipeline;

/// <summary>What a stage is called and which layers it reads and adds (checked when the pipeline is built).</summary>
public sealed record StageInfo(string Name, Layer Reads, Layer Adds);

/// <summary>
/// A stage that works on one article at a time: pure, thread-safe, and returning a new <see cref="Doc"/>
/// with the layers it adds. Throws <see cref="InputException"/> for input it cannot handle.
/// </summary>
public interface IArticleStage
{
    StageInfo Info { get; }
    Doc Run(Doc doc);
}
