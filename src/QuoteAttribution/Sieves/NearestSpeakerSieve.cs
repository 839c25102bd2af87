using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>
/// The last resort for a quote with no cue: the speaker of the nearest earlier attributed statement
/// within three paragraphs. Low confidence by design.
/// </summary>
/// <example>"...," Hua said. ¶ Some context. ¶ “China backs a political solution.” → Hua</example>
public sealed class NearestSpeakerSieve : IAttributionSieve
{
    private const int MaxParagraphs = 3;

    /// <inheritdoc/>
    public string Name => "nearest-speaker";

    /// <inheritdoc/>
    public string Evidence => "the nearest earlier attributed statement within three paragraphs";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        if (CueEvidence.NamesNoOne(statement))
        {
            return null;
        }

        for (int i = index - 1; i >= 0; i--)
        {
            if (statement.Paragraph - context.Statements[i].Paragraph > MaxParagraphs)
            {
                return null;
            }

            if (context.DecisionFor(i) is not null)
            {
                return new Attribution(index, null, Name, 0.45) { SameSpeakerAs = i };
            }
        }

        return null;
    }
}
