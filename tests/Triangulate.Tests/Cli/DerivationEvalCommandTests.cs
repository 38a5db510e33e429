namespace Triangulate.Tests.Cli;

public class DerivationEvalCommandTests
{
    [Fact]
    public void Missing_data_is_reported_with_its_path_and_exit_code_3()
    {
        string nowhere = Path.Combine(Path.GetTempPath(), "triangulate-no-data-" + Guid.NewGuid().ToString("N"));
        var (exit, _, err) = CliRunner.Run("eval", "derivation", "--data", nowhere);
        Assert.Equal(3, exit);
        Assert.Contains("PolNeAR not found", err);
        Assert.Contains(nowhere, err);
    }
}
