using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// Finds the noun phrase that names a speaker next to a cue: leftwards from the verb
/// (<c>the Russian defense ministry said</c>) or rightwards from it (<c>said Captain Jeff Davis</c>).
/// A phrase runs over names, titles, possessives, determiners and description words, and stops at
/// punctuation, quotation marks, function words and verbs.
/// </summary>
internal static class NounPhrases
{
    private const int MaxWords = 16;

    /// <summary>The first token of the phrase that ends at <paramref name="end"/>, or -1 when there is none.</summary>
    public static int StartOfPhraseEndingAt(SentenceView s, int end)
    {
        // "a poem she said": a pronoun is a phrase of its own.
        if (s.IsWord(end) && WordClasses.Pronouns.Contains(s.Word(end)))
        {
            return end;
        }

        int start = -1;
        for (int k = end; k >= 0 && end - k < MaxWords; k--)
        {
            // "the report said", "a tweet said": a speech-verb form right after a determiner is a noun; so is one
            // after "of" ("the secretary of state said").
            bool nounAfterDeterminer = k == end && s.IsWord(k - 1)
                && (WordClasses.Determiners.Contains(s.Word(k - 1)) || s.Is(k - 1, "of") && s.TryGetSpeechVerb(k, out _));
            if (!CanBeInPhrase(s, k) && !(nounAfterDeterminer && s.IsWord(k)))
            {
                break;
            }

            // "asked him about the next steps and Reyes suggested": a name after "and" does not join a
            // lower-case phrase before it; the "and" starts a clause of its own. A description ("the senator
            // and Republican candidate"), a pronoun ("he and Mr. Allen") and a person noun ("the mayor and Tom
            // Reyes") still join.
            if (s.Is(k, "and") && k < end && IsAllCapitalized(s, k + 1, end) && s.IsWord(k - 1) && char.IsLower(s.Word(k - 1)[0])
                && !WordClasses.Pronouns.Contains(s.Word(k - 1)) && !Entities.MentionWords.RoleUnit(s.Word(k - 1)))
            {
                break;
            }

            start = k;
        }

        // Trim sentence connectives and dangling joiners from the front ("But observers" → "observers").
        while (start >= 0 && start <= end && (WordClasses.Connectives.Contains(s.Word(start)) || IsJoiner(s, start)))
        {
            start++;
        }

        return start >= 0 && start <= end && (IsHead(s, end) || IsLonePerson(s, start, end)) ? start : -1;
    }

    /// <summary>The last token of the phrase that starts at <paramref name="start"/>, or -1 when there is none.</summary>
    public static int EndOfPhraseStartingAt(SentenceView s, int start)
    {
        int end = -1;
        for (int k = start; k < s.Count && k - start < MaxWords; k++)
        {
            if (!CanBeInPhrase(s, k, rightwards: true) && !IsAdjectiveAfterArticle(s, k))
            {
                break;
            }

            end = k;
        }

        while (end >= start && (IsJoiner(s, end) || WordClasses.Determiners.Contains(s.Word(end))))
        {
            end--;
        }

        return end >= start && (IsHead(s, end) || IsLonePerson(s, start, end)) ? end : -1;
    }

    /// <summary>True when every word of the phrase is a capitalised word (a bare name, no description).</summary>
    public static bool IsAllCapitalized(SentenceView s, int from, int to)
    {
        bool letter = false;
        for (int k = from; k <= to; k++)
        {
            if (!s.IsCapitalized(k) && !IsJoiner(s, k))
            {
                return false;
            }

            letter |= char.IsLetter(s.Word(k)[0]);
        }

        // "Ben Okafor, 50, says": an age is not a name.
        return letter;
    }

    /// <summary>True for a single personal pronoun.</summary>
    public static bool IsPronoun(SentenceView s, int from, int to) =>
        from == to && WordClasses.Pronouns.Contains(s.Word(from));

