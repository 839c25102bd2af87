using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A source that "asked not to be named" or "spoke on condition of anonymity" tells why no name is given; the
/// verb reports no words, the main verb after it does.
/// </summary>
/// <example>A guard who asked not to be named said the gate was open. → no cue (asked)</example>
internal sealed class AnonymityVeto : ISpeakerPattern
{
    public string Name => "anonymity";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int k = site.Verb + 1;
        if (s.Is(k, "not"))
        {
            k++;
        }

        bool unnamed = s.Is(k, "to") && s.Is(k + 1, "be") && (s.Is(k + 2, "named") || s.Is(k + 2, "identified"));
        bool anonymous = (s.Is(k, "to") && s.Is(k + 1, "remain") && s.Is(k + 2, "anonymous"))
            || (s.Is(k, "on") && (s.Is(k + 1, "condition") || s.Is(k + 1, "the") && s.Is(k + 2, "condition")))
            || s.Is(k, "anonymously");
        return unnamed || anonymous ? PatternResult.Veto : PatternResult.Pass;
    }
}
