namespace QuoteAttribution.Report;

/// <summary>A piece of a statement's context: plain text, the statement itself, or the speaker mention.</summary>
/// <param name="Text">The characters, unescaped.</param>
/// <param name="Kind">How the report highlights them.</param>
internal readonly record struct ContextSegment(string Text, ContextSegmentKind Kind);

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
