using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// Reads the speaker, listener and start of content around one speech verb with the default
/// <see cref="SpeakerPatternList"/>: the entry point of the cue detector.
/// </summary>
internal static class VerbCue
{
    /// <summary>The default patterns, frozen once.</summary>
    public static VerbCueReader Default { get; } = SpeakerPatternList.CreateDefault().Build();

    /// <summary>
    /// The cue of the speech verb at token <paramref name="k"/>, or null when it is none, read with
    /// <paramref name="reader"/> or the default patterns; how it was read is added to <paramref name="decisions"/> when given.
    /// </summary>
    public static Cue? Build(SentenceView s, int k, SpeechVerb verb, List<Cue> earlier, List<VerbDecision>? decisions = null, VerbCueReader? reader = null)
    {
        Cue? cue = (reader ?? Default).Read(new VerbSite(s, k, verb, earlier), out ISpeakerPattern? decidedBy);
        decisions?.Add(new VerbDecision(s.Tokens[k].Span, decidedBy?.Name ?? "", cue));
        return cue;
    }
}
