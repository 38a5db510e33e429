using Triangulate.Text;
using Triangulate.Text.WordNet;

namespace Triangulate.Resources;

/// <summary>One lexical resource's state, as 'triangulate setup' and the missing-resource notice report it.</summary>
public sealed record ResourceStatus(string Name, bool Installed, string Location, string Detail, string? Remedy);

/// <summary>
/// The lexical resources installed by 'triangulate setup' (today: WordNet), found in the resource home and loaded
/// lazily on first use. Everything works without them, less well: commands call <see cref="UseInstalled"/> once at
/// start and print <see cref="MissingNotice"/> (one line) on standard error when it is not null.
/// </summary>
public static class LexicalResources
{
    private static readonly Lock Gate = new();
    private static string home = ResourceHome.Resolve();
    private static Lazy<WordNetDictionary?> wordNet = NewLazy();
    private static string? loadProblem;

    /// <summary>The resource home in use (<see cref="ResourceHome.Resolve"/> unless set, e.g. by a test or a --home option).</summary>
    public static string Home
    {
        get => home;
        set { lock (Gate) { home = value; wordNet = NewLazy(); loadProblem = null; } }
    }

    /// <summary>WordNet, loaded on first use; null when it is not installed or its cache cannot be read.</summary>
    public static WordNetDictionary? WordNet => wordNet.Value;

    /// <summary>Installs the best available lemmatizer as <see cref="Lemmatizer.Shared"/>: WordNet's when installed.
    /// Returns whether WordNet is in use.</summary>
    public static bool UseInstalled()
    {
        if (WordNet is not { } wn) return false;
        if (Lemmatizer.Shared is not WordNetLemmatizer current || !ReferenceEquals(current.WordNet, wn))
            Lemmatizer.Shared = new WordNetLemmatizer(wn);
        return true;
    }

    /// <summary>State of every resource, from file headers only (cheap: nothing is loaded).</summary>
    public static IReadOnlyList<ResourceStatus> Status()
    {
        var (ok, problem) = WordNetInstaller.Check(home);
        if (ok && loadProblem is not null) (ok, problem) = (false, loadProblem);
        string where = ResourceHome.Display(WordNetInstaller.Folder(home));
        return
        [
            ok
                ? new ResourceStatus("WordNet", true, where, "lemmas, synonyms and derived forms from WordNet", null)
                : new ResourceStatus("WordNet", false, where,
                    problem == "not installed" ? "lemmas fall back to suffix rules, and sentence alignment has no synonyms" : problem,
                    "run 'triangulate setup' to install it"),
        ];
    }

    /// <summary>One line saying what is missing and how to install it, or null when everything is installed.</summary>
    public static string? MissingNotice()
    {
        var missing = Status().Where(s => !s.Installed).ToList();
        if (missing.Count == 0) return null;
        return "triangulate: " + string.Join("; ", missing.Select(s =>
            $"{s.Name} is not available ({s.Detail}): {s.Remedy} (into {ResourceHome.Display(home)})"));
    }

    private static Lazy<WordNetDictionary?> NewLazy() => new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static WordNetDictionary? Load()
    {
        string current = home;
        if (!WordNetInstaller.Check(current).Ok) return null;
        try
        {
            return WordNetDictionary.Load(WordNetInstaller.CachePath(current));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            loadProblem = $"the WordNet cache could not be read ({e.Message})";
            return null;
        }
    }
}
