using System.CommandLine;
using System.Globalization;
using Triangulate.Resources;
using Triangulate.Text.WordNet;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate setup</c>: installs the lexical resources (WordNet) into the resource home and builds their
/// compact cache. Idempotent: a second run finds them installed and returns at once.
/// </summary>
[CliCommand(Order = 5)]
public static class SetupCommand
{
    public static Command Create()
    {
        var from = new Option<DirectoryInfo?>("--from")
        {
            Description = "Install WordNet from this dict folder (data.*, index.*, *.exc) instead of /usr/share/wordnet or the npm registry",
        };
        var home = new Option<DirectoryInfo?>("--home")
        {
            Description = $"Resource home (default: ${ResourceHome.EnvironmentVariable}, else $XDG_DATA_HOME/triangulate, else ~/.local/share/triangulate)",
        };
        var force = new Option<bool>("--force") { Description = "Reinstall and rebuild the cache even when it is already installed" };
        var check = new Option<bool>("--check") { Description = "Only report what is installed; change nothing" };
        var command = new Command("setup", "Install the lexical resources (WordNet) and build their cache") { from, home, force, check };
        command.SetAction(async (parse, cancel) =>
        {
            var output = CommandOutput.Out(parse);
            var error = CommandOutput.Error(parse);
            string root = parse.GetValue(home)?.FullName ?? ResourceHome.Resolve();
            if (parse.GetValue(check))
            {
                var (ok, problem) = WordNetInstaller.Check(root);
                output.WriteLine(ok ? $"WordNet: installed in {WordNetInstaller.Folder(root)}" : $"WordNet: {problem} ({WordNetInstaller.Folder(root)}); run 'triangulate setup'");
                return ok ? ExitCodes.Ok : ExitCodes.DataMissing;
            }
            try
            {
                var result = await WordNetInstaller.InstallAsync(root, parse.GetValue(from)?.FullName, parse.GetValue(force),
                    line => output.WriteLine("  " + line), cancel);
                if (result.AlreadyInstalled)
                {
                    output.WriteLine($"WordNet {result.Version} is already installed in {WordNetInstaller.Folder(root)} (from {result.Source}); nothing to do. Use --force to reinstall.");
                    return ExitCodes.Ok;
                }
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"WordNet {result.Version} installed from {result.Source}: {result.Lemmas:N0} lemma entries, {result.Synsets:N0} synsets, {result.Exceptions:N0} irregular forms; cache {result.CacheBytes / 1048576.0:0.0} MB at {result.CachePath} ({result.Elapsed.TotalSeconds:0.0} s)"));
                foreach (var note in result.Notes) output.WriteLine("  note: " + note);
                output.WriteLine(WordNetInstaller.LicenseNotice(root));
                return ExitCodes.Ok;
            }
            catch (ResourceInstallException e)
            {
                error.WriteLine("triangulate setup: " + e.Message);
                return ExitCodes.Failure;
            }
            catch (InvalidDataException e)
            {
                error.WriteLine("triangulate setup: " + e.Message);
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
