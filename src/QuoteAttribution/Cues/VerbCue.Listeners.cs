namespace QuoteAttribution.Cues;

/// <summary>What stands between a verb and its content: the listener, a programme's title, a directive's object.</summary>
internal static partial class VerbCue
{
    /// <summary>
    /// The listener after <c>told</c>: a short phrase that ends before <c>that</c>, a pronoun or a new
    /// determiner (<c>told the TV the joint operation ...</c> → <c>the TV</c>).
    /// </summary>
    private static int AddresseeEnd(SentenceView s, int start)
    {
        int end = -1;
        for (int k = start; k < s.Count && k - start < 5; k++)
        {
            if (!s.IsWord(k) || s.Is(k, "that") || s.Is(k, "according") || WordClasses.AdverbialOpeners.Contains(s.Word(k)) && k > start)
            {
                break;
            }

            ReadOnlySpan<char> word = s.Word(k);
            bool afterLowerWord = !s.IsCapitalized(k - 1) && !WordClasses.Determiners.Contains(s.Word(k - 1));
            // "told residents she’s ready": a contracted subject pronoun opens the content too.
            bool startsNewPhrase = k > start && (WordClasses.Pronouns.Contains(word) || OpensWithSubjectPronoun(word) || WordClasses.Determiners.Contains(word)
                || (s.IsCapitalized(k) && !s.IsAcronym(k) && afterLowerWord));
            if (startsNewPhrase || WordClasses.PhraseBreaks.Contains(word) && !s.IsAcronym(k))
            {
                break;
            }

            end = k;
        }

        return end;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> DirectiveVerbs = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "urge", "advise", "remind", "encourage", "implore", "instruct");

    // Verbs that commit the speaker to an act: their content is the infinitive ("pledged to ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> CommissiveVerbs = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "promise", "vow", "pledge", "swear");

    /// <summary>
    /// The token of "to" (or of "never"/"not" before it) after an object of at most five words
    /// (<c>urged people to</c>, <c>reminded customers to</c>, <c>advised people never to</c>), or null.
    /// </summary>
    private static int? InfinitiveAfterObject(SentenceView s, int start)
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

    private static bool EndsWithPossessive(SentenceView s, int k) =>
        s.IsWord(k) && s.Word(k) is [.., '\'' or '\u2019', 's'];

    // Short words a title leaves in lower case ("Fox and Friends", "Meet the Press").
    private static readonly System.Collections.Frozen.FrozenSet<string> TitleJoiners = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "a", "an", "the", "and", "of", "for", "in", "on", "at", "to", "with");

    /// <summary>
    /// The closing mark of a short title in quotation marks that opens at <paramref name="k"/> (<c>“Morning
    /// Hour”</c>): one to six words, each capitalised but for short joiners; null for anything else.
    /// </summary>
    private static int? TitleQuoteEnd(SentenceView s, int k)
    {
        if (!s.IsQuoteMark(k) || !s.InQuote[k])
        {
            return null;
        }

        int words = 0;
        for (int m = k + 1; m < s.Count && m - k <= 12; m++)
        {
            if (s.IsQuoteMark(m))
            {
                return words > 0 ? m : null;
            }

            ReadOnlySpan<char> word = s.Tokens[m].Span.Of(s.Text);
            if (s.Tokens[m].IsWord && (++words > 6 || !char.IsUpper(word[0]) && !TitleJoiners.Contains(word.ToString())))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsObjectPronoun(SentenceView s, int k) =>
        s.Is(k, "him") || s.Is(k, "her") && !(s.IsWord(k + 1) && !WordClasses.Pronouns.Contains(s.Word(k + 1)) && char.IsLower(s.Word(k + 1)[0]) && !WordClasses.Auxiliaries.Contains(s.Word(k + 1)))
        || s.Is(k, "them") || s.Is(k, "me") || s.Is(k, "us");
}
