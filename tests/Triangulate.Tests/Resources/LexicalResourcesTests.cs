using Triangulate.Resources;
using Triangulate.Tests.Text.WordNet;
using Triangulate.Text.WordNet;

namespace Triangulate.Tests.Resources;

public sealed class LexicalResourcesTests : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("triangulate-home-").FullName;
    private readonly string previous = LexicalResources.Home;

    public void Dispose()
    {
        LexicalResources.Home = previous;
        Directory.Delete(home, recursive: true);
    }

    [Fact]
    public void Without_wordnet_the_notice_says_what_is_missing_and_how_to_install_it()
    {
        LexicalResources.Home = home;
        Assert.Null(LexicalResources.WordNet);
        var status = Assert.Single(LexicalResources.Status());
        Assert.False(status.Installed);
        string notice = LexicalResources.MissingNotice()!;
        Assert.Contains("WordNet", notice);
        Assert.Contains("triangulate setup", notice);
        Assert.DoesNotContain('\n', notice);
    }

    [Fact]
    public async Task Once_installed_wordnet_is_found_and_loaded_lazily()
    {
        using var fixture = new WordNetFixture();
        await WordNetInstaller.InstallAsync(home, fixture.Directory);
        LexicalResources.Home = home;
        Assert.Null(LexicalResources.MissingNotice());
        Assert.True(LexicalResources.Status()[0].Installed);
        Assert.Equal("9.9", LexicalResources.WordNet!.Version);
    }

    [Fact]
    public void Resource_home_follows_the_environment_variable()
    {
        // Read-only check of the documented order: TRIANGULATE_HOME, XDG_DATA_HOME, ~/.local/share.
        string resolved = ResourceHome.Resolve();
        if (Environment.GetEnvironmentVariable(ResourceHome.EnvironmentVariable) is { Length: > 0 } env)
            Assert.Equal(Path.GetFullPath(env), resolved);
        else
            Assert.EndsWith("triangulate", resolved);
    }
}
