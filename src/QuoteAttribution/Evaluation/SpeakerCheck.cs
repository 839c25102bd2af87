namespace QuoteAttribution.Evaluation;

/// <summary><c>score.py</c>'s <c>speaker_right</c>: is the speaker of a matched pair right?</summary>
internal static class SpeakerCheck
{
    /// <summary>
    /// A gold statement without a speaker is right only when the system gives none. With
    /// <paramref name="resolved"/>, only the system's resolved speaker counts. Otherwise a mention
    /// that overlaps the gold speaker span is right, and so is a speaker or mention that names the
    /// gold speaker.
    /// </summary>
    public static bool IsRight(SystemStatement system, GoldStatement gold, CodePointMap map, bool resolved)
    {
        string systemSpeaker = system.Speaker.Trim();
        string systemMention = system.SpeakerMention.Trim();
        if (string.IsNullOrEmpty(gold.Speaker))
        {
            return systemSpeaker.Length == 0 && systemMention.Length == 0;
        }

        if (resolved)
        {
            return SpeakerNames.NamesMatch(systemSpeaker, gold.Speaker);
        }

        if (gold.SpeakerStart is int g0 && gold.SpeakerEnd is int g1
            && system.SpeakerStart is long s0 && system.SpeakerEnd is long s1 && s1 > s0
            && Overlap(map.ToCodePoint(s0), map.ToCodePoint(s1), g0, g1) > 0)
        {
            return true;
        }

        return SpeakerNames.NamesMatch(systemSpeaker, gold.Speaker)
            || SpeakerNames.NamesMatch(systemMention, gold.Speaker);
    }

    /// <summary>How many positions the half-open ranges share.</summary>
    public static long Overlap(long a0, long a1, long b0, long b1) =>
        Math.Max(0, Math.Min(a1, b1) - Math.Max(a0, b0));
}
