namespace QuoteAttribution.Tests.Support;

/// <summary>Finds the repository by walking up to the folder that holds QuoteAttribution.slnx.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Fixtures => System.IO.Path.Combine(Path, "fixtures");

    private static string Find()
    {
        DirectoryInfo? dir = new(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "QuoteAttribution.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("QuoteAttribution.slnx not found above " + AppContext.BaseDirectory);
    }
}
