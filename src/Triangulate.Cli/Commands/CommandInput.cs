using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Cli.Commands;

/// <summary>Reading a command's inputs whole, for the commands that need every article before they start
/// (analyze, cluster): the articles read, and one error per input that could not be (reported at the end).</summary>
public static class CommandInput
{
    public static List<Article> ReadAll(IEnumerable<string> paths, List<InputError> errors)
    {
        var articles = new List<Article>();
        foreach (var result in Ingestor.Default().Read(paths))
        {
            if (result.Article is { } article) articles.Add(article);
            else errors.Add(result.Error!);
        }
        return articles;
    }
}
