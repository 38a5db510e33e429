using System.Text.Json;

namespace Triangulate.Tests.Cli;

public sealed class ClusterCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("triangulate-cluster-").FullName;
    public void Dispose() => Directory.Delete(dir, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(dir, name), text);

    [Fact]
    public void Json_output_lists_each_story_with_its_article_ids()
    {
        Write("dam-a.txt", "Title: Crack found in Verran dam\nPublished: 2031-03-10T09:00:00Z\n\n" +
            "Engineers inspecting the Verran dam found a crack in its concrete spillway. The reservoir will be lowered while inspectors study the crack.");
        Write("dam-b.txt", "Title: Verran reservoir lowered after dam crack\nPublished: 2031-03-10T15:00:00Z\n\n" +
            "The water board lowered the Verran reservoir after inspectors found a crack in the dam spillway. Engineers will repair the concrete.");
        Write("tram.txt", "Title: Redwater tram drivers strike\nPublished: 2031-03-10T11:00:00Z\n\n" +
            "Tram drivers in Redwater walked out after wage talks with the transit authority collapsed. Union leader Marta Okonkwo said trams would stay idle.");
        // JSON Lines input: the record's id names the article.
        File.WriteAllText(Path.Combine(dir, "feed.jsonl"),
            "{\"id\": \"wire-77\", \"title\": \"Redwater trams idle as strike continues\", \"published\": \"2031-03-10T18:00:00Z\", " +
            "\"text\": \"No trams ran in Redwater as the drivers strike went on. Marta Okonkwo told drivers the transit authority wage offer was too low.\"}\n");

        var (exit, output, error) = CliRunner.Run("cluster", dir, "--format", "json");
        Assert.True(exit == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(4, root.GetProperty("articles").GetInt32());
        var stories = root.GetProperty("stories").EnumerateArray()
            .Select(s => s.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).Order().ToArray())
            .OrderBy(a => a[0], StringComparer.Ordinal).ToList();
        Assert.Equal(2, stories.Count);
        Assert.Equal(["dam-a", "dam-b"], stories[0]);
        Assert.Equal(["tram", "wire-77"], stories[1]);
        var first = root.GetProperty("stories")[0];
        Assert.Equal("s1", first.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("label").GetString()));
        Assert.Equal(JsonValueKind.String, first.GetProperty("first_seen").ValueKind);
    }

    [Fact]
    public void Markdown_output_names_each_story_and_bad_inputs_exit_2()
    {
        Write("dam-a.txt", "Engineers inspecting the Verran dam found a crack in its concrete spillway.");
        File.WriteAllBytes(Path.Combine(dir, "broken.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]);
        var (exit, output, error) = CliRunner.Run("cluster", dir);
        Assert.Equal(2, exit);
        Assert.Contains("## s1:", output);
        Assert.Contains("`dam-a`", output);
        Assert.Contains("broken.txt", error);
    }

    private const string Bridge =
        "The Kestrel Bay footbridge was closed on Monday after engineers found corrosion in two of its steel cables. " +
        "City engineer Halvard Moss said the bridge would stay shut for at least three weeks while the cables are replaced. " +
        "Commuters were told to use the harbour ferry, which will run every twenty minutes until the repairs are done. " +
        "The footbridge carries about four thousand walkers and cyclists a day between the old town and the station. " +
        "Moss said an inspection last spring had found no sign of damage, and that the corrosion had spread unusually fast. " +
        "The council will ask the builder, Orrin Steelworks, to pay for the new cables.";

    [Fact]
    public void A_republished_copy_is_an_edge_of_its_story_named_by_article_ids()
    {
        Write("bridge-post.txt", "Title: Kestrel Bay footbridge shut over corroded cables\nPublished: 2031-05-12T08:00:00Z\n\n" + Bridge);
        // Syndicated the same afternoon under another headline, with a credit line: a verbatim copy.
        Write("bridge-wire.txt", "Title: Corroded cables close Kestrel Bay bridge\nPublished: 2031-05-12T14:00:00Z\n\n" + Bridge + " (Kestrel Bay Post)");
        Write("bridge-own.txt", "Title: Ferry extra runs as Kestrel Bay bridge closes\nPublished: 2031-05-12T16:00:00Z\n\n" +
            "Walkers heading for the station queued for the harbour ferry on Monday evening, hours after the Kestrel Bay footbridge closed. " +
            "Engineers found rusted cables on the crossing, and the council says repairs by Orrin Steelworks will take weeks. " +
            "Halvard Moss, the city engineer, told reporters the corrosion was a surprise after a clean inspection last year.");
        Write("orchard.txt", "Title: Frost ruins Lindqvist orchard harvest\nPublished: 2031-05-12T10:00:00Z\n\n" +
            "A late frost destroyed most of the apple blossom in the Lindqvist valley orchards overnight. " +
            "Grower Ingrid Sandoval said half of this year's harvest was lost, and asked the regional farm office for emergency aid.");
        Write("orchard-2.txt", "Title: Lindqvist growers ask for frost aid\nPublished: 2031-05-13T09:00:00Z\n\n" +
            "Officials from the regional farm office toured three Lindqvist valley orchards on Tuesday to count the frost damage. " +
            "Cider makers in the valley expect to import fruit this autumn, and prices at the Saturday market have already risen. " +
            "Ingrid Sandoval, who farms forty hectares, said she was told an answer on aid would come within a week.");

        var (exit, output, error) = CliRunner.Run("cluster", dir, "--format", "json");
        Assert.True(exit == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("triangulate/clusters@1", root.GetProperty("schema").GetString());
        var stories = root.GetProperty("stories").EnumerateArray().ToList();
        string[] Ids(JsonElement s) => s.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).Order(StringComparer.Ordinal).ToArray();
        var bridge = stories.Single(s => Ids(s).Contains("bridge-post"));
        var orchard = stories.Single(s => Ids(s).Contains("orchard"));
        Assert.Equal(["bridge-own", "bridge-post", "bridge-wire"], Ids(bridge));
        Assert.Equal(["orchard", "orchard-2"], Ids(orchard));

        var edge = Assert.Single(bridge.GetProperty("derivations").EnumerateArray());
        Assert.Equal("bridge-post", edge.GetProperty("a").GetString());
        Assert.Equal("bridge-wire", edge.GetProperty("b").GetString());
        Assert.Equal("verbatim-copy", edge.GetProperty("kind").GetString());
        Assert.Equal("bridge-post", edge.GetProperty("source").GetString());
        Assert.False(string.IsNullOrEmpty(edge.GetProperty("explanation").GetString()));
        Assert.Empty(orchard.GetProperty("derivations").EnumerateArray());
    }
}
