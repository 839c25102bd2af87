using QuoteAttribution.Statements;

namespace QuoteAttribution.Archive;

/// <summary>What <c>quotes search</c> asks the archive for; every part is optional and they combine with AND.</summary>
/// <param name="Text">Words the statement must contain, in any order (FTS5; <c>word*</c> matches a prefix, case and accents ignored).</param>
/// <param name="Speaker">A speaker id, alias, full name or surname.</param>
/// <param name="Kind">Only statements of this kind.</param>
/// <param name="From">Only statements dated on or after this day.</param>
/// <param name="To">Only statements dated on or before this day.</param>
/// <param name="Limit">At most this many records (the first in archive order); null for all.</param>
public sealed record ArchiveSearch(
    string? Text = null, string? Speaker = null, StatementKind? Kind = null, DateOnly? From = null, DateOnly? To = null, int? Limit = null)
{
    /// <summary>
    /// <see cref="Text"/> as an FTS5 query: every word a quoted string (so punctuation and FTS operators in
    /// people's words are just text), a trailing <c>*</c> kept as a prefix match; null when there are no words.
    /// </summary>
    public string? MatchExpression()
    {
        string[] words = (Text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        IEnumerable<string> terms = words
            .Select(w => (Word: w.TrimEnd('*'), Prefix: w.EndsWith('*')))
            .Where(t => t.Word.Length > 0)
            .Select(t => "\"" + t.Word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (t.Prefix ? "*" : ""));
        string expression = string.Join(' ', terms);
        return expression.Length == 0 ? null : expression;
    }
}
