using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>"told" with a subject pronoun right after it is passive: the person was told, and told nothing.</summary>
/// <example>Tom Reyes was injured and told he would need a cast. → no cue</example>
internal sealed class ToldPronounVeto : ISpeakerPattern
{
    public string Name => "told-pronoun";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int k = site.Verb;
        return site.SpeechVerb.Lemma == "tell" && site.SpeechVerb.Form == VerbForm.Past && (s.Is(k + 1, "he") || s.Is(k + 1, "she") || s.Is(k + 1, "they"))
            ? PatternResult.Veto
            : PatternResult.Pass;
    }
}
