namespace QuoteAttribution.Cues;

/// <summary>
/// Reads the speaker, listener and start of content around one speech verb with the default
/// <see cref="SpeakerPatternList"/>: the entry point of the cue detector.
/// </summary>
internal static class VerbCue
{
    /// <summary>The default patterns, frozen once.</summary>
    public static VerbCueReader Default { get; } = SpeakerPatternList.CreateDefault().Build();

    /// <summary>The cue of the speech verb at token <paramref name="k"/>, or null when it is none.</summary>
    public static Cue? Build(SentenceView s, int k, SpeechVerb verb, List<Cue> earlier) =>
        Default.Read(new VerbSite(s, k, verb, earlier), out _);
}
