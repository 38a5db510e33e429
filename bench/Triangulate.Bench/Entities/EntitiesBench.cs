using BenchmarkDotNet.Attributes;
using Triangulate.Bench.Generators;
using Triangulate.Extract.Entities;
using Triangulate.Extract.Tagging;
using Triangulate.Extract.Tags;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Resources;
using Triangulate.Text;

namespace Triangulate.Bench.Entities;

/// <summary>
/// The tags and entities stages on one generated news article (the shared <see cref="StoryGenerator"/>), plus the
/// one-off costs a CLI run pays: loading the models and the gazetteer. Run: dotnet run -c Release -- --filter '*EntitiesBench*'
/// </summary>
[MemoryDiagnoser]
public class EntitiesBench
{
    private Doc segmented = null!;
    private Doc tagged = null!;
    private readonly TagsStage tags = new();
    private readonly EntitiesStage entities = new();

    [GlobalSetup]
    public void Setup()
    {
        var article = new StoryGenerator().Generate(1)[0];
        segmented = new SegmentStage(Tokenizer.Shared).Run(new Doc(article));
        tagged = tags.Run(segmented);
        entities.Run(tagged);
        Console.WriteLine($"// article: {segmented.Tokens.Count} tokens");
    }

    [Benchmark]
    public Doc TagsStage() => tags.Run(segmented);

    [Benchmark]
    public Doc EntitiesStage() => entities.Run(tagged);

    [Benchmark]
    public int LoadEntityModels()
    {
        using var a = BundledResource.Open(EntityTagger.FirstPassResource);
        using var b = BundledResource.Open(EntityTagger.SecondPassResource);
        return SequenceModel.Load(a).FeatureCount + SequenceModel.Load(b).FeatureCount;
    }

    [Benchmark]
    public int LoadPosModel()
    {
        using var s = BundledResource.Open(PosTagger.ResourceName);
        return SequenceModel.Load(s).FeatureCount;
    }

    [Benchmark]
    public int LoadGazetteer() => Gazetteer.Load(BundledResource.Open(GazetteerBuilder.FileName)).Count;
}
