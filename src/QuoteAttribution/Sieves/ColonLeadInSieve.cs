using QuoteAttribution.Cues;
using QuoteAttribution.Statements;
using QuoteAttribution.Text;

namespace QuoteAttribution.Sieves;

/// <summary>A quote paragraph after a paragraph that ends in a colon takes that paragraph's speaker.</summary>
/// <example>Jones told reporters: ¶ “The momentum is clearly with the Iraqi security forces.” → Jones</example>
public sealed class ColonLeadInSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "colon-lead-in";

    /// <inheritdoc/>
    public string Evidence => "a paragraph or clause that ends in a colon before the quote";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        if (CueEvidence.NamesNoOne(statement) || (statement.Paragraph == 0 && EndsWithColonBefore(context, statement) is null))
        {
            return null;
        }

        // The lead-in is the previous paragraph, or the sentence itself up to a colon right before the quote
        // ("Adler delivered a blunt message to the council: “It's time ...”").
        TextSpan previous = EndsWithColonBefore(context, statement) is int colon
            ? TextSpan.FromBounds(context.Sentences[statement.Sentence].Span.Start, colon)
            : context.Paragraphs[statement.Paragraph - 1].Span;
        if (context.Text[previous.End - 1] != ':' && !EndsWithColonBefore(context, statement).HasValue)
        {
            return null;
        }

        // "Turnout estimates are shaky - Pew Research: “...”": a topic line, a spaced dash, then the source.
        if (SourceAfterDash(context.Text, previous) is TextSpan source)
        {
            return new Attribution(index, source, Name, 0.8);
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

        // No speech verb ("Ann Lee issued the following statement:", "... when Lee went online with this:"):
        // the last subject in the lead-in speaks.
        for (int i = context.FirstNameFrom(previous.End) - 1; i >= 0 && context.Names[i].Span.Start >= previous.Start; i--)
        {
            if (context.Names[i].IsSubject || context.Names[i].IsClauseSubject)
            {
                return new Attribution(index, context.Names[i].Span, Name, 0.7);
            }
        }

        return null;
    }

    /// <summary>The offset just after a colon that stands right before the statement's quote in its own sentence.</summary>
    private static int? EndsWithColonBefore(SieveContext context, Statement statement)
    {
        if (statement.Quote is not { } quote)
        {
            return null;
        }

        int i = quote.Span.Start - 1;
        while (i > 0 && context.Text[i] is ' ' or '\t')
        {
            i--;
        }

        int sentenceStart = context.Sentences[statement.Sentence].Span.Start;
        return i > sentenceStart && context.Text[i] == ':' ? i + 1 : null;
    }

    /// <summary>
    /// The capitalised words between a spaced dash and the colon that ends the lead-in (<c>VOTERS WANT CHANGE -
    /// Ann Lee and Tom Reyes:</c>), the way a digest names the source of each excerpt; null when the words
    /// after the dash are not a name (<c>- More from the report:</c>).
    /// </summary>
    private static TextSpan? SourceAfterDash(string text, TextSpan leadIn)
    {
        int end = leadIn.End;
        while (end > leadIn.Start && text[end - 1] is ':' or ' ')
        {
            end--;
        }

        int words = 0;
        for (int i = end - 1; i > leadIn.Start + 1 && end - i < 80; i--)
        {
            if (text[i] == ' ' && text[i - 1] is '-' or '\u2013' or '\u2014' && text[i - 2] == ' ')
            {
                return words > 0 ? TextSpan.FromBounds(i + 1, end) : null;
            }

            if (text[i] == ' ' || i == leadIn.Start + 2)
            {
                int start = text[i] == ' ' ? i + 1 : i;
                words++;
                if (!char.IsUpper(text[start]) && !text.AsSpan(start).StartsWith("and ", StringComparison.Ordinal)
                    && !text.AsSpan(start).StartsWith("of ", StringComparison.Ordinal))
                {
                    return null;
                }
            }
        }

        return null;
    }
}
