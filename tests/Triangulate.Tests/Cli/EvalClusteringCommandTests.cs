using System.Text.Json;
using Triangulate.Cli;

namespace Triangulate.Tests.Cli;

public class EvalClusteringCommandTests
{
    [Fact]
    public void Eval_clustering_on_a_folder_prints_its_figures_as_json()
    {
        string dir = Path.Combine(Path.GetTempPath(), "tc-eval-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(dir);
            // Two fictional stories, gold story = the file-name prefix (WikiRef220's layout).
            File.WriteAllText(Path.Combine(dir, "pier.fire.1.txt"), "Fire crews fought a blaze on the Harbor Street pier in Port Alder on Monday night; the pier's wooden deck burned.");
            File.WriteAllText(Path.Combine(dir, "pier.fire.2.txt"), "The Harbor Street pier fire in Port Alder burned the wooden deck; fire crews stayed until Tuesday morning.");
            File.WriteAllText(Path.Combine(dir, "school.budget.1.txt"), "The Millbrook school board approved a budget that adds twelve teachers and a new bus route.");
            File.WriteAllText(Path.Combine(dir, "school.budget.2.txt"), "Millbrook's school board budget adds twelve teachers, the board said after its vote on the bus route.");
            var (exit, output, error) = CliRunner.Run("eval", "clustering", "--dir", dir, "--json");
            Assert.True(exit == ExitCodes.Ok, error);
            using var json = JsonDocument.Parse(output);
            var set = json.RootElement.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("nmi", out _)).Value;
            Assert.Equal(4, set.GetProperty("docs").GetInt32());
            Assert.Equal(2, set.GetProperty("gold_clusters").GetInt32());
            Assert.InRange(set.GetProperty("nmi").GetDouble(), 0, 1);
            Assert.True(json.RootElement.TryGetProperty("options", out _));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
