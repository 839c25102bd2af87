using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A participle after a comma (the comma may sit inside a closing mark), also with an adverb between them
/// (", later adding", ", at one point calling"): the speaker is the earlier cue's, or with no earlier cue the
/// sentence's subject.
/// </summary>
/// <example>Councillors seized on the survey, arguing that the hall was too small. → Councillors</example>
internal sealed class ParticipleAfterCommaPattern : ISpeakerPattern
{
    public string Name => "participle-after-comma";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int k = site.Verb;
        int before = site.IsGerund ? AdverbsBefore(s, k - 1) : k - 1;
        if (!site.IsGerund || !(s.IsPunct(before, ',') || s.IsQuoteMark(before) && s.IsPunct(before - 1, ',')))
        {
            return PatternResult.Pass;
        }

        // The clause starts at its comma, also when the comma closes a quote before the mark.
        int comma = s.IsPunct(before, ',') ? before : before - 1;
        Text.TextSpan? subject = site.Earlier.Count > 0 ? null : SentenceSubject.Find(s, k, afterFronted: true);
        Cue cue = site.Basic with { Kind = CueKind.Participle, Speaker = subject, ClauseStart = s.Tokens[comma].Span.Start };
        return PatternResult.Found(site.WithContent(cue));
    }

    /// <summary>
    /// The token before the adverbs that end at <paramref name="end"/>: "-ly" words and the adverbs of time and
    /// sequence ("also", "later", "instead") and "at one point"; <paramref name="end"/> itself when there are none.
    /// </summary>
    private static int AdverbsBefore(SentenceView s, int end)
    {
        int k = end;
        if (s.Is(k, "point") && s.Is(k - 1, "one") && s.Is(k - 2, "at"))
        {
            return k - 3;
        }

        while (k > end - 2 && s.IsWord(k) && (s.Is(k, "later") || s.Is(k, "again") || s.Is(k, "instead") || s.Is(k, "then") || s.Is(k, "once")))
        {
            k--;
        }

        return Progressive.SkipAdverbs(s, k);
    }
}
