namespace QuoteAttribution.Reading;

/// <summary>
/// One item from <see cref="ArticleReader.Read"/>: either an <see cref="Reading.Article"/> or a
/// <see cref="ReadProblem"/>, never both.
/// </summary>
public sealed record ReadResult
{
    private ReadResult(string source, int? line, Article? article, ReadProblem? problem)
    {
        Source = source;
        Line = line;
        Article = article;
        Problem = problem;
    }

    /// <summary>Where the item came from: a file path or <c>stdin</c>.</summary>
    public string Source { get; }

    /// <summary>The 1-based line for JSON Lines inputs, else null.</summary>
    public int? Line { get; }

    /// <summary>The article, when this item is one.</summary>
    public Article? Article { get; }

    /// <summary>The problem, when this item is one.</summary>
    public ReadProblem? Problem { get; }

    /// <summary>An article read from <paramref name="source"/>.</summary>
    public static ReadResult Of(Article article, string source, int? line = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(source);
        return new ReadResult(source, line, article, null);
    }

    /// <summary>A problem with an input.</summary>
    public static ReadResult Of(ReadProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new ReadResult(problem.Source, problem.Line, null, problem);
    }

    internal static ReadResult Error(string source, string reason, int? line = null) =>
        Of(new ReadProblem(source, line, reason, ReadProblemSeverity.Error));

    internal static ReadResult Warning(string source, string reason, int? line = null) =>
        Of(new ReadProblem(source, line, reason, ReadProblemSeverity.Warning));
}
