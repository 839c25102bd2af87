using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A thing introduced with "a" and named in quotation marks right after "called" is being named, not speaking.
/// </summary>
/// <example>The troupe staged a new play called “Harbour Lights” last spring. → no cue</example>
internal sealed class CalledNameVeto : ISpeakerPattern
{
    public string Name => "called-name";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int k = site.Verb;
        return site.SpeechVerb.Lemma == "call" && site.SpeechVerb.Form == VerbForm.Past && s.IsQuoteMark(k + 1) && s.IsWord(k - 1) && char.IsLower(s.Word(k - 1)[0])
            && NounPhrases.StartOfPhraseEndingAt(s, k - 1) is int thing and >= 0 && (s.Is(thing, "a") || s.Is(thing, "an"))
            ? PatternResult.Veto
            : PatternResult.Pass;
    }
}
