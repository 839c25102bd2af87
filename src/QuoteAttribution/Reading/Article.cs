namespace QuoteAttribution.Reading;

/// <summary>One news article as read from its source, before any cleaning.</summary>
/// <param name="Id">
/// Unique within a run: the file's path relative to the folder named, without extension, or the <c>id</c> of a
/// JSON Lines input line (see <see cref="ArticleIds"/>).
/// </param>
/// <param name="Text">The article text exactly as read; every offset in the output points into it.</param>
public sealed record Article(string Id, string Text)
{
    /// <summary>The headline, when the source gives one apart from the text.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date, when the source gives one apart from the text (JSONL <c>date</c>).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>
    /// Where the article came from, as every record names it (<c>origin</c>): the input file's path as given,
    /// or the JSONL <c>url</c> when present; empty when the caller does not say.
    /// </summary>
    public string Origin { get; init; } = "";

    /// <summary>The article's address, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The publisher or feed, when known.</summary>
    public string? Source { get; init; }
}
