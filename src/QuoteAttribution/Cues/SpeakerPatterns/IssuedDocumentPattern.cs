using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A document the subject issued says what the subject says, so the clause of its speech gerund ("saying",
/// "calling", "describing", "urging") is the subject's statement. Only an indefinite document right after an
/// issuing verb counts: "dismissed the letter saying ..." quotes someone else. A day may stand between the
/// document and the gerund ("released a statement Wednesday saying").
/// </summary>
/// <example>The rowing club released a statement saying the regatta would go ahead. → The rowing club</example>
internal sealed class IssuedDocumentPattern : ISpeakerPattern
{
    public string Name => "issued-document";

    public PatternResult Read(VerbSite site) =>
        site.IsGerund && site.ProgressiveSubjectEnd is null && Read(site.View, site.Verb, site) is { } cue ? PatternResult.Found(cue) : PatternResult.Pass;

    private static Cue? Read(SentenceView s, int k, VerbSite site)
    {
        int noun = s.IsWord(k - 1) && WordClasses.TimeWords.Contains(s.Word(k - 1)) ? k - 2 : k - 1;
        if (site.SpeechVerb.IsBelief || !s.IsWord(noun) || !Entities.EntityLexicons.DocumentNouns.Contains(s.Word(noun)))
        {
            return null;
        }

        int article = noun - 1;
        while (article >= noun - 2 && s.IsWord(article) && char.IsLower(s.Word(article)[0]) && !s.Is(article, "a") && !s.Is(article, "an"))
        {
            article--;
        }

        int issued = s.Is(article - 1, "out") ? article - 2 : article - 1;
        if (!(s.Is(article, "a") || s.Is(article, "an")) || !s.IsWord(issued) || !char.IsLower(s.Word(issued)[0])
            || !(s.Word(issued).EndsWith("ed", StringComparison.Ordinal) || WordClasses.IrregularPast.Contains(s.Word(issued)) || s.Is(issued, "put")))
        {
            return null;
        }

        // "The team put out a note": an unmarked past reads as part of the phrase, so the subject is also
        // the sentence's opening phrase when it ends right before the verb.
        int opening = NounPhrases.StartOfPhraseEndingAt(s, issued - 1);
        TextSpan? subject = SentenceSubject.Find(s, issued, afterFronted: true)
            ?? (opening >= 0 && opening == FrontedPhrase.SubjectStart(s) ? s.Span(opening, issued - 1) : null);
        if (subject is null)
        {
            return null;
        }

        return site.WithContent(site.Basic with { Kind = CueKind.Participle, Speaker = subject, ClauseStart = s.Tokens[article].Span.Start });
    }
}
