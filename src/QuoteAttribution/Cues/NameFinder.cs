using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// Finds person names in running text (outside quotes): runs of two or more capitalised words
/// (<c>Haidar al Abadi</c>), with titles and sentence-initial function words stripped. They are the
/// candidates that pronouns (in subject position only) and descriptions resolve to.
/// </summary>
internal static class NameFinder
{
    public static void Find(SentenceView s, List<NameMention> names)
    {
        (int Start, int End) subjectPhrase = SubjectPhrase(s);
        int k = 0;
        while (k < s.Count)
        {
            if (!IsNamePart(s, k))
            {
                k++;
                continue;
            }

            int runStart = k;
            while (k < s.Count && (IsNamePart(s, k) || (IsParticle(s, k) && IsNamePart(s, k + 1))))
            {
                k++;
            }

            if (!ModifiesPluralNoun(s, k))
            {
                AddRun(s, names, runStart, k, subjectPhrase);
            }
        }
    }

    /// <summary>
    /// "Islamic State militants": a name that modifies a plural noun (the word at <paramref name="k"/>) is not
    /// a person. "Adler was upbeat", "Reyes says": a verb in -s after the name is no plural noun.
    /// </summary>
    private static bool ModifiesPluralNoun(SentenceView s, int k) =>
        s.IsWord(k) && char.IsLower(s.Word(k)[0]) && s.Word(k).EndsWith("s") && !s.Word(k).EndsWith("ss")
        && !WordClasses.Auxiliaries.Contains(s.Word(k)) && !s.TryGetSpeechVerb(k, out _);

    /// <summary>Adds the name in the capitalised run [<paramref name="runStart"/>, <paramref name="k"/>) unless it names no person.</summary>
    private static void AddRun(SentenceView s, List<NameMention> names, int runStart, int k, (int Start, int End) subjectPhrase)
    {
        int end = k - 1;
        int start = NameStart(s, runStart, end);

        // Only names in subject position (the sentence's first phrase) are antecedents a reader would pick.
        // A single word is kept too ("Moore pieced ..."); coreference accepts it only as the surname
        // of a full name the article gives.
        // "The plan was late and Adler was running out of time": a name between "and" and a
        // finite auxiliary is the subject of a main clause of its own (one after a speech verb, "said Trump
        // could file", is not: it stands in what was said).
        bool subject = (runStart >= subjectPhrase.Start && runStart <= subjectPhrase.End) || (OpensCoordinateClause(s, runStart) && IsFiniteAuxiliary(s, k))
            || IsCleftSubject(s, runStart) || IsSubjectAfterFrontedPhrase(s, runStart, k);
        // "(Lauren Pelley / CBC News)": a name before a slash credits a photo; its person says nothing.
        bool credit = k < s.Count && s.IsPunct(k, '/');

        // "who like Reyes grew up in Salem": a person named for comparison is not who the story is about.
        bool compared = runStart > 0 && s.IsWord(runStart - 1) && (s.Word(runStart - 1).Equals("like", StringComparison.OrdinalIgnoreCase)
            || s.Word(runStart - 1).Equals("unlike", StringComparison.OrdinalIgnoreCase));
        if (start <= end && !compared && !credit && !s.IsAcronym(end) && !Entities.EntityLexicons.Organizations.Contains(s.Word(end)))
        {
            Text.TextSpan span = s.Span(start, end);
            ReadOnlySpan<char> last = s.Word(end);
            bool possessive = last.EndsWith("'s") || last.EndsWith("\u2019s");
            names.Add(new NameMention(possessive ? new Text.TextSpan(span.Start, span.Length - 2) : span, subject)
            {
                IsClauseSubject = !possessive && OpensSubordinateClause(s, runStart, k),
            });
        }
    }

