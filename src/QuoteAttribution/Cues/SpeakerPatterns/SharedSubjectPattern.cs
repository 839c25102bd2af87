using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// With no earlier cue, a verb joined by "and" or "but" shares the sentence's subject when the two agree; the
/// subject comes after a fronted connective or adverbial. Only a pronoun or a short name is a subject a reader
/// carries over.
/// </summary>
/// <example>Ann Lee toured the flooded lanes and says the dikes will hold. → Ann Lee</example>
internal sealed class SharedSubjectPattern : ISpeakerPattern
{
    public string Name => "shared-subject";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int j = site.Head;
        if (!(s.Is(j, "and") || s.Is(j, "but")) || SentenceSubject.Find(s, j, afterFronted: true) is not TextSpan shared)
        {
            return PatternResult.Pass;
        }

        int start = s.FirstWord;
        while (s.Tokens[start].Span.Start < shared.Start)
        {
            start++;
        }

        int end = start;
        while (end + 1 < s.Count && s.Tokens[end + 1].Span.End <= shared.End)
        {
            end++;
        }

        // "He already ...": the pronoun alone.
        if (NounPhrases.IsPronoun(s, start, start))
        {
            end = start;
        }
        else if (end - start > 3 || !NounPhrases.IsAllCapitalized(s, start, end) || WordClasses.TimeWords.Contains(s.Word(end))
            || s.Word(start).EndsWith("ing", StringComparison.Ordinal) || s.Word(start).EndsWith("ed", StringComparison.Ordinal))
        {
            // "Retaking Aleppo is considered critical": a sentence-initial verb form is no name.
            return PatternResult.Veto;
        }

        // "... is considered critical and thought to be impossible": a passive participle, not a speech act.
        if (site.SpeechVerb.Form == VerbForm.Past && s.Is(site.Verb + 1, "to"))
        {
            return PatternResult.Veto;
        }

        return SubjectVerbAgreement.Agrees(s, start, end, site.SpeechVerb.Form, site.Auxiliary)
            ? PatternResult.Found(site.WithContent(site.Basic with { Speaker = s.Span(start, end), ClauseStart = s.Tokens[j].Span.Start }))
            : PatternResult.Veto;
    }
}
