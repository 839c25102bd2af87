using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>
/// A quote with no cue that follows a statement in the same or the previous paragraph continues that
/// statement's speaker (news style: the speaker is named once, then the quotes run on).
/// </summary>
/// <example>“We are ready to coordinate,” he told a broadcaster. ¶ “Perhaps this is no secret.” → he</example>
public sealed class ParagraphContinuationSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "paragraph-continuation";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        if (statement.Cue is not null || index == 0)
        {
            return null;
        }

        // A quote that ran over paragraphs is continued from the paragraph it closes in.
        Statement previous = context.Statements[index - 1];
        int previousEnd = previous.Quote?.LastParagraph ?? previous.Paragraph;
        if (context.DecisionFor(index - 1) is null || statement.Paragraph - previousEnd > 1)
        {
            return null;
        }

        return new Attribution(index, null, Name, 0.75) { SameSpeakerAs = index - 1 };
    }
}
