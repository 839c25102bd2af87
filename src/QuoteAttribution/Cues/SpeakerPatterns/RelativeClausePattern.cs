using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A relative clause with commas of its own between the speaker and the verb. The verb is the main clause's,
/// so the phrase, not the "who", is the mention (the "who" is the mention only as the verb's own subject); a
/// "whose" is no subject, so the phrase stays the mention. The comma may sit inside a quote's closing mark.
/// </summary>
/// <example>Tom Reyes, who runs the ferry to Gull Island, said the fares would rise. → Tom Reyes</example>
internal sealed class RelativeClausePattern : ISpeakerPattern
{
    public string Name => "relative-clause";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int j = site.Head;
        int relativeComma = s.IsQuoteMark(j) && s.IsPunct(j - 1, ',') ? j - 1 : j;
        if (!s.IsPunct(relativeComma, ',') || RelativeAntecedent.ClauseBefore(s, relativeComma) is not int who
            || RelativeAntecedent.Find(s, who, site.Earlier) is not TextSpan named)
        {
            return PatternResult.Pass;
        }

        TextSpan? relative = s.Is(who, "who") ? s.Tokens[who].Span : null;
        return PatternResult.Found(site.WithContent(site.Basic with { Speaker = named, Relative = relative, ClauseStart = s.Tokens[who].Span.Start }));
    }
}
