using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A name right before a participle after a comma, a dash, "with" or "and" (adverbs may stand between), or any
/// noun phrase after "with": the name or phrase speaks.
/// </summary>
/// <example>The vote was close, with Senator Ann Marsh telling reporters the count was fair. → Senator Ann Marsh</example>
internal sealed class AbsoluteParticiplePattern : ISpeakerPattern
{
    public string Name => "absolute-participle";

    public PatternResult Read(VerbSite site)
    {
        if (!site.IsGerund || site.ProgressiveSubjectEnd is not null)
        {
            return PatternResult.Pass;
        }

        SentenceView s = site.View;
        int end = site.AdverbsBeforeVerb;
        if (Start(s, end) is not int nameStart)
        {
            return PatternResult.Pass;
        }

        return PatternResult.Found(site.WithContent(site.Basic with { Speaker = s.Span(nameStart, end), ClauseStart = s.Tokens[nameStart].Span.Start }));
    }

    /// <summary>The start of a name or pronoun ending at <paramref name="end"/> that a comma, a dash, "with" or "and" opens, or null.</summary>
    private static int? Start(SentenceView s, int end)
    {
        if (!s.IsWord(end))
        {
            return null;
        }

        int start = NounPhrases.StartOfPhraseEndingAt(s, end);
        // "with the Harbour Teachers Union calling her ...", "with a spokesperson for the camp describing ...": after
        // "with" the participle's subject is any noun phrase, as the construction allows no other reading.
        bool named = start >= 0 && (NounPhrases.IsAllCapitalized(s, start, end) || NounPhrases.IsPronoun(s, start, end) || s.Is(start - 1, "with"));
        bool opens = start == 0 || s.IsPunct(start - 1, ',') || s.IsPunct(start - 1, '\u2013') || s.IsPunct(start - 1, '\u2014')
            || s.IsPunct(start - 1, '-') || s.Is(start - 1, "with") || s.Is(start - 1, "and");
        return named && opens && start > 0 ? start : null;
    }
}
