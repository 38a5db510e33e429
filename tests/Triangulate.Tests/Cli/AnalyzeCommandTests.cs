using System.Text.Json;

namespace Triangulate.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("triangulate-analyze-").FullName;
    public void Dispose() => Directory.Delete(dir, recursive: true);

    private void WriteStory()
    {
        File.WriteAllText(Path.Combine(dir, "one.txt"), "Title: Harbor closed\nSource: Harbor Times\nPublished: 2025-06-10T09:00:00Z\n\nFerry services to Gull Island were suspended on Tuesday after the warehouse fire.\n");
        File.WriteAllText(Path.Combine(dir, "two.txt"), "Source: Coastal Post\nPublished: 2025-06-10T11:00:00Z\n\nThe warehouse fire led to ferry services to Gull Island being suspended on Tuesday.\n");
    }

    [Fact]
    public void Json_report_names_articles_by_id_and_exits_0()
    {
        WriteStory();
        var (exit, output, error) = CliRunner.Run("analyze", dir, "--format", "json");
        Assert.Equal(0, exit);
        // Nothing on stderr but, when WordNet is not installed, the one line saying so.
        Assert.All(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains("WordNet is not available", line));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["one", "two"], json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Contains(json.RootElement.GetProperty("claims").EnumerateArray(), c => c.GetProperty("status").GetString() == "corroborated");
    }

    [Fact]
    public void A_bad_input_is_named_on_stderr_the_rest_is_analysed_and_the_exit_code_is_2()
    {
        WriteStory();
        File.WriteAllBytes(Path.Combine(dir, "photo.txt"), [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]);
        string report = Path.Combine(dir, "out", "report.md");
        var (exit, output, error) = CliRunner.Run("analyze", dir, "-o", report);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("photo.txt", error);
        Assert.Contains("JPEG", error);
        Assert.Contains("# Harbor closed", File.ReadAllText(report));
    }

    [Fact]
    public void Nothing_readable_is_said_plainly()
    {
        var (exit, _, error) = CliRunner.Run("analyze", Path.Combine(dir, "missing"));
        Assert.Equal(2, exit);
        Assert.Contains("no such file or folder", error);
        Assert.Contains("nothing to analyse", error);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        WriteStory();
        var (exit, _, error) = CliRunner.Run("analyze", dir, "--format", "pdf");
        Assert.Equal(1, exit);
        Assert.Contains("pdf", error);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(dir, name), text);

    /// <summary>Two unrelated stories of two articles each, and one article about neither.</summary>
    private void WriteTwoStories()
    {
        Write("dam-a.txt", "Title: Crack found in Verran dam\nSource: Valley Courier\nPublished: 2031-03-10T09:00:00Z\n\n" +
            "Engineers inspecting the Verran dam found a crack in its concrete spillway on Monday. The water board said the reservoir will be lowered by two metres while inspectors study the crack.\n");
        Write("dam-b.txt", "Title: Verran reservoir lowered after dam crack\nSource: River Gazette\nPublished: 2031-03-10T15:00:00Z\n\n" +
            "The water board began lowering the Verran reservoir after inspectors found a crack in the dam spillway. Engineers expect to repair the concrete within a month.\n");
        Write("tram-a.txt", "Title: Redwater tram drivers strike\nSource: Metro Wire\nPublished: 2031-03-10T11:00:00Z\n\n" +
            "Tram drivers in Redwater walked out on Monday after wage talks with the transit authority collapsed. Union leader Marta Okonkwo said trams would stay idle until a new offer is made.\n");
        Write("tram-b.txt", "Title: Redwater trams idle as strike goes on\nSource: Harbor Times\nPublished: 2031-03-10T18:00:00Z\n\n" +
            "No trams ran in Redwater on Monday as the drivers strike went on. Marta Okonkwo told reporters the transit authority wage offer was too low.\n");
        Write("choir.txt", "Title: Halden choir wins national prize\nSource: Island Herald\nPublished: 2031-03-10T12:00:00Z\n\n" +
            "The Halden youth choir won the national choral prize in Aberlin on Sunday, its first win in twenty years.\n");
    }

    [Fact]
    public void Input_with_two_stories_gives_one_story_report_each_in_a_stories_object()
    {
        WriteTwoStories();
        var (exit, output, error) = CliRunner.Run("analyze", dir, "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("triangulate/stories@1", root.GetProperty("schema").GetString());
        var stories = root.GetProperty("stories").EnumerateArray().ToList();
        Assert.All(stories, s => Assert.Equal("triangulate/story@1", s.GetProperty("schema").GetString()));
        var ids = stories.Select(s => s.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToArray())
            .OrderBy(a => a[0], StringComparer.Ordinal).ToList();
        Assert.Equal([["dam-a", "dam-b"], ["tram-a", "tram-b"]], ids);
        Assert.Equal(["choir"], root.GetProperty("unclustered").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Markdown_for_two_stories_has_one_heading_each()
    {
        WriteTwoStories();
        var (exit, output, error) = CliRunner.Run("analyze", dir);
        Assert.True(exit == 0, error);
        Assert.Contains("# Story 1 of 2 (2 articles)", output);
        Assert.Contains("# Story 2 of 2 (2 articles)", output);
        Assert.Contains("`choir`", output);
    }

    [Fact]
    public void A_single_story_keeps_the_story_object()
    {
        WriteStory();
        Write("stray.txt", "Title: Halden choir wins national prize\n\nThe Halden youth choir won the national choral prize in Aberlin on Sunday.\n");
        var (_, output, _) = CliRunner.Run("analyze", dir, "--format", "json");
        using var json = JsonDocument.Parse(output);
        Assert.Equal("triangulate/story@1", json.RootElement.GetProperty("schema").GetString());
    }
}
