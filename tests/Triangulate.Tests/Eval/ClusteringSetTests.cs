using Triangulate.Eval;

namespace Triangulate.Tests.Eval;

public sealed class ClusteringSetTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("triangulate-clusterset-").FullName;
    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData("harbor.fire.12.txt", "harbor.fire", 12L)]
    [InlineData("HarborFire2031 (7).txt", "HarborFire2031", 7L)]
    [InlineData("lonely.txt", "lonely", null)]
    public void Gold_story_is_the_file_name_prefix(string file, string gold, long? number)
    {
        Assert.Equal((gold, number), ClusteringSet.GoldOf(file));
    }

    [Fact]
    public void A_labelled_folder_is_read_in_file_number_order_across_topics()
    {
        File.WriteAllText(Path.Combine(dir, "tram.strike.3.txt"), "Tram drivers in Redwater walked out.");
        File.WriteAllText(Path.Combine(dir, "dam.inspection.1.txt"), "Inspectors reached the Verran dam.");
        File.WriteAllText(Path.Combine(dir, "tram.strike.2.txt"), "Redwater trams stopped at noon.");
        var set = ClusteringSet.ReadFolder(dir);
        Assert.Equal(["dam.inspection", "tram.strike", "tram.strike"], set.Items.Select(i => i.Gold));
        Assert.Equal(["dam.inspection.1", "tram.strike.2", "tram.strike.3"], set.Items.Select(i => i.Id));
    }

    [Fact]
    public void A_googlenews_file_keeps_line_order_and_reports_bad_lines()
    {
        string file = Path.Combine(dir, "News-X.jsonl");
        File.WriteAllLines(file, ["{\"text\": \"redwater tram strike\", \"cluster\": 4}", "not json", "{\"text\": \"verran dam crack\", \"cluster\": 9}"]);
        var set = ClusteringSet.ReadGoogleNews(file);
        Assert.Equal(["4", "9"], set.Items.Select(i => i.Gold));
        Assert.Equal(["News-X:1", "News-X:3"], set.Items.Select(i => i.Id));
        var error = Assert.Single(set.Errors);
        Assert.Contains(":2", error.Origin);
    }
}
