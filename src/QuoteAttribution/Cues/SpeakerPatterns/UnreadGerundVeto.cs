namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A gerund that no gerund pattern read and that has no "be" before it (no progressive) is no cue: its
/// speaker cannot be told.
/// </summary>
/// <example>Saying goodbye took the crew most of the evening. → no cue</example>
internal sealed class UnreadGerundVeto : ISpeakerPattern
{
    public string Name => "unread-gerund";

    public PatternResult Read(VerbSite site) =>
        site.IsGerund && site.ProgressiveSubjectEnd is null ? PatternResult.Veto : PatternResult.Pass;
}
