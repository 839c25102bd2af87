namespace QuoteAttribution.Cues;

internal static partial class VerbCue
{
    /// <summary>
    /// <c>Ana Lopez — a nurse from Hilltown — says</c>: a description set off by two dashes between
    /// a person's name and the verb; the name before the first dash is the speaker.
    /// </summary>
    private static Cue? DashedAppositive(SentenceView s, int dash, int k, SpeechVerb verb, Cue basic)
    {
        if (!IsDash(s, dash))
        {
            return null;
        }

        int open = dash - 1;
        while (open > 0 && dash - open < 12 && !IsDash(s, open) && !s.IsQuoteMark(open))
        {
            open--;
        }

        int nameEnd = open - 1;
        int nameStart = IsDash(s, open) && open < dash - 1 && s.IsWord(nameEnd) ? NounPhrases.StartOfPhraseEndingAt(s, nameEnd) : -1;
        if (nameStart < 0 || nameStart != s.FirstWord || !IsPersonName(s, nameStart, nameEnd))
        {
            return null;
        }

        Cue subject = basic with { Speaker = s.Span(nameStart, nameEnd), Appositive = s.Span(open + 1, dash - 1), ClauseStart = s.Tokens[nameStart].Span.Start };
        return WithContentAfter(s, k, verb, subject);
    }

    private static bool IsDash(SentenceView s, int k) => s.IsPunct(k, '\u2013') || s.IsPunct(k, '\u2014') || s.IsPunct(k, '-');
}
