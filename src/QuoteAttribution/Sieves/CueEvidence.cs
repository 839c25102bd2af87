using QuoteAttribution.Cues;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>What the sieves read from a statement's own cue: its speaker, or the speaker a participle shares.</summary>
internal static class CueEvidence
{
    /// <summary>The decision that the cue's own speaker phrase speaks, or null when the cue names no one.</summary>
    public static Attribution? OwnSpeaker(int index, Cue cue, string sieve, double confidence) =>
        cue.Speaker is null ? null : new Attribution(index, cue.Speaker, sieve, confidence) { Cue = cue, Appositive = cue.Appositive };

    /// <summary>
    /// The earlier cue of the same sentence that names a speaker, for a participle or a coordinated verb
    /// (<c>he said, noting that ...</c>, <c>... and added that ...</c>), whose subject is the main clause's.
    /// </summary>
    public static Cue? SharedSubject(Cue cue, SieveContext context)
    {
        if (cue.Kind is not (CueKind.Participle or CueKind.Coordinated))
        {
            return null;
        }

        for (int i = context.FirstCueFrom(cue.Sentence + 1) - 1; i >= 0 && context.Cues[i].Sentence == cue.Sentence; i--)
        {
            Cue earlier = context.Cues[i];
            if (earlier.Trigger.Start < cue.Trigger.Start && earlier.Speaker is not null)
            {
                return earlier;
            }
        }

        return null;
    }

    /// <summary>
    /// The speaker of a quote beside its cue (before or after it): the cue's own speaker, else the one a
    /// participle shares with its sentence's earlier cue.
    /// </summary>
    public static Attribution? QuoteBesideCue(int index, Cue cue, SieveContext context, string sieve, double confidence) =>
        OwnSpeaker(index, cue, sieve, confidence)
        ?? (SharedSubject(cue, context) is { } earlier
            ? new Attribution(index, earlier.Speaker, sieve, SharedSubjectConfidence) { Cue = cue, Appositive = earlier.Appositive }
            : null);

    /// <summary>How often a participle's shared subject is the speaker.</summary>
    public const double SharedSubjectConfidence = 0.8;

    /// <summary>
    /// True when the statement's own cue names no one (a participle with no subject in view, a verb whose
    /// speaker could not be read): the context sieves do not guess a neighbour's speaker for it. A cue that
    /// names someone reaches them only when the sieve for its position was removed, and is then weighed like
    /// any other cue around the quote.
    /// </summary>
    public static bool NamesNoOne(Statement statement) => statement.Cue is { Speaker: null };
}
