namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>After a possessive the verb form is a noun, no cue.</summary>
/// <example>The mayor's remarks drew no reply from the harbour board. → no cue</example>
internal sealed class PossessiveVeto : ISpeakerPattern
{
    public string Name => "possessive";

    public PatternResult Read(VerbSite site) => Possessives.IsPossessive(site.View, site.Head) ? PatternResult.Veto : PatternResult.Pass;
}
