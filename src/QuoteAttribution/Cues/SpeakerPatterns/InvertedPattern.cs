namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// The speaker named after the verb (<see cref="InvertedSpeaker"/>), when no appositive before the verb was
/// found. The last pattern: it decides, with a cue or none.
/// </summary>
/// <example>“The tide is late,” said Captain Ruth Adler, the harbour pilot. → Captain Ruth Adler</example>
internal sealed class InvertedPattern : ISpeakerPattern
{
    public string Name => "inverted";

    public PatternResult Read(VerbSite site) => PatternResult.Found(site.Inverted);
}
