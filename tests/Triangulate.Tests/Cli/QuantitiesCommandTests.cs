using System.Text.Json;

namespace Triangulate.Tests.Cli;

public class QuantitiesCommandTests
{
    [Fact]
    public void Prints_quantities_and_dates_as_json_lines_with_numbers()
    {
        string dir = Directory.CreateTempSubdirectory("quant-cli").FullName;
        try
        {
            string path = Path.Combine(dir, "harbor.txt");
            File.WriteAllText(path, "At least 12 sailors were rescued on Tuesday after a 20-hour search.\n");
            var (exit, output, error) = CliRunner.Run("quantities", path, "--published", "2025-06-18");
            Assert.True(exit == 0, error);
            using var json = JsonDocument.Parse(output.Trim());
            var quantities = json.RootElement.GetProperty("quantities");
            var rescued = quantities[0];
            Assert.Equal("At least 12 sailors", rescued.GetProperty("text").GetString());
            Assert.Equal(12, rescued.GetProperty("value").GetDouble());
            Assert.Equal("at_least", rescued.GetProperty("hedge").GetString());
            Assert.Equal(12, rescued.GetProperty("low").GetDouble());
            Assert.False(rescued.TryGetProperty("high", out _)); // unbounded above
            Assert.Equal("sailor", rescued.GetProperty("counted").GetString());
            Assert.Equal("search", quantities[1].GetProperty("modifies").GetString());
            var date = json.RootElement.GetProperty("dates")[0];
            Assert.Equal("2025-06-17", date.GetProperty("normalised").GetString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_bad_publication_date_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run("quantities", "nothing.txt", "--published", "someday");
        Assert.Equal(1, exit);
        Assert.Contains("--published", error);
    }
}
