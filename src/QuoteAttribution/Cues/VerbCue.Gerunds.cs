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
    /// before it. Its clause counts only when it holds quoted words (the statement finder checks that):
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

        if (verb.IsBelief || !s.IsWord(p) || !GerundPrepositions.Contains(s.Word(p)))
        {
            return null;
        }

        // "In replying, the campaign said ...": a fronted gerund's subject comes after it; that is left to other
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
        if (verb.Lemma is not ("say" or "state") || !s.IsWord(noun) || !DocumentNouns.Contains(s.Word(noun)))
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

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentNouns =
        Lexicons.Lexicon.Load("document-nouns.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GerundPrepositions = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "by", "after", "before", "while", "in", "on", "upon", "when", "since").GetAlternateLookup<ReadOnlySpan<char>>();
}
