using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A participle after a comma (the comma may sit inside a closing mark): the speaker is the earlier cue's, or
/// with no earlier cue the sentence's subject.
/// </summary>
/// <example>Councillors seized on the survey, arguing that the hall was too small. → Councillors</example>
internal sealed class ParticipleAfterCommaPattern : ISpeakerPattern
{
    public string Name => "participle-after-comma";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int k = site.Verb;
        if (!site.IsGerund || !(s.IsPunct(k - 1, ',') || s.IsQuoteMark(k - 1) && s.IsPunct(k - 2, ',')))
        {
            return PatternResult.Pass;
        }

        // The clause starts at its comma, also when the comma closes a quote before the mark.
        int comma = s.IsPunct(k - 1, ',') ? k - 1 : k - 2;
        Text.TextSpan? subject = site.Earlier.Count > 0 ? null : SentenceSubject.Find(s, k, afterFronted: true);
        Cue cue = site.Basic with { Kind = CueKind.Participle, Speaker = subject, ClauseStart = s.Tokens[comma].Span.Start };
        return PatternResult.Found(site.WithContent(cue));
    }
}
