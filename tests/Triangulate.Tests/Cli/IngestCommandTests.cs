using System.Text.Json;

namespace Triangulate.Tests.Cli;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("triangulate-cli-").FullName;
    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Ingest_prints_one_json_line_per_article_and_exits_2_when_an_input_is_set_aside()
    {
        File.WriteAllText(Path.Combine(dir, "a.txt"), "Title: Fire\n\nA fire broke out.");
        File.WriteAllBytes(Path.Combine(dir, "b.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]);
        var (exit, output, error) = CliRunner.Run("ingest", dir);
        Assert.Equal(2, exit);
        var line = JsonDocument.Parse(output.Trim()).RootElement;
        Assert.Equal("a", line.GetProperty("id").GetString());
        Assert.Equal("Fire", line.GetProperty("title").GetString());
        Assert.Contains("b.txt", error);
        Assert.Contains("PNG", error);
    }

    [Fact]
    public void Unknown_options_are_usage_errors()
    {
        var (exit, _, error) = CliRunner.Run("ingest", "--no-such-option", dir);
        Assert.Equal(1, exit);
        Assert.NotEmpty(error);
    }
}
