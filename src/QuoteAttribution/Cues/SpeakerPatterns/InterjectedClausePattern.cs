using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A subordinate clause set off by commas right before the verb: the name or pronoun that opens the sentence
/// before it speaks.
/// </summary>
/// <example>Ann Lee, when asked about the tolls, replied that they would stay. → Ann Lee</example>
internal sealed class InterjectedClausePattern : ISpeakerPattern
{
    public string Name => "interjected-clause";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int j = site.Head;
        return s.IsPunct(j, ',') && Subject(s, j) is (int from, int to)
            ? PatternResult.Found(site.WithContent(site.Basic with { Speaker = s.Span(from, to), ClauseStart = s.Tokens[from].Span.Start }))
            : PatternResult.Pass;
    }

    /// <summary>The subject before the clause that ends at <paramref name="comma"/>, or null.</summary>
    private static (int From, int To)? Subject(SentenceView s, int comma)
    {
        for (int c = comma - 2; c > 0 && comma - c < 20; c--)
        {
            if (!s.IsPunct(c, ','))
            {
                continue;
            }

            if (!s.IsWord(c + 1) || !char.IsLower(s.Word(c + 1)[0]) || !WordClasses.Subordinators.Contains(s.Word(c + 1)) || !s.IsWord(c - 1))
            {
                return null;
            }

            int start = NounPhrases.StartOfPhraseEndingAt(s, c - 1);
            bool opensSentence = start == s.FirstWord || (start == s.FirstWord + 1 && WordClasses.Connectives.Contains(s.Word(s.FirstWord)));
            bool named = start >= 0 && (NounPhrases.IsAllCapitalized(s, start, c - 1) || NounPhrases.IsPronoun(s, start, c - 1));
            return opensSentence && named ? (start, c - 1) : null;
        }

        return null;
    }
}
