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

        return PhraseThatSpeaks(s, preposition - 1);
    }

    /// <summary>
    /// The start of the noun phrase a present participle modifies when the phrase at <paramref name="start"/> is
    /// the participle's object (<c>A lawyer</c> before <c>representing the family</c>, <c>Residents</c> before
    /// <c>living near the plant</c>) and the word before the participle, or null when no such participle stands
    /// before it or the phrase cannot speak.
    /// </summary>
    public static (int Start, int End)? HeadBeforeParticiple(SentenceView s, int start)
    {
        int participle = start - 1;
        if (s.Is(participle, "near") || s.Is(participle, "close"))
        {
            // "Residents living near the plant": a place preposition after the participle.
            participle--;
        }

        // The participle takes an object that opens with a determiner or a name ("representing the family",
        // "allowing his release"); "a similar closing days charge" has an adjective in -ing, not a participle.
        bool hasObject = s.IsWord(start) && (WordClasses.Determiners.Contains(s.Word(start)) || s.IsCapitalized(start));
        if (!hasObject || !s.IsWord(participle) || !char.IsLower(s.Word(participle)[0]) || s.Word(participle).Length < 6
            || !s.Word(participle).EndsWith("ing", StringComparison.Ordinal) || s.TryGetSpeechVerb(participle, out _))
        {
            return null;
        }

        return PhraseThatSpeaks(s, participle - 1) is int head ? (head, participle - 1) : null;
    }

    /// <summary>
    /// The start of the noun phrase ending at <paramref name="last"/> when it can speak: it opens with a determiner
    /// ("a source close to", "someone in") or names people ("officials in"); "response to Trump's said", "exit polls
    /// in Iowa" do not. Null otherwise.
    /// </summary>
    private static int? PhraseThatSpeaks(SentenceView s, int last)
    {
        int head = NounPhrases.StartOfPhraseEndingAt(s, last);
        bool speaks = head >= 0 && (WordClasses.Determiners.Contains(s.Word(head)) || s.Is(head, "someone") || s.Is(head, "Someone") || Entities.EntityLexicons.AnonymousKind(s.Word(last)) is not null
            || Entities.EntityLexicons.People.Contains(s.Word(last)) || Entities.EntityLexicons.Roles.Contains(s.Word(last)));
        return speaks && !NounPhrases.IsPronoun(s, head, last) ? head : null;
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
