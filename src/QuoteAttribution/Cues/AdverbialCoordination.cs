using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// A prepositional phrase between "and" and a verb (<c>called the report “misleading” and in a written reply
/// said</c>): the verb is still joined to the one before the "and".
/// </summary>
internal static class AdverbialCoordination
{
    /// <summary>The "and" or "but" before a prepositional phrase that ends at <paramref name="end"/>, or null.</summary>
    public static int? AndBefore(SentenceView s, int end)
    {
        // One noun phrase at most, all lower case and no pronoun ("and at one stage the audience cheered" has a
        // subject of its own, "but in fact Clinton used" too).
        int determiners = 0;
        for (int k = end; k > 0 && end - k < 8; k--)
        {
            if (!s.IsWord(k) || !char.IsLower(s.Word(k)[0]) || WordClasses.Pronouns.Contains(s.Word(k)))
            {
                return null;
            }

            determiners += WordClasses.Determiners.Contains(s.Word(k)) ? 1 : 0;
            if (determiners > 1)
            {
                return null;
            }

            if ((s.Is(k - 1, "and") || s.Is(k - 1, "but")) && s.IsWord(k) && WordClasses.AdverbialPrepositions.Contains(s.Word(k)))
            {
                return k - 1;
            }
        }

        return null;
    }
}
