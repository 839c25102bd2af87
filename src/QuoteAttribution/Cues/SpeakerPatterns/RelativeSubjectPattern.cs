using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A subject that a relative clause runs on right up to the verb (<c>A guard who asked not to be named said</c>,
/// <c>Officials who briefed the council on Monday said</c>): the phrase before "who" opens the sentence and
/// speaks. The clause holds words only, no comma or quotation mark.
/// </summary>
/// <example>A ranger who has worked the park for a decade said the trail was unsafe. → A ranger</example>
internal sealed class RelativeSubjectPattern : ISpeakerPattern
{
    private const int MaxClauseTokens = 16;

    public string Name => "relative-subject";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int j = site.Head;
        // "at odds with the state party": a verb form after a determiner or preposition is a noun.
        if (!s.IsWord(j) || site.IsGerund || WordClasses.Determiners.Contains(s.Word(j)) || WordClasses.AdverbialPrepositions.Contains(s.Word(j))
            || s.Is(j, "of") || s.Is(j, "to") || s.Is(j, "for") || s.Is(j, "from") || s.Is(j, "by"))
        {
            return PatternResult.Pass;
        }

        // The first "who" of the clause: "A man who lives here and who saw it said".
        int who = -1;
        for (int k = j - 1; k > 0 && j - k < MaxClauseTokens && s.IsWord(k); k--)
        {
            if (s.Is(k, "who"))
            {
                who = k;
            }
        }

        if (who < 0 || !s.IsWord(who - 1))
        {
            return PatternResult.Pass;
        }

        int start = NounPhrases.StartOfPhraseEndingAt(s, who - 1);
        bool opensSentence = start >= 0 && (start == s.FirstWord || start == FrontedPhrase.SubjectStart(s)
            || (start == s.FirstWord + 1 && WordClasses.Connectives.Contains(s.Word(s.FirstWord))));
        return opensSentence
            ? PatternResult.Found(site.WithContent(site.Basic with { Speaker = s.Span(start, who - 1), ClauseStart = s.Tokens[start].Span.Start }))
            : PatternResult.Pass;
    }
}
