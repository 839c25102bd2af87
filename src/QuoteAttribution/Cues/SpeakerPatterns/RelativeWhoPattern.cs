using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>A relative "who" right before the verb stands for the phrase before it, which speaks.</summary>
/// <example>Wardens who patrolled the dunes said the nests were safe. → Wardens</example>
internal sealed class RelativeWhoPattern : ISpeakerPattern
{
    public string Name => "relative-who";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int j = site.Head;
        if (!s.Is(j, "who"))
        {
            return PatternResult.Pass;
        }

        return RelativeAntecedent.Find(s, j, site.Earlier) is TextSpan antecedent
            ? PatternResult.Found(site.WithContent(site.Basic with { Speaker = antecedent, Relative = s.Tokens[j].Span, ClauseStart = s.Tokens[j].Span.Start }))
            : PatternResult.Veto;
    }
}
