using QuoteAttribution.Pipeline;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Compare;

/// <summary>
/// The one place that decides where a statement shown to a reader gets quotation marks: only around
/// words the speaker said verbatim. A direct statement is put in marks; a mixed statement keeps the
/// article's own marks around its quoted fragments and gets none around the paraphrase; an indirect
/// statement is a paraphrase and never appears in marks, so no reader quotes it as the speaker's words.
/// </summary>
/// <example>
/// direct <c>We are ready</c> → <c>“We are ready”</c>; mixed <c>the plan was “dead on arrival”</c> → unchanged;
/// indirect <c>the talks had failed</c> → <c>the talks had failed</c>.
/// </example>
public static class VerbatimMarks
{
    private const char Open = '\u201C';
    private const char Close = '\u201D';

    /// <summary>The statement's text with quotation marks exactly around the verbatim words.</summary>
    public static string Display(QuoteRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Kind == StatementKind.Direct ? $"{Open}{record.Text}{Close}" : record.Text;
    }

    /// <summary>
    /// A short note for statements that are not entirely verbatim (<c>indirect</c>: a paraphrase;
    /// <c>mixed</c>: a paraphrase with quoted words), empty for direct ones.
    /// </summary>
    public static string KindNote(QuoteRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Kind switch
        {
            StatementKind.Indirect => "paraphrase",
            StatementKind.Mixed => "paraphrase with quoted words",
            _ => "",
        };
    }
}
