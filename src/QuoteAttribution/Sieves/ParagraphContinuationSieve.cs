using QuoteAttribution.Cues;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>
/// A quote with no cue that follows a statement in the same or the previous paragraph continues that
/// statement's speaker (news style: the speaker is named once, then the quotes run on). A speaker whose
/// verb comes later, after that statement, and made no statement of its own is the one who goes on.
/// </summary>
/// <example>“We are ready to coordinate,” he told a broadcaster. ¶ “Perhaps this is no secret.” → he</example>
public sealed class ParagraphContinuationSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "paragraph-continuation";

    /// <inheritdoc/>
    public string Evidence => "an attributed statement in the same or the previous paragraph";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        if (CueEvidence.NamesNoOne(statement) || index == 0)
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

        return LaterSpeaker(previous, statement, context) is { } cue
            ? new Attribution(index, cue.Speaker, Name, 0.7) { Cue = cue, Appositive = cue.Appositive }
            : new Attribution(index, null, Name, 0.75) { SameSpeakerAs = index - 1 };
    }

    /// <summary>
    /// "Her friends have mocked the plan, calling it “a folly,” Ann said as she left. ¶ “But we love it.”": the
    /// last subject's own speech verb after <paramref name="previous"/> and before the quote, when that verb
    /// made no statement of its own (statements are in reading order, so none lies between the two).
    /// </summary>
    private static Cue? LaterSpeaker(Statement previous, Statement statement, SieveContext context)
    {
        int after = Math.Max(previous.Span.End, previous.Cue?.Trigger.End ?? 0);
        int before = statement.Quote?.Span.Start ?? statement.Span.Start;
        int sentence = previous.Cue?.Sentence ?? previous.Sentence;
        Cue? later = null;
        for (int c = context.FirstCueFrom(sentence + 1); c < context.Cues.Count && context.Cues[c].Trigger.Start < before; c++)
        {
            // Only a name or a personal pronoun is sure enough a subject ("turning him into an inspiration for
            // others with physical challenges" reads a noun as a verb).
            Cue cue = context.Cues[c];
            if (cue.Trigger.Start > after && cue is { Speaker: { } speaker, IsBelief: false, Kind: CueKind.SubjectVerb or CueKind.Inverted }
                && PreviousCueSieve.IsNameOrPronoun(speaker.Of(context.Text)))
            {
                later = cue;
            }
        }

        return later;
    }
}
