namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>A progressive gerund after a contracted pronoun: the contraction holds both the subject and "is".</summary>
/// <example>He’s predicting the ferry will run again by June. → He</example>
internal sealed class ContractedProgressivePattern : ISpeakerPattern
{
    public string Name => "contracted-progressive";

    public PatternResult Read(VerbSite site)
    {
        if (!site.IsGerund || site.ProgressiveSubjectEnd is not null || Contractions.BeSubject(site.View, site.AdverbsBeforeVerb) is not Text.TextSpan pronoun)
        {
            return PatternResult.Pass;
        }

        return PatternResult.Found(site.WithContent(site.Basic with { Speaker = pronoun, ClauseStart = pronoun.Start }));
    }
}
