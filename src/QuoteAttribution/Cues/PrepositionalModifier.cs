using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// A prepositional phrase after the head of a speaker phrase: <c>A person familiar</c> before <c>with the
/// talks</c>, <c>Officials</c> before <c>in Washington</c>. The speaker is the phrase the preposition modifies.
/// </summary>
internal static class PrepositionalModifier
{
    /// <summary>
    /// The start of the noun phrase that a prepositional phrase starting at <paramref name="start"/> modifies,
    /// or null when no preposition stands before it or the modified phrase cannot speak.
    /// </summary>
    public static int? HeadThatSpeaks(SentenceView s, int start)
    {
        int preposition = start - 1;
        if (!(s.Is(preposition, "with") || s.Is(preposition, "in") || s.Is(preposition, "from") || s.Is(preposition, "at") || s.Is(preposition, "on")
            || s.Is(preposition, "to") || s.Is(preposition, "about")))
        {
            return null;
        }

        // The modified phrase must be able to speak: it opens with a determiner ("a source close to", "someone in")
        // or names people ("officials in"); "response to Trump's said", "exit polls in Iowa" do not.
        int head = NounPhrases.StartOfPhraseEndingAt(s, preposition - 1);
        bool speaks = head >= 0 && (WordClasses.Determiners.Contains(s.Word(head)) || s.Is(head, "someone") || s.Is(head, "Someone") || Entities.EntityLexicons.AnonymousKind(s.Word(preposition - 1)) is not null
            || Entities.EntityLexicons.People.Contains(s.Word(preposition - 1)) || Entities.EntityLexicons.Roles.Contains(s.Word(preposition - 1)));
        return speaks && !NounPhrases.IsPronoun(s, head, preposition - 1) ? head : null;
    }

    /// <summary>
    /// The start of the noun phrase before "with", "in", "from", "at" or "on" when the phrase at
    /// <paramref name="start"/> is that preposition's object, or -1.
    /// </summary>
    public static int ModifiedStart(SentenceView s, int start)
    {
        int preposition = start - 1;
        if (!(s.Is(preposition, "with") || s.Is(preposition, "in") || s.Is(preposition, "from") || s.Is(preposition, "at") || s.Is(preposition, "on")))
        {
            return -1;
        }

        int head = NounPhrases.StartOfPhraseEndingAt(s, preposition - 1);
        return head >= 0 && !NounPhrases.IsPronoun(s, head, preposition - 1) ? head : -1;
    }

    /// <summary>
    /// The start of the noun phrase a past participle modifies when the phrase at <paramref name="start"/> is its
    /// "by" agent (<c>A letter from the guild</c> before <c>obtained by the Ledger</c>), or null.
    /// </summary>
    public static int? PhraseBeforeAgent(SentenceView s, int start)
    {
        int participle = start - 2;
        if (!s.Is(start - 1, "by") || !s.IsWord(participle) || !char.IsLower(s.Word(participle)[0])
            || !(s.Word(participle).EndsWith("ed", StringComparison.Ordinal) || WordClasses.IrregularPast.Contains(s.Word(participle))))
        {
            return null;
        }

        int head = NounPhrases.StartOfPhraseEndingAt(s, participle - 1);
        if (head < 0 || NounPhrases.IsPronoun(s, head, participle - 1))
        {
            return null;
        }

        int modified = ModifiedStart(s, head);
        return modified >= 0 ? modified : head;
    }

    /// <summary>
    /// "Support in key states means ...": an -s form after a bare lower-case phrase (no determiner or pronoun)
    /// that follows a place preposition is a plural noun in the preposition's object, not a subject's verb; a
    /// phrase that modifies a speaker ("officials in the region") is not such an object. After "of" the -s form
    /// stays a verb ("A study of young voters suggests ...").
    /// </summary>
    public static bool IsPluralInObject(SentenceView s, int start, int end, VerbForm form)
    {
        if (form != VerbForm.ThirdPerson || !(s.Is(start - 1, "in") || s.Is(start - 1, "across") || s.Is(start - 1, "throughout")))
        {
            return false;
        }

        for (int k = start; k <= end; k++)
        {
            if (!s.IsWord(k) || !char.IsLower(s.Word(k)[0]) || WordClasses.Determiners.Contains(s.Word(k)) || WordClasses.Pronouns.Contains(s.Word(k)))
            {
                return false;
            }
        }

        return HeadThatSpeaks(s, start) is null;
    }
}
