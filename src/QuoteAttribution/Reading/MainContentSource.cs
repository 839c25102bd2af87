namespace QuoteAttribution.Reading;

/// <summary>Which part of an HTML page is read as the article.</summary>
internal enum MainContentSource
{
    /// <summary>
    /// The content SmartReader (Mozilla's Readability) chooses; the markup's choice when it finds no text.
    /// Measured better on every page shape and seed page in fixtures/pages (see the README's input section).
    /// </summary>
    Readability,

    /// <summary>The longest <c>&lt;article&gt;</c>, else <c>&lt;main&gt;</c>, else <c>&lt;body&gt;</c>.</summary>
    Markup,
}
