using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A gerund after "by", "after", "while" and the like, or one that opens the sentence: the subject of the
/// sentence speaks. Its clause counts only when it holds quoted words (the statement finder checks that):
/// "after calling a meeting" says nothing. "for" and "of" are left out: "criticized Lee for calling ..." puts
/// the object, not the subject, behind the words.
/// </summary>
/// <example>Mayor Ann Lee opened the fair by calling the old pier “a relic”. → Mayor Ann Lee</example>
internal sealed class GerundAfterPrepositionPattern : ISpeakerPattern
{
    public string Name => "gerund-after-preposition";

    public PatternResult Read(VerbSite site) =>
        site.IsGerund && site.ProgressiveSubjectEnd is null && Read(site.View, site.Verb, site) is { } cue ? PatternResult.Found(cue) : PatternResult.Pass;

    private static Cue? Read(SentenceView s, int k, VerbSite site)
    {
        int p = k - 1;
        while (p > 0 && s.IsWord(p) && char.IsLower(s.Word(p)[0]) && WordClasses.IsLyAdverb(s.Word(p)))
        {
            p--;
        }

        if (site.SpeechVerb.IsBelief)
        {
            return null;
        }

        // "In calling the plan “unfair,” the mayor showed ...", "Calling the plan “unfair,” Lee walked out": a
        // fronted gerund's subject is the sentence's, after the fronted phrase's comma.
        bool preposition = s.IsWord(p) && WordClasses.GerundPrepositions.Contains(s.Word(p));
        int opener = preposition ? p : k;
        if (opener == s.FirstWord && s.FirstWord >= 0 && SentenceSubject.Find(s, s.Count, afterFronted: true) is TextSpan after && after.Start > s.Tokens[k].Span.End)
        {
            Cue fronted = site.Basic with { Kind = CueKind.Participle, Speaker = WithoutTrailingAdverbs(s, k, after), IsTopic = true, ClauseStart = s.Tokens[opener].Span.Start };
            return site.WithContent(fronted);
        }

        if (!preposition || Brackets.Enclose(s, p))
        {
            return null;
        }

        // "In replying, the campaign said ...": a fronted gerund with no subject after its comma is left to other
        // cues, as is a sentence that opens inside a quotation.
        TextSpan? subject = SentenceSubject.Find(s, p, afterFronted: true);
        if (subject is null || s.FirstWord > 0 && s.IsQuoteMark(s.FirstWord - 1) || s.InQuote[s.FirstWord])
        {
            return null;
        }

        return site.WithContent(site.Basic with { Kind = CueKind.Participle, Speaker = subject, IsTopic = true, ClauseStart = s.Tokens[p].Span.Start });
    }

    /// <summary>The subject <paramref name="span"/> without adverbs at its end ("the mayor again showed").</summary>
    private static TextSpan WithoutTrailingAdverbs(SentenceView s, int from, TextSpan span)
    {
        int first = from;
        while (first < s.Count && s.Tokens[first].Span.Start < span.Start)
        {
            first++;
        }

        int last = first;
        while (last + 1 < s.Count && s.Tokens[last + 1].Span.End <= span.End)
        {
            last++;
        }

        while (last > first && s.IsWord(last) && char.IsLower(s.Word(last)[0])
            && (WordClasses.BetweenSubjectAndVerb.Contains(s.Word(last)) || WordClasses.IsLyAdverb(s.Word(last))))
        {
            last--;
        }

        return s.Span(first, last);
    }
}
