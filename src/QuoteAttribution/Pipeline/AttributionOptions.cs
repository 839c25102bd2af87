namespace QuoteAttribution.Pipeline;

/// <summary>Settings of the analyzer; make variants with <c>with</c>.</summary>
public sealed record AttributionOptions
{
    /// <summary>Articles longer than this many characters are reported and skipped, not half-analysed.</summary>
    public int MaxArticleLength { get; init; } = Reading.ArticleReader.DefaultMaxArticleChars;

    /// <summary>Report beliefs (<c>X believes that ...</c>) as statements too. Off: they are not speech.</summary>
    public bool IncludeBeliefs { get; init; }

    /// <summary>The defaults.</summary>
    public static AttributionOptions Default { get; } = new();
}
