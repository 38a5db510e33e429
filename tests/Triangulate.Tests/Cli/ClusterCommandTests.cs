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
}
