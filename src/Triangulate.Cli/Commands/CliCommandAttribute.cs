using System.CommandLine;
using System.Reflection;

namespace Triangulate.Cli.Commands;

/// <summary>
/// Marks a static class with a <c>public static Command Create()</c> as a subcommand of
/// <paramref name="parent"/> ("" for top level, "eval" for <c>triangulate eval …</c>). Commands are found
/// by this attribute, so adding one is adding one file.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CliCommandAttribute(string parent = "") : Attribute
{
    public string Parent { get; } = parent;

    /// <summary>Position in help listings (lower first), then by name.</summary>
    public int Order { get; init; } = 100;

    /// <summary>Every command registered under <paramref name="parent"/>, created and in order.</summary>
    public static IEnumerable<Command> CommandsUnder(string parent) =>
        typeof(CliCommandAttribute).Assembly.GetTypes()
            .Select(t => (Type: t, Attr: t.GetCustomAttribute<CliCommandAttribute>()))
            .Where(x => x.Attr is not null && x.Attr.Parent == parent)
            .Select(x => (x.Attr!.Order, Command: (Command)x.Type.GetMethod("Create", BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes)!.Invoke(null, null)!))
            .OrderBy(x => x.Order).ThenBy(x => x.Command.Name, StringComparer.Ordinal)
            .Select(x => x.Command);
}
