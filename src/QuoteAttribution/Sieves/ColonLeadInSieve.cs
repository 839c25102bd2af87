using QuoteAttribution.Cues;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>A quote paragraph after a paragraph that ends in a colon takes that paragraph's speaker.</summary>
/// <example>Jones told reporters: ¶ “The momentum is clearly with the Iraqi security forces.” → Jones</example>
public sealed class ColonLeadInSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "colon-lead-in";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        if (statement.Cue is not null || statement.Paragraph == 0)
        {
            return null;
        }

        var previous = context.Paragraphs[statement.Paragraph - 1].Span;
        if (context.Text[previous.End - 1] != ':')
        {
            return null;
        }

        // Only the cues of sentences that start before the paragraph ends and end after it starts can lie in it.
        int after = context.FirstSentenceFrom(previous.End);
        for (int i = context.FirstCueFrom(after) - 1; i >= 0 && context.Sentences[context.Cues[i].Sentence].Span.End > previous.Start; i--)
        {
            Cue cue = context.Cues[i];
            if (previous.Contains(cue.Trigger.Start) && cue.Speaker is not null)
            {
                return new Attribution(index, cue.Speaker, Name, 0.85) { Cue = cue, Appositive = cue.Appositive };
            }
        }

        return null;
    }
}
