using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate train …</c>: rebuild a bundled resource that is learned from a dataset (rather than
/// unpacked from a package). Each subcommand is a class in Commands/Train marked <c>[CliCommand("train")]</c>.</summary>
[CliCommand(Order = 85)]
public static class TrainCommand
{
    public static Command Create()
    {
        var train = new Command("train", "Rebuild the resources learned from the datasets");
        foreach (var sub in CliCommandAttribute.CommandsUnder("train")) train.Add(sub);
        return train;
    }
}
