namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>What a speaker did not say is no statement.</summary>
/// <example>Ann Lee would not say which wardens had resigned. → no cue</example>
internal sealed class NegatedVeto : ISpeakerPattern
{
    public string Name => "negated";

    public PatternResult Read(VerbSite site) => site.Negated ? PatternResult.Veto : PatternResult.Pass;
}