    private static bool CanBeInPhrase(SentenceView s, int k, bool rightwards = false)
    {
        if (!s.IsWord(k))
        {
            // "Tom Reyes, Adams’ campaign manager, said": a plural possessive's apostrophe stays in the phrase.
            return s.IsPossessiveMark(k);
        }

        ReadOnlySpan<char> word = s.Word(k);
        if (s.IsAcronym(k))
        {
            return true;
        }

        // A capitalised speech-verb form is a name ("Lisa Grant", "Ted Speaks"); a lower-case one ends the phrase.
        bool lower = char.IsLower(word[0]);

        // "Ms. May", "Will Smith": a capitalised function word after a title or a name is part of the name.
        bool nameWord = !lower && k > 0 && ((s.IsWord(k - 1) && (s.IsCapitalized(k - 1) || Entities.EntityLexicons.Titles.Contains(s.Word(k - 1))))
            || (s.IsWord(k + 1) && s.IsCapitalized(k + 1) && Entities.EntityLexicons.FirstNames.ContainsKey(s.Word(k))));
        if ((WordClasses.PhraseBreaks.Contains(word) || WordClasses.TimeWords.Contains(word)) && !nameWord)
        {
            return false;
        }

        // A lower-case speech-verb form ends the phrase, unless it is a noun: before a name or acronym
        // ("state TV"), or a plural that closes the phrase ("according to media reports Wednesday").
        if (lower && s.TryGetSpeechVerb(k, out SpeechVerb verb))
        {
            // A past form is never such a noun: "He denied Dunn's request" ends its subject at "He".
            bool modifier = s.IsWord(k + 1) && s.IsCapitalized(k + 1) && !(rightwards && verb.Form == VerbForm.Past);
            bool closingPlural = rightwards && word.EndsWith('s') && (!s.IsWord(k + 1) || WordClasses.TimeWords.Contains(s.Word(k + 1)));
            return modifier || closingPlural || IsDocumentBeforeVerb(s, k, verb);
        }

        // A negated auxiliary ("didn't", "won’t") is a verb, never part of a noun phrase.
        if (lower && (word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal)))
        {
            return false;
        }

        // A lower-case word ending in -ed or -ing is most likely a verb ("found", "fleeing"); a role
        // modifier is not ("managing director Tom Reyes said", "the retired judge said").
        return !(lower && !word.Contains('-') && !Entities.MentionWords.IsModifier(word)
            && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal))
            && word.Length > 4);
    }

    /// <summary>
    /// "The firm's annual report says ...": a document noun that is also a speech verb's base form ("report",
    /// "claim") is the noun when a finite speech verb follows it at once.
    /// </summary>
    public static bool IsDocumentBeforeVerb(SentenceView s, int k, SpeechVerb verb) =>
        verb.Form == VerbForm.Base && Entities.EntityLexicons.DocumentNouns.Contains(s.Word(k)) && s.IsWord(k + 1)
        && s.TryGetSpeechVerb(k + 1, out SpeechVerb next) && next.Form is VerbForm.ThirdPerson or VerbForm.Past;

    /// <summary>
    /// "The retired surgeon", "a leading expert": a word in -ed or -ing between an article or possessive and
    /// a word of the phrase is an adjective, not the verb it would be after a noun.
    /// </summary>
    private static bool IsAdjectiveAfterArticle(SentenceView s, int k)
    {
        if (!s.IsWord(k) || !s.IsWord(k - 1) || !s.IsWord(k + 1) || !CanBeInPhrase(s, k + 1, rightwards: true)
            || !(s.Word(k - 1) is "the" or "The" or "a" or "A" or "an" or "An" or "one" or "One" or "his" or "His" or "her" or "Her" or "their" or "Their"))
        {
            return false;
        }

        ReadOnlySpan<char> word = s.Word(k);
        return char.IsLower(word[0]) && !s.TryGetSpeechVerb(k, out _)
            && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));
    }

    private static bool IsJoiner(SentenceView s, int k) =>
        s.Is(k, "and") || s.Is(k, "of") || s.Is(k, "for") || s.Is(k, "&");

    /// <summary>
    /// "Another wrote", "“...,” one said", "; one suggested": "another" alone stands for a person, and "one" when
    /// it opens its clause ("if one adds", "in one state" are a generic pronoun and a number).
    /// </summary>
    private static bool IsLonePerson(SentenceView s, int start, int end) =>
        start == end && Entities.MentionWords.IsLoneIndefinite(s.Word(end)) && (s.Word(end) is "another" or "Another" || !s.IsWord(end - 1));

    private static bool IsHead(SentenceView s, int k)
    {
        ReadOnlySpan<char> word = s.Word(k);

        // A quantifier may stand alone for a group ("most said", "Several said"), an article never.
        bool quantifierAlone = word is "most" or "Most" or "several" or "Several" or "many" or "Many" or "some" or "Some"
            or "others" or "Others" or "both" or "Both" or "all" or "All";
        return (quantifierAlone || !WordClasses.Determiners.Contains(word)) && !IsJoiner(s, k);
    }
}