    /// <summary>Where the name starts in its run: past sentence-initial verb forms, function words and titles.</summary>
    private static int NameStart(SentenceView s, int start, int end)
    {
        // "Retaking Aleppo is considered ...": a sentence-initial verb form is not part of a name.
        while (start <= end && (s.Word(start).EndsWith("ing") || s.Word(start).EndsWith("ed")))
        {
            start++;
        }

        while (start <= end && (WordClasses.PhraseBreaks.Contains(s.Word(start)) || WordClasses.Determiners.Contains(s.Word(start))
            || WordClasses.Connectives.Contains(s.Word(start)) || Entities.EntityLexicons.Titles.Contains(s.Word(start))
            || IsLinkingWord(s.Word(start)) || IsOpeningAdverb(s, start, end) || IsOpenerBeforeFirstName(s, start, end)))
        {
            start++;
        }

        return start;
    }

    /// <summary>
    /// The tokens of the sentence's subject phrase ("Salem retiree Tom Reyes"), after a fronted
    /// adverbial and its comma ("Down the street, Tom Vance ..."): names inside it are subjects.
    /// </summary>
    private static (int Start, int End) SubjectPhrase(SentenceView s)
    {
        int first = s.FirstWord;
        if (first < 0)
        {
            return (0, -1);
        }

        // A fronted adverbial or clause ("Down the street,", "Knowing Reyes was a fan,", "When asked,")
        // comes before the subject; the subject starts after its comma. A phrase runs as long as a clause
        // ("At a news conference shortly after the budget came out, Adler ...").
        ReadOnlySpan<char> opener = s.Word(first);
        bool clause = WordClasses.Subordinators.Contains(opener) || opener.EndsWith("ing", StringComparison.Ordinal) || opener.EndsWith("ed", StringComparison.Ordinal);
        if (clause || WordClasses.AdverbialOpeners.Contains(opener) || WordClasses.Connectives.Contains(opener) || WordClasses.TimeWords.Contains(opener))
        {
            int opened = first;
            for (int k = first + 1; k < s.Count && k - first < 16; k++)
            {
                if (s.IsPunct(k, ',') && s.IsWord(k + 1))
                {
                    first = k + 1;
                    break;
                }
            }

            // "In the summer Joe Smith decided ...": a short prepositional phrase with no comma ends where the
            // first capitalised word after its lower-case words begins the subject.
            if (first == opened && WordClasses.AdverbialOpeners.Contains(opener))
            {
                first = SubjectAfterUncommaedPhrase(s, opened);
            }
        }

        // "For Dana Whitlock, Monday is a day she ...": a fronted "For" names the sentence's topic, who is
        // as much an antecedent as the grammatical subject.
        int start = opener.Equals("For", StringComparison.Ordinal) ? s.FirstWord : first;
        int end = NounPhrases.EndOfPhraseStartingAt(s, first);
        return (start, end < 0 ? first : end);
    }

    /// <summary>
    /// The first capitalised word (no time word) within a few words after <paramref name="opener"/>, when only
    /// lower-case words stand between them ("In the summer Joe"); <paramref name="opener"/> otherwise.
    /// </summary>
    private static int SubjectAfterUncommaedPhrase(SentenceView s, int opener)
    {
        const int MaxPhraseWords = 5;
        for (int k = opener + 1; k < s.Count && k - opener <= MaxPhraseWords; k++)
        {
            if (!s.IsWord(k))
            {
                return opener;
            }

            if (s.IsCapitalized(k))
            {
                // "In an essay for HuffPost Ann Lee wrote": a capitalised word after a preposition is its object.
                return k - opener >= 2 && !WordClasses.TimeWords.Contains(s.Word(k)) && !WordClasses.AdverbialOpeners.Contains(s.Word(k - 1)) ? k : opener;
            }
        }

        return opener;
    }

    /// <summary>
    /// "(Yet) it was only recently that Adler found ...": a cleft's "It is/was ... that" only frames the clause
    /// after it, whose subject is the sentence's real one.
    /// </summary>
    private static bool IsCleftSubject(SentenceView s, int k)
    {
        int first = s.FirstWord;
        // "Yet it was ...": a connective before the frame.
        if (first >= 0 && WordClasses.Connectives.Contains(s.Word(first)))
        {
            first++;
        }

        if (first < 0 || !s.Is(first, "it") || !(s.Is(first + 1, "was") || s.Is(first + 1, "is")) || !s.Is(k - 1, "that"))
        {
            return false;
        }

        // The frame is short ("It was only recently that"); a long one holds a clause of its own.
        return k - first <= 6;
    }

