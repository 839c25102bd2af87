using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>A form of "be" (or a contracted "are"/"am") before the verb makes it passive: its subject is the listener.</summary>
/// <example>The rowers were told the river was too high. → no cue</example>
internal sealed class PassiveVeto : ISpeakerPattern
{
    public string Name => "passive";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int j = site.BeforeSubject;
        return !site.IsGerund && j >= 0 && s.IsWord(j) && (WordClasses.Passive.Contains(s.Word(j)) || Contractions.EndsWithAreOrAm(s.Word(j)))
            ? PatternResult.Veto
            : PatternResult.Pass;
    }
}
