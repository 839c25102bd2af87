namespace QuoteAttribution.Report;

/// <summary>How a <see cref="ContextSegment"/> is highlighted.</summary>
internal enum ContextSegmentKind
{
    /// <summary>Surrounding text, not highlighted.</summary>
    Plain,

    /// <summary>The statement (<c>&lt;mark&gt;</c>).</summary>
    Statement,

    /// <summary>The words that point to the speaker.</summary>
    Mention,

    /// <summary>An ellipsis where the window cut the text.</summary>
    Cut,
}
