namespace QuoteAttribution.Report;

/// <summary>A piece of a statement's context: plain text, the statement itself, or the speaker mention.</summary>
/// <param name="Text">The characters, unescaped.</param>
/// <param name="Kind">How the report highlights them.</param>
internal readonly record struct ContextSegment(string Text, ContextSegmentKind Kind);
