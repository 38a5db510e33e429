using Triangulate.Tests.Text.WordNet;
using Triangulate.Text.WordNet;

namespace Triangulate.Tests.Cli;

public sealed class SetupCommandTests : IDisposable
{
    private readonly WordNetFixture fixture = new();
    private readonly string home = Directory.CreateTempSubdirectory("triangulate-home-").FullName;

    public void Dispose()
    {
        fixture.Dispose();
        Directory.Delete(home, recursive: true);
    }

    [Fact]
    public void Setup_installs_wordnet_from_a_folder_builds_the_cache_and_prints_the_licence()
    {
        var (exit, output, error) = CliRunner.Run("setup", "--from", fixture.Directory, "--home", home);
        Assert.True(exit == 0, error);
        Assert.Contains("WordNet 9.9 installed", output);
        Assert.Contains("Princeton", output);
        Assert.True(File.Exists(WordNetInstaller.CachePath(home)));
        Assert.Contains("Copyright 2026", File.ReadAllText(WordNetInstaller.LicensePath(home)));
        Assert.Equal(26, WordNetDictionary.Load(WordNetInstaller.CachePath(home)).SynsetCount);
    }

    [Fact]
    public void A_second_setup_finds_it_installed_and_changes_nothing()
    {
        Assert.Equal(0, CliRunner.Run("setup", "--from", fixture.Directory, "--home", home).Exit);
        var written = File.GetLastWriteTimeUtc(WordNetInstaller.CachePath(home));
        var (exit, output, _) = CliRunner.Run("setup", "--from", fixture.Directory, "--home", home);
        Assert.Equal(0, exit);
        Assert.Contains("already installed", output);
        Assert.Equal(written, File.GetLastWriteTimeUtc(WordNetInstaller.CachePath(home)));
        var check = CliRunner.Run("setup", "--check", "--home", home);
        Assert.Equal(0, check.Exit);
        Assert.Contains("installed", check.Out);
    }

    [Fact]
    public void A_cache_of_another_format_is_rebuilt_from_the_local_copy_without_a_source()
    {
        Assert.Equal(0, CliRunner.Run("setup", "--from", fixture.Directory, "--home", home).Exit);
        var bytes = File.ReadAllBytes(WordNetInstaller.CachePath(home));
        bytes[8] = 0; // format version
        File.WriteAllBytes(WordNetInstaller.CachePath(home), bytes);
        Assert.False(WordNetInstaller.Check(home).Ok);
        var (exit, output, error) = CliRunner.Run("setup", "--home", home);
        Assert.True(exit == 0, error);
        Assert.Contains("rebuilding the cache from the installed copy", output);
        Assert.True(WordNetInstaller.Check(home).Ok);
    }

    [Fact]
    public void Setup_from_a_folder_that_is_not_wordnet_says_what_is_missing()
    {
        var (exit, _, error) = CliRunner.Run("setup", "--from", home, "--home", home);
        Assert.Equal(1, exit);
        Assert.Contains("is not a WordNet dictionary folder", error);
    }

    [Fact]
    public void Check_reports_a_missing_install_with_the_command_to_run()
    {
        var (exit, output, _) = CliRunner.Run("setup", "--check", "--home", home);
        Assert.Equal(3, exit);
        Assert.Contains("triangulate setup", output);
    }
}
