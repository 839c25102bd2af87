using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>A market or count that "adds" a number says nothing.</summary>
/// <example>The index added 12 points, or 0.4 per cent. → no cue</example>
internal sealed class AddedNumberVeto : ISpeakerPattern
{
    public string Name => "added-number";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int k = site.Verb;
        return site.SpeechVerb.Lemma == "add" && s.IsWord(k + 1) && (char.IsDigit(s.Word(k + 1)[0]) || s.IsPunct(k + 1, '$'))
            ? PatternResult.Veto
            : PatternResult.Pass;
    }
}
