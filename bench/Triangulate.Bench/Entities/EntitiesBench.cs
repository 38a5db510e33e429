using BenchmarkDotNet.Attributes;
using Triangulate.Extract.Entities;
using Triangulate.Extract.Tagging;
using Triangulate.Extract.Tags;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Resources;
using Triangulate.Text;

namespace Triangulate.Bench.Entities;

/// <summary>
/// The tags and entities stages on generated news-like articles of a few sizes, plus the one-off costs a CLI run
/// pays: loading the models and the gazetteer. Run: dotnet run -c Release -- --filter '*EntitiesBench*'
/// </summary>
[MemoryDiagnoser]
public class EntitiesBench
{
    [Params(250, 1000)]
    public int Words { get; set; }

    private Doc segmented = null!;
    private Doc tagged = null!;
    private readonly TagsStage tags = new();
    private readonly EntitiesStage entities = new();

    [GlobalSetup]
    public void Setup()
    {
        var article = new Article { Id = "bench", Text = ArticleGenerator.Generate(Words, seed: 7), Origin = "bench" };
        segmented = new SegmentStage(Tokenizer.Shared).Run(new Doc(article));
        tagged = tags.Run(segmented);
        entities.Run(tagged);
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

/// <summary>Fictional news paragraphs built from templates, so benchmarks need no dataset.</summary>
public static class ArticleGenerator
{
    private static readonly string[] People = ["Elena Varga", "Tomas Brandt", "Marta Lindqvist", "Oleg Tarasenko", "Ruth Okafor", "Jonas Weller"];
    private static readonly string[] Places = ["Port Astra", "Veldoria", "Marenland", "Kestrel Bay", "Brussels", "Geneva"];
    private static readonly string[] Orgs = ["the Harbour Authority", "Greystone Logistics", "the Northern Alliance", "the Coastline Wire", "the United Nations"];
    private static readonly string[] Templates =
    [
        "Foreign Minister {P} said on Tuesday that talks in {L} had been productive.",
        "{P}, the {L} national security adviser, told reporters the plan would be reviewed by {O}.",
        "\"We are ready to move forward,\" {S} said after meeting officials from {O}.",
        "At least 17 people were injured when a fire broke out near {L}, according to {O}.",
        "{S}'s office said the proposal would be sent to {L} before the end of the month.",
        "Officials in {L} and {L2} said they expected a decision within 30 days.",
    ];

    public static string Generate(int words, int seed)
    {
        var random = new Random(seed);
        var sb = new System.Text.StringBuilder();
        int count = 0;
        while (count < words)
        {
            string p = People[random.Next(People.Length)];
            string s = Templates[random.Next(Templates.Length)]
                .Replace("{P}", p).Replace("{S}", p.Split(' ')[1])
                .Replace("{L2}", Places[random.Next(Places.Length)]).Replace("{L}", Places[random.Next(Places.Length)])
                .Replace("{O}", Orgs[random.Next(Orgs.Length)]);
            s = char.ToUpperInvariant(s[0]) + s[1..];
            sb.Append(s).Append(count % 60 < 15 ? " " : "\n\n");
            count += s.Split(' ').Length;
        }
        return sb.ToString();
    }
}
