namespace Triangulate.Resources;

/// <summary>
/// The folder where 'triangulate setup' installs lexical resources (WordNet and its cache), shared by the
/// checkout's ./triangulate and an installed .NET tool: <c>$TRIANGULATE_HOME</c> if set, else
/// <c>$XDG_DATA_HOME/triangulate</c>, else <c>~/.local/share/triangulate</c> (on Windows, %LOCALAPPDATA%\triangulate).
/// Resources are per user, not per checkout, so a rebuild or a second checkout never downloads them again.
/// </summary>
public static class ResourceHome
{
    public const string EnvironmentVariable = "TRIANGULATE_HOME";

    public static string Resolve()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } home) return Path.GetFullPath(home);
        if (Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg) return Path.Combine(Path.GetFullPath(xdg), "triangulate");
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "triangulate");
        string user = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(user, ".local", "share", "triangulate");
    }

    /// <summary>The path with the user's home folder written as "~" (for messages).</summary>
    public static string Display(string path)
    {
        string user = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return user.Length > 1 && path.StartsWith(user + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? "~" + path[user.Length..] : path;
    }
}
