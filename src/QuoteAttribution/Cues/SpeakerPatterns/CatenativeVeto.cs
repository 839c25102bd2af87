using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A speech verb that is also a catenative ("continue") says nothing itself when an infinitive follows it: the
/// verb after "to" is the cue and takes its subject (<see cref="VerbSite.AfterCatenative"/>).
/// </summary>
/// <example>Ann Lee continued to portray the levy as “a trap” for renters. → no cue for "continued"</example>
internal sealed class CatenativeVeto : ISpeakerPattern
{
    public string Name => "catenative";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int k = site.Verb;
        return WordClasses.Catenatives.Contains(s.Word(k)) && s.Is(k + 1, "to") && s.IsWord(k + 2) && char.IsLower(s.Word(k + 2)[0])
            && !WordClasses.Determiners.Contains(s.Word(k + 2)) && !WordClasses.Pronouns.Contains(s.Word(k + 2))
            ? PatternResult.Veto
            : PatternResult.Pass;
    }
}
