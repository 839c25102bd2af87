using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A capitalised name that closes the sentence right after the verb is the speaker, whatever list comes before
/// the comma (an appositive reading of the list is not tried).
/// </summary>
/// <example>The app counts steps, naps, recipes and moods, says Whitlock. → Whitlock</example>
internal sealed class ClosingInvertedPattern : ISpeakerPattern
{
    public string Name => "closing-inverted";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int k = site.Verb;
        Cue? inverted = site.Inverted;
        return !site.SpeechVerb.TakesAddressee && inverted is { Speaker: TextSpan after } && after.Start == s.Tokens[k + 1].Span.Start && s.IsCapitalized(k + 1)
            && ClosesSentence(s, inverted)
            ? PatternResult.Found(inverted)
            : PatternResult.Pass;
    }

    /// <summary>True when only closing punctuation follows the cue's clause in the sentence.</summary>
    private static bool ClosesSentence(SentenceView s, Cue cue)
    {
        for (int k = s.Count - 1; k >= 0 && s.Tokens[k].Span.Start >= cue.ClauseEnd; k--)
        {
            if (s.IsWord(k) || s.IsQuoteMark(k))
            {
                return false;
            }
        }

        return true;
    }
}
