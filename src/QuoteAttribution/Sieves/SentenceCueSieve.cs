using QuoteAttribution.Cues;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>A quote with no cue of its own takes the speaker of a cue elsewhere in its sentence.</summary>
/// <example>“All pilots conducted themselves appropriately,” he said at a briefing, “and went about their business.” → he</example>
public sealed class SentenceCueSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "sentence-cue";

    /// <inheritdoc/>
    public string Evidence => "another cue in the statement's sentence";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        if (CueEvidence.NamesNoOne(statement))
        {
            return null;
        }

        for (int i = context.FirstCueFrom(statement.Sentence); i < context.Cues.Count && context.Cues[i].Sentence == statement.Sentence; i++)
        {
            Cue cue = context.Cues[i];
            if (cue.Speaker is not null && (!cue.IsWeak || CuesAnotherStatement(context, index, cue)))
            {
                return new Attribution(index, cue.Speaker, Name, 0.75) { Cue = cue, Appositive = cue.Appositive };
            }
        }

        return null;
    }

    /// <summary>
    /// A weak verb ("Foster writes") cues speech only beside a quotation, but once it has cued a statement of
    /// this sentence it is the sentence's cue: "..., Foster writes; such accusations “tended to ...”".
    /// </summary>
    private static bool CuesAnotherStatement(SieveContext context, int index, Cue cue)
    {
        for (int i = index - 1; i >= 0 && context.Statements[i].Sentence == cue.Sentence; i--)
        {
            if (context.Statements[i].Cue == cue)
            {
                return true;
            }
        }

        for (int i = index + 1; i < context.Statements.Count && context.Statements[i].Sentence == cue.Sentence; i++)
        {
            if (context.Statements[i].Cue == cue)
            {
                return true;
            }
        }

        return false;
    }
}
