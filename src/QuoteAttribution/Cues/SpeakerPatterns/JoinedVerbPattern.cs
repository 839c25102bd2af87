using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// Two verbs joined by "and" right after one another: the first says nothing of its own, so the two are one cue
/// with the first one's speaker (the earlier cue is replaced, not kept beside it).
/// </summary>
/// <example>Ann Lee laughed and added, “We will row again.” → Ann Lee</example>
internal sealed class JoinedVerbPattern : ISpeakerPattern
{
    public string Name => "joined-verb";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int j = site.Head;
        List<Cue> earlier = site.Earlier;
        if (!s.Is(j, "and") || earlier.Count == 0 || earlier[^1] is not { Kind: CueKind.SubjectVerb, Speaker: not null } joined
            || j <= 0 || joined.Trigger.End != s.Tokens[j - 1].Span.End)
        {
            return PatternResult.Pass;
        }

        earlier.RemoveAt(earlier.Count - 1);
        return PatternResult.Found(site.WithContent(site.Basic with { Speaker = joined.Speaker, Appositive = joined.Appositive, ClauseStart = joined.ClauseStart }));
    }
}
