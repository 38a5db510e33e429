using BenchmarkDotNet.Attributes;
using Triangulate.Extract.Quantities;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Bench;

/// <summary>
/// The quantities stage (quantities and dates) on generated news text, beside the segment stage it runs after:
/// the baseline says what an article costs before any extraction. Articles/s = 1 s / mean time per article.
/// </summary>
[MemoryDiagnoser]
public class QuantityBench
{
    /// <summary>Paragraphs per article: 8 is about a 600-word news story.</summary>
    [Params(8, 40)]
    public int Paragraphs { get; set; }

    private readonly SegmentStage segment = new(Tokenizer.Shared);
    private readonly QuantityStage quantities = new();
    private Article article = null!;
    private Doc segmented = null!;

    [GlobalSetup]
    public void Setup()
    {
        string text = NewsTextGenerator.Generate(Paragraphs, seed: 7);
        article = new Article { Id = "bench", Text = text, Origin = "bench", Published = new DateTimeOffset(2025, 6, 18, 9, 0, 0, TimeSpan.Zero) };
        // Tagged as the default pipeline does before this stage; tagging itself is not timed here.
        segmented = new Triangulate.Extract.Tags.TagsStage().Run(segment.Run(new Doc(article)));
        _ = quantities.Run(segmented); // loads the unit table outside the timing
    }

    [Benchmark(Baseline = true)]
    public Doc Segment() => segment.Run(new Doc(article));

    [Benchmark]
    public Doc QuantitiesAndDates() => quantities.Run(segmented);
}

/// <summary>News-like paragraphs with numbers, hedges, money, durations and dates, made from templates with a fixed
/// seed (no real article text), mixed with sentences that hold none.</summary>
internal static class NewsTextGenerator
{
    private static readonly string[] Templates =
    [
        "At least {n} people were killed and {m} others were injured when {place} was shelled on {weekday}, officials said.",
        "The navy said it intercepted over {big} drones overnight, the largest attack since {year}.",
        "Both sides agreed to a {n}-day truce that could be extended by mutual consent.",
        "The government pledged ${m} million in aid, and nearly {pct}% of homes in {place} remain without power.",
        "Talks broke down in the spring of {year} after {n} rounds, and resumed last week in {place}.",
        "Dozens of residents were evacuated on {month} {day}, {year}, and some {big} more left by bus.",
        "The mayor of {place} said the repairs would take two to three years and cost about {m} billion euros.",
        "Officials in {place} declined to comment on the report, citing an ongoing review by the regional council.",
        "Witnesses described long queues outside the station as families waited for news of relatives.",
        "The minister will travel to {place} on {weekday} to meet her counterpart, a spokesman said.",
    ];

    private static readonly string[] Places = ["Porvale", "Dunmore", "Orrel", "Vell County", "Karst Bay", "New Alder"];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] Months = ["Jan.", "Feb.", "March", "April", "Aug.", "Sept.", "Oct."];

    public static string Generate(int paragraphs, int seed)
    {
        var random = new Random(seed);
        var sb = new System.Text.StringBuilder();
        for (int p = 0; p < paragraphs; p++)
        {
            for (int s = 0; s < 4; s++)
            {
                string t = Templates[random.Next(Templates.Length)];
                sb.Append(t.Replace("{n}", random.Next(2, 60).ToString())
                    .Replace("{m}", random.Next(2, 900).ToString())
                    .Replace("{big}", random.Next(100, 900).ToString())
                    .Replace("{pct}", random.Next(5, 95).ToString())
                    .Replace("{year}", random.Next(1990, 2025).ToString())
                    .Replace("{day}", random.Next(1, 28).ToString())
                    .Replace("{month}", Months[random.Next(Months.Length)])
                    .Replace("{weekday}", Weekdays[random.Next(Weekdays.Length)])
                    .Replace("{place}", Places[random.Next(Places.Length)]));
                sb.Append(' ');
            }
            sb.Append("\n\n");
        }
        return sb.ToString();
    }
}
