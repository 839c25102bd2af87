using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// Past this point no subject stands right before the verb; the speaker can only follow it or be set off by a
/// comma or a dash, so a verb after anything else (a bracket, a number sign) is no cue.
/// </summary>
/// <example>The levy (said to be the highest on the coast) stays. → no cue</example>
internal sealed class NoBreakVeto : ISpeakerPattern
{
    public string Name => "no-break";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int j = site.Head;
        bool afterBreak = j < 0 || s.IsPunct(j, ',') || s.IsQuoteMark(j) || s.IsPunct(j, ':') || s.IsPunct(j, '-')
            || s.IsPunct(j, '\u2013') || s.IsPunct(j, '\u2014');
        return afterBreak ? PatternResult.Pass : PatternResult.Veto;
    }
}
