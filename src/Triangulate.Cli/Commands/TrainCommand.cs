using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate train …</c>: re-train a bundled model from its dataset, deterministically.
/// Each subcommand is a class marked <c>[CliCommand("train")]</c> in Commands/Train.</summary>
[CliCommand(Order = 85)]
public static class TrainCommand
{
    public static Command Create()
    {
        var train = new Command("train", "Re-train the bundled models from their datasets");
        foreach (var sub in CliCommandAttribute.CommandsUnder("train")) train.Add(sub);
        return train;
    }
}