    /// <summary>
    /// "A statement, issued late on Monday, Reyes expressed ...": a name between a comma and a finite verb
    /// takes up the sentence after a fronted phrase the subject finder did not know.
    /// </summary>
    private static bool IsSubjectAfterFrontedPhrase(SentenceView s, int start, int after) =>
        start > s.FirstWord && s.IsPunct(start - 1, ',') && s.IsWord(after) && char.IsLower(s.Word(after)[0])
        && (IsFiniteAuxiliary(s, after) || s.Word(after).EndsWith("ed", StringComparison.Ordinal));

    private static bool OpensCoordinateClause(SentenceView s, int k) => s.Is(k - 1, "and") || s.Is(k - 1, "but");

    /// <summary>"... was tested when Lee went online": a name right after a mid-sentence subordinator, before a lower-case word.</summary>
    private static bool OpensSubordinateClause(SentenceView s, int start, int after) =>
        start > s.FirstWord && s.IsWord(start - 1) && char.IsLower(s.Word(start - 1)[0]) && WordClasses.Subordinators.Contains(s.Word(start - 1))
        && s.IsWord(after) && char.IsLower(s.Word(after)[0]);

    private static bool IsFiniteAuxiliary(SentenceView s, int k) =>
        s.IsWord(k) && WordClasses.Auxiliaries.Contains(s.Word(k)) && !(s.Is(k, "be") || s.Is(k, "been") || s.Is(k, "being"));

    private static bool IsNamePart(SentenceView s, int k) =>
        s.IsWord(k) && s.IsCapitalized(k) && !char.IsDigit(s.Word(k)[0]) && !WordClasses.TimeWords.Contains(s.Word(k));

    private static bool IsParticle(SentenceView s, int k) =>
        s.IsWord(k) && s.Word(k) is "al" or "bin" or "de" or "van" or "von" or "der" or "da" or "di" or "la" or "le" or "del";

    /// <summary>
    /// "Recently Moore pieced ...", "Shortly after Murphy's call ended": a sentence's capitalised first word
    /// in -ly that is no first name (Kelly, Emily) is an adverb, not part of a name, when another name word or
    /// a clause opener follows it; alone before a verb it is a surname ("Jolly supports ...").
    /// </summary>
    private static bool IsOpeningAdverb(SentenceView s, int k, int end) =>
        k == s.FirstWord && s.Word(k).Length > 4 && WordClasses.IsLyAdverb(s.Word(k))
        && !Entities.EntityLexicons.FirstNames.ContainsKey(s.Word(k))
        && (k < end || (s.IsWord(k + 1) && WordClasses.Subordinators.Contains(s.Word(k + 1))));

    /// <summary>
    /// "Despite Tom Reyes's absence", "Rival Ann Lee says": a sentence's first word is capitalised whatever it is, so
    /// one that is no known first name, before one that is, opens the sentence rather than the name.
    /// </summary>
    private static bool IsOpenerBeforeFirstName(SentenceView s, int k, int end) =>
        k < end && (k == s.FirstWord || (k > 0 && s.IsPunct(k - 1, '('))) && !Entities.EntityLexicons.FirstNames.ContainsKey(s.Word(k))
        && Entities.EntityLexicons.FirstNames.ContainsKey(s.Word(k + 1));

    /// <summary>Words that join name parts but never open a name: a sentence-initial "For Dana Whitlock" is Dana Whitlock.</summary>
    private static bool IsLinkingWord(ReadOnlySpan<char> word) =>
        word.Equals("for", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase)
        || word.Equals("and", StringComparison.OrdinalIgnoreCase);
}
