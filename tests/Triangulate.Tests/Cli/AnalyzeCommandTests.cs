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
}
