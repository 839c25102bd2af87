using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A description set off by two dashes between a person's name and the verb; the name before the first dash
/// (a known first name opens it) is the speaker.
/// </summary>
/// <example>Ana Lopez — a nurse from Hilltown — says the clinic is full. → Ana Lopez</example>
internal sealed class DashedAppositivePattern : ISpeakerPattern
{
    public string Name => "dashed-appositive";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int dash = site.Head;
        if (s.IsPunct(dash, ',') || !IsDash(s, dash))
        {
            return PatternResult.Pass;
        }

        int open = dash - 1;
        while (open > 0 && dash - open < 12 && !IsDash(s, open) && !s.IsQuoteMark(open))
        {
            open--;
        }

        int nameEnd = open - 1;
        int nameStart = IsDash(s, open) && open < dash - 1 && s.IsWord(nameEnd) ? NounPhrases.StartOfPhraseEndingAt(s, nameEnd) : -1;
        if (nameStart < 0 || nameStart != s.FirstWord || !NamedPerson.Spans(s, nameStart, nameEnd))
        {
            return PatternResult.Pass;
        }

        Cue subject = site.Basic with { Speaker = s.Span(nameStart, nameEnd), Appositive = s.Span(open + 1, dash - 1), ClauseStart = s.Tokens[nameStart].Span.Start };
        return PatternResult.Found(site.WithContent(subject));
    }

    private static bool IsDash(SentenceView s, int k) => s.IsPunct(k, '\u2013') || s.IsPunct(k, '\u2014') || s.IsPunct(k, '-');
}
