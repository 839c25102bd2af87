using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>A verb after "and" or "but" that follows an earlier cue: the earlier verb's speaker says this too.</summary>
/// <example>Principal Ruth Adler said the gym would stay shut and added that classes would move. → coordinated with the earlier cue</example>
internal sealed class CoordinatedVerbPattern : ISpeakerPattern
{
    public string Name => "coordinated-verb";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int j = site.Head;
        return (s.Is(j, "and") || s.Is(j, "but")) && site.Earlier.Count > 0
            ? PatternResult.Found(site.WithContent(site.Basic with { Kind = CueKind.Coordinated, ClauseStart = s.Tokens[j].Span.Start }))
            : PatternResult.Pass;
    }
}
