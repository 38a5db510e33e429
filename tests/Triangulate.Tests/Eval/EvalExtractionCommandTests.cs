using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Triangulate.Tests.Cli;

namespace Triangulate.Tests.Eval;

/// <summary>'eval extraction' on a small benchmark-shaped folder of fictional pages.</summary>
public sealed class EvalExtractionCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("triangulate-extraction-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private const string Body1 =
        "The Lantern Street bridge in Orvale reopened to cyclists on Monday after eight months of repairs to its deck.\n\n" +
        "Engineers from the Orvale works department replaced forty steel plates and repainted the railings, said project lead Mira Santos.\n\n" +
        "The bridge carried about three thousand bicycles a day before it closed, according to the city's own counts from last spring.";

    private const string Body2 =
        "Volunteers planted two hundred oak saplings along the Fenwick canal on Saturday, the Fenwick Canal Trust said.\n\n" +
        "The trust hopes the trees will shade the towpath within a decade and give nesting space to kingfishers.";

    private void Setup()
    {
        Directory.CreateDirectory(Path.Combine(dir, "html"));
        WritePage("page1", Body1);
        File.WriteAllText(Path.Combine(dir, "html", "page2.html"), Page(Body2));
        File.WriteAllBytes(Path.Combine(dir, "html", "page4.html.gz"), [0x1F, 0x8B, 0x08, 0x00, 0x42]);
        var truth = new JsonObject
        {
            ["page1"] = new JsonObject { ["articleBody"] = Body1, ["url"] = "https://orvale.example/bridge" },
            ["page2"] = new JsonObject { ["articleBody"] = Body2, ["url"] = "https://fenwick.example/oaks" },
            ["page3"] = new JsonObject { ["articleBody"] = "A page whose HTML is missing from the folder.", ["url"] = "https://example.org/gone" },
            ["page4"] = new JsonObject { ["articleBody"] = "A page whose gzip file is corrupt.", ["url"] = "https://example.org/corrupt" },
        };
        File.WriteAllText(Path.Combine(dir, "ground-truth.json"), truth.ToJsonString());
    }

    private static string Page(string body) =>
        "<!DOCTYPE html><html><head><title>News</title></head><body><nav><a href='/'>Home</a> <a href='/local'>Local</a></nav><article><h1>Headline</h1>"
        + string.Concat(body.Split("\n\n").Select(p => $"<p>{p}</p>")) + "</article><footer>Contact us</footer></body></html>";

    private void WritePage(string id, string body)
    {
        using var file = File.Create(Path.Combine(dir, "html", id + ".html.gz"));
        using var gz = new GZipStream(file, CompressionLevel.Fastest);
        gz.Write(Encoding.UTF8.GetBytes(Page(body)));
    }

    [Fact]
    public void Extraction_is_scored_per_page_and_a_missing_or_corrupt_page_counts_as_an_empty_output()
    {
        Setup();
        var (exit, output, error) = CliRunner.Run("eval", "extraction", "--dir", dir, "--json", "--threads", "1");
        Assert.True(exit == 0, error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal(4, (int)json["pages"]!);
        Assert.Equal(2, (int)json["emptyOutputs"]!);
        Assert.Equal(1.0, (double)json["precision"]!);
        Assert.Equal(0.5, (double)json["recall"]!, 3);
        Assert.Equal(0.5, (double)json["accuracy"]!, 3);
    }

    [Fact]
    public void The_table_shows_the_figures_and_the_worst_pages_and_predictions_are_written_in_the_benchmark_shape()
    {
        Setup();
        string predictions = Path.Combine(dir, "out", "predictions.json");
        var (exit, output, _) = CliRunner.Run("eval", "extraction", "--dir", dir, "--show", "1", "--out", predictions);
        Assert.Equal(0, exit);
        Assert.Contains("F1", output);
        Assert.Contains("empty outputs", output);
        Assert.Contains("https://example.org/gone", output);
        Assert.Contains("page4: ", output);
        var written = JsonNode.Parse(File.ReadAllText(predictions))!;
        Assert.Equal(Body1, (string)written["page1"]!["articleBody"]!);
        Assert.Equal("", (string)written["page3"]!["articleBody"]!);

        // The same file scored as another extractor's output gives the same figures.
        var (_, rescored, _) = CliRunner.Run("eval", "extraction", "--dir", dir, "--predictions", predictions, "--json");
        Assert.Equal(0.5, (double)JsonNode.Parse(rescored)!["recall"]!, 3);
    }

    [Fact]
    public void A_missing_benchmark_folder_is_reported_with_the_option_that_moves_it()
    {
        var (exit, _, error) = CliRunner.Run("eval", "extraction", "--dir", Path.Combine(dir, "nowhere"));
        Assert.Equal(3, exit);
        Assert.Contains("--dir", error);
        Assert.Contains("ground-truth.json", error);
    }

    [Fact]
    public void A_ground_truth_that_is_not_the_benchmark_shape_is_a_clear_error()
    {
        File.WriteAllText(Path.Combine(dir, "ground-truth.json"), "[1, 2, 3]");
        var (exit, _, error) = CliRunner.Run("eval", "extraction", "--dir", dir);
        Assert.Equal(1, exit);
        Assert.Contains("ground-truth.json", error);
    }
}
