namespace QuoteAttribution.Reading;

/// <summary>How an input file is turned into articles, decided by its extension.</summary>
internal enum InputFormat
{
    /// <summary>Plain text: the whole file is one article.</summary>
    Text,

    /// <summary>An HTML page: the article body is one article.</summary>
    Html,

    /// <summary>JSON Lines: one article a line.</summary>
    JsonLines,
}
