using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>After an earlier cue, a participle joined by "and" or "while" is the same speaker's next statement.</summary>
/// <example>Mayor Ann Lee wrote that the levy was “a trap” and asking, “Who pays?” → coordinated with the earlier cue</example>
internal sealed class CoordinatedParticiplePattern : ISpeakerPattern
{
    public string Name => "coordinated-participle";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int k = site.Verb;
        if (!site.IsGerund || site.Earlier.Count == 0 || site.SpeechVerb.IsBelief || !(s.Is(k - 1, "and") || s.Is(k - 1, "while")))
        {
            return PatternResult.Pass;
        }

        return PatternResult.Found(site.WithContent(site.Basic with { Kind = CueKind.Coordinated, ClauseStart = s.Tokens[k - 1].Span.Start }));
    }
}
