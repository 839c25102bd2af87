using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>
/// The listener after a verb that takes one (<c>told reporters</c>, <c>told him</c>), with a programme's title
/// after it or in its place (<c>told KTV’s “Morning Hour”</c>, <c>told “Coast Tonight”</c>).
/// </summary>
internal static class Listener
{
    /// <summary>The listener after the verb at <paramref name="k"/>, or null, and the token after it.</summary>
    public static (TextSpan? Addressee, int Next) Read(SentenceView s, int k, SpeechVerb verb)
    {
        int next = k + 1;
        TextSpan? addressee = null;
        bool listens = verb.TakesAddressee || AsksAfterQuestion(s, k, verb);
        if (listens && IsObjectPronoun(s, next))
        {
            // "Most councillors told him they were against the plan": a pronoun listener.
            addressee = s.Span(next, next);
            next++;
        }
        else if (listens)
        {
            int end = PhraseEnd(s, next);
            if (end >= next)
            {
                addressee = s.Span(next, end);
                next = end + 1;
            }
        }

        // "told KTV’s “Morning Hour” on Monday", "told “Coast Tonight”": a programme's title after the listener's
        // possessive, or in its place, is where the speaker spoke, not what they said.
        if (verb.TakesAddressee && (addressee is null || Possessives.EndsWithMark(s, next - 1)) && TitleQuoteEnd(s, next) is int title)
        {
            addressee = addressee is { } listener ? TextSpan.FromBounds(listener.Start, s.Tokens[title].Span.End) : s.Span(next, title);
            next = title + 1;
        }

        return (addressee, next);
    }

    /// <summary>
    /// The listener after <c>told</c>: a short phrase that ends before <c>that</c>, a pronoun or a new
    /// determiner (<c>told the TV the joint operation ...</c> → <c>the TV</c>).
    /// </summary>
    private static int PhraseEnd(SentenceView s, int start)
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
            bool startsNewPhrase = k > start && (WordClasses.Pronouns.Contains(word) || Contractions.OpensWithSubjectPronoun(word) || WordClasses.Determiners.Contains(word)
                || (s.IsCapitalized(k) && !s.IsAcronym(k) && afterLowerWord));
            if (startsNewPhrase || WordClasses.PhraseBreaks.Contains(word) && !s.IsAcronym(k))
            {
                break;
            }

            end = k;
        }

        return end;
    }

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
            if (s.Tokens[m].IsWord && (++words > 6 || !char.IsUpper(word[0]) && !WordClasses.TitleJoiners.Contains(word)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// True for "ask" right after a quoted question and its subject (<c>“Why now?” Lee asked reporters.</c>): its
    /// object is whom the question was put to. Elsewhere the object of "ask" is what was asked ("asked the board
    /// to wait", "asked whether ..."), so only this shape reads a listener.
    /// </summary>
    private static bool AsksAfterQuestion(SentenceView s, int k, SpeechVerb verb)
    {
        if (verb.Lemma != "ask" || verb.Form == VerbForm.Gerund)
        {
            return false;
        }

        // Back over the subject (a few words) to the closing mark, in this sentence or ending the one before.
        int j = k - 1;
        while (j >= 0 && k - j <= 6 && s.IsWord(j))
        {
            j--;
        }

        int mark;
        if (j >= 0)
        {
            if (!s.IsQuoteMark(j) || j == k - 1)
            {
                return false;
            }

            mark = s.Tokens[j].Span.Start;
        }
        else
        {
            mark = s.Sentence.Span.Start - 1;
            while (mark > 0 && s.Text[mark] is ' ' or '\t')
            {
                mark--;
            }
        }

        return mark > 0 && s.Text[mark] is '\u201D' or '"' or '\u2019' or '\'' && s.Text[mark - 1] == '?';
    }

    private static bool IsObjectPronoun(SentenceView s, int k) =>
        s.Is(k, "him") || s.Is(k, "her") && !(s.IsWord(k + 1) && !WordClasses.Pronouns.Contains(s.Word(k + 1)) && char.IsLower(s.Word(k + 1)[0]) && !WordClasses.Auxiliaries.Contains(s.Word(k + 1)))
        || s.Is(k, "them") || s.Is(k, "me") || s.Is(k, "us");
}
