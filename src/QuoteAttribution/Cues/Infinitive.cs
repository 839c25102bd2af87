using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>The infinitive after a directive's object: <c>urged people to</c>, <c>advised people never to</c>.</summary>
internal static class Infinitive
{
    /// <summary>
    /// The token of "to" (or of "never"/"not" before it) after an object of at most five words starting at
    /// <paramref name="start"/>, or null.
    /// </summary>
    public static int? AfterObject(SentenceView s, int start)
    {
        for (int k = start; k < s.Count && k - start <= 5; k++)
        {
            if (!s.IsWord(k))
            {
                return null;
            }

            // "to" before a lower-case word that is no determiner: an infinitive, not "to the city".
            bool negation = s.Is(k, "never") || s.Is(k, "not");
            int verbAt = negation ? k + 2 : k + 1;
            if ((s.Is(k, "to") || negation && s.Is(k + 1, "to")) && s.IsWord(verbAt) && char.IsLower(s.Word(verbAt)[0])
                && !WordClasses.Determiners.Contains(s.Word(verbAt)) && !WordClasses.Pronouns.Contains(s.Word(verbAt)))
            {
                return k;
            }

            if (WordClasses.PhraseBreaks.Contains(s.Word(k)) && !WordClasses.Determiners.Contains(s.Word(k)) && !s.Is(k, "of"))
            {
                return null;
            }
        }

        return null;
    }
}
