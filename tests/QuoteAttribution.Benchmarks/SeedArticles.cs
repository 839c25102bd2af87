using QuoteAttribution.Reading;

namespace QuoteAttribution.Benchmarks;

/// <summary>The seed articles of <c>fixtures/articles</c>, found by walking up to the solution file.</summary>
internal static class SeedArticles
{
    /// <summary>Every <c>fixtures/articles/*.txt</c>, in ordinal name order.</summary>
    public static Article[] Load()
    {
        string folder = Path.Combine(RepositoryRoot(), "fixtures", "articles");
        return [.. Directory.GetFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => new Article(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))];
    }

    private static string RepositoryRoot()
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "QuoteAttribution.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("QuoteAttribution.slnx not found above the working or the program folder");
    }
}
