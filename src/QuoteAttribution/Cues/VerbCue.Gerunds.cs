using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>
/// A speech verb's gerund after a preposition: <c>opened the rally by calling Lee a “fraud”</c>, <c>after
/// twice dismissing the board as “the old guard”</c>. The subject of the sentence speaks.
/// </summary>
internal static partial class VerbCue
{
    /// <summary>
    /// The cue of a gerund after "by", "after", "while" and the like, or null when no such preposition comes
    /// before it (or the gerund that opens the sentence). Its clause counts only when it holds quoted words (the statement finder checks that):
    /// "after calling a meeting" says nothing. "for" and "of" are left out: "criticized Lee for calling ..."
    /// puts the object, not the subject, behind the words.
    /// </summary>
    private static Cue? GerundAfterPreposition(SentenceView s, int k, SpeechVerb verb)
    {
        int p = k - 1;
        while (p > 0 && s.IsWord(p) && char.IsLower(s.Word(p)[0]) && s.Word(p).EndsWith("ly", StringComparison.Ordinal))
        {
            p--;
        }

        if (verb.IsBelief)
        {
            return null;
        }

        // "In calling the plan “unfair,” the mayor showed ...", "Calling the plan “unfair,” Lee walked out": a
        // fronted gerund's subject is the sentence's, after the fronted phrase's comma.
        bool preposition = s.IsWord(p) && GerundPrepositions.Contains(s.Word(p));
        int opener = preposition ? p : k;
        if (opener == s.FirstWord && s.FirstWord >= 0 && SentenceSubject(s, s.Count, afterFronted: true) is TextSpan after && after.Start > s.Tokens[k].Span.End)
        {
            Cue fronted = VerbAt(s, k, verb) with { Kind = CueKind.Participle, Speaker = WithoutTrailingAdverbs(s, k, after), IsTopic = true, ClauseStart = s.Tokens[opener].Span.Start };
            return WithContentAfter(s, k, verb, fronted);
        }

        if (!preposition || InBrackets(s, p))
        {
            return null;
        }

        // "In replying, the campaign said ...": a fronted gerund with no subject after its comma is left to other
        // cues, as is a sentence that opens inside a quotation.
        TextSpan? subject = SentenceSubject(s, p, afterFronted: true);
        if (subject is null || s.FirstWord > 0 && s.IsQuoteMark(s.FirstWord - 1) || s.InQuote[s.FirstWord])
        {
            return null;
        }

        Cue cue = VerbAt(s, k, verb) with { Kind = CueKind.Participle, Speaker = subject, IsTopic = true, ClauseStart = s.Tokens[p].Span.Start };
        return WithContentAfter(s, k, verb, cue);
    }

    /// <summary>
    /// "Lee released a statement saying ...", "the union issued a press release stating ...": a document the
    /// subject issued says what the subject says, so its "saying" clause is the subject's statement. Only an
    /// indefinite document right after an issuing verb counts: "dismissed the letter saying ..." quotes someone else.
    /// </summary>
    private static Cue? IssuedDocumentSaying(SentenceView s, int k, SpeechVerb verb)
    {
        int noun = k - 1;
        if (verb.Lemma is not ("say" or "state") || !s.IsWord(noun) || !Entities.EntityLexicons.DocumentNouns.Contains(s.Word(noun)))
        {
            return null;
        }

        int article = noun - 1;
        while (article >= noun - 2 && s.IsWord(article) && char.IsLower(s.Word(article)[0]) && !s.Is(article, "a") && !s.Is(article, "an"))
        {
            article--;
        }

        int issued = s.Is(article - 1, "out") ? article - 2 : article - 1;
        if (!(s.Is(article, "a") || s.Is(article, "an")) || !s.IsWord(issued) || !char.IsLower(s.Word(issued)[0])
            || !(s.Word(issued).EndsWith("ed", StringComparison.Ordinal) || WordClasses.IrregularPast.Contains(s.Word(issued)) || s.Is(issued, "put")))
        {
            return null;
        }

        // "The team put out a note": an unmarked past reads as part of the phrase, so the subject is also
        // the sentence's opening phrase when it ends right before the verb.
        int opening = NounPhrases.StartOfPhraseEndingAt(s, issued - 1);
        TextSpan? subject = SentenceSubject(s, issued, afterFronted: true)
            ?? (opening >= 0 && opening == SubjectStart(s) ? s.Span(opening, issued - 1) : null);
        if (subject is null)
        {
            return null;
        }

        Cue cue = VerbAt(s, k, verb) with { Kind = CueKind.Participle, Speaker = subject, ClauseStart = s.Tokens[article].Span.Start };
        return WithContentAfter(s, k, verb, cue);
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
            && (WordClasses.BetweenSubjectAndVerb.Contains(s.Word(last)) || s.Word(last).EndsWith("ly", StringComparison.Ordinal)))
        {
            last--;
        }

        return s.Span(first, last);
    }

    /// <summary>
    /// True when token <paramref name="k"/> stands inside brackets ("(..., though Lee carried the evening by calling
    /// herself the “real winner”)"): an aside has a subject of its own, not the sentence's.
    /// </summary>
    private static bool InBrackets(SentenceView s, int k)
    {
        int depth = 0;
        for (int i = 0; i < k; i++)
        {
            depth += s.IsPunct(i, '(') ? 1 : s.IsPunct(i, ')') && depth > 0 ? -1 : 0;
        }

        return depth > 0;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GerundPrepositions = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "by", "after", "before", "while", "in", "on", "upon", "when", "since").GetAlternateLookup<ReadOnlySpan<char>>();
}
