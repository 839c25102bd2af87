using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// The named object of a causing verb before "to" speaks (<c>prompted Tom Reyes to say</c>); a name after
/// "like" or "including" stands for the group before it. A lower-case object ("prompting the city to urge
/// ...") is kept out, as often a body the verb acts on as a speaker.
/// </summary>
/// <example>The closure stunned the town, leading grocers like Tom Reyes to counter that rents were to blame. → Tom Reyes</example>
internal sealed class CausedSpeakerPattern : ISpeakerPattern
{
    public string Name => "caused-speaker";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int j = site.BeforeGap;
        if (site.SpeechVerb.Form != VerbForm.Base || !s.Is(j, "to") || Speaker(s, j - 1) is not TextSpan caused)
        {
            return PatternResult.Pass;
        }

        return PatternResult.Found(site.WithContent(site.Basic with { Speaker = caused, ClauseStart = caused.Start }));
    }

    /// <summary>The name ending at <paramref name="end"/> when a causing verb takes it as its object, or null.</summary>
    private static TextSpan? Speaker(SentenceView s, int end)
    {
        int start = s.IsWord(end) ? NounPhrases.StartOfPhraseEndingAt(s, end) : -1;
        int verb = start - 1;

        // "advisers like Tom Reyes", "critics including Tom Reyes": the name stands for the group before it.
        if (start > 1 && (s.Is(verb, "like") || s.Is(verb, "including")))
        {
            int group = NounPhrases.StartOfPhraseEndingAt(s, verb - 1);
            verb = group > 0 ? group - 1 : -1;
        }

        return start > 0 && verb >= 0 && s.IsWord(verb) && WordClasses.CausingVerbs.Contains(s.Word(verb)) && NounPhrases.IsAllCapitalized(s, start, end)
            ? s.Span(start, end) : null;
    }
}
