namespace QuoteAttribution.Reading;

/// <summary>How an input is turned into articles: by its extension, or as the user says (<c>--input-format</c>).</summary>
public enum InputFormat
{
    /// <summary>Plain text: the whole file is one article.</summary>
    Text,

    /// <summary>An HTML page: the article body is one article.</summary>
    Html,

    /// <summary>JSON Lines: one article a line.</summary>
    JsonLines,
}
