using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// Finds the speech cues of one sentence outside its quotes: a speech verb with its speaker before
/// (<c>Jones said</c>, <c>Ash Carter, the U.S. defense secretary, said</c>) or after it (<c>said Captain
/// Jeff Davis, a Pentagon spokesperson</c>), <c>according to X</c>, <c>quoted X as saying</c>, a participle
/// after a comma (<c>, adding that</c>) and a second verb joined by <c>and</c>.
/// </summary>
internal static class CueDetector
{
    /// <summary>
    /// The cues of the sentence <paramref name="s"/> shows, in reading order. Each speech verb's reading is added to
    /// <paramref name="decisions"/> when given (the cue spec examples show which speaker pattern decided); the verbs
    /// are read with <paramref name="reader"/>, or the default speaker patterns.
    /// </summary>
    public static List<Cue> Detect(SentenceView s, bool includeBeliefs, List<VerbDecision>? decisions = null, VerbCueReader? reader = null)
    {
        List<Cue> cues = [];
        if (s.Sentence.Index == 0 && Headline(s) is { } headline)
        {
            cues.Add(headline);
        }

        // A headline in title case capitalises its verbs too ("Mayor Says Bridge Will Reopen").
        bool titleCase = s.Sentence.Index == 0 && IsTitleCase(s);
        for (int k = 0; k < s.Count; k++)
        {
            if (!s.IsWord(k))
            {
                continue;
            }

            Cue? cue = s.Is(k, "according") && s.Is(k + 1, "to") ? AccordingTo(s, k)
                : s.Is(k, "as") && s.Is(k + 1, "saying") ? AsClauses.AsSaying(s, k)
                : s.Is(k, "as") ? AsClauses.AsPutIt(s, k)
                : (char.IsLower(s.Word(k)[0]) || titleCase && k > s.FirstWord || k == s.FirstWord && s.Word(k).EndsWith("ing", StringComparison.Ordinal)) && s.TryGetSpeechVerb(k, out SpeechVerb verb) && !NotSpeechVerb.At(s, k, verb) ? Verb(s, k, verb with { IsWeak = verb.IsWeak || (verb.IsBelief && !includeBeliefs) }, cues, decisions, reader)
                : char.IsLower(s.Word(k)[0]) && s.IsWord(k + 1) && s.TryGetPhrasal(k, out SpeechVerb phrasal) && ClosesPhrasal(s, k + 2) ? Verb(s, k, phrasal, cues, decisions, reader)
                : char.IsLower(s.Word(k)[0]) && s.TryGetAsComplement(k, out SpeechVerb naming) && ObjectComplement.HasQuotedAs(s, k) ? Verb(s, k, naming, cues, decisions, reader)
                : null;
            if (cue is not null)
            {
                cues.Add(cue);
                if (cue.Kind is CueKind.AsSaying or CueKind.AccordingTo)
                {
                    k++;
                }
            }
        }

        // "Campaign Notes: Lee declares ‘victory’": a speaker and verb right after the colon say who spoke;
        // the words before the colon only label the story.
        if (cues.Count > 1 && cues[0].Kind == CueKind.Headline && cues[1] is { Kind: CueKind.SubjectVerb, Speaker: not null, IsBelief: false } inner
            && inner.ClauseStart == cues[0].ContentAfterStart)
        {
            cues.RemoveAt(0);
        }

        return cues;
    }

    /// <summary>True when nearly every word of four letters or more outside quotes is capitalised.</summary>
    private static bool IsTitleCase(SentenceView s)
    {
        int longWords = 0;
        int capitalised = 0;
        for (int k = 0; k < s.Count; k++)
        {
            if (s.IsWord(k) && s.Word(k).Length >= 4)
            {
                longWords++;
                capitalised += char.IsUpper(s.Word(k)[0]) ? 1 : 0;
            }
        }

        return longWords >= 3 && capitalised * 10 >= longWords * 9;
    }

    /// <summary>
    /// True when the word after a phrasal verb's particle lets it speak: punctuation, a preposition, a
    /// determiner, a time or an adverb ("went on, “...”", "lashed out at", "fired back a response", "spoke out
    /// sharply", "weighed in regarding"); not a "to", a name or a bare noun ("went on to lead the party",
    /// "went on Twitter", "went on offense").
    /// </summary>
    private static bool ClosesPhrasal(SentenceView s, int k)
    {
        if (!s.IsWord(k))
        {
            return true;
        }

        ReadOnlySpan<char> word = s.Word(k);
        return char.IsLower(word[0]) && !s.Is(k, "to")
            && (WordClasses.PhraseBreaks.Contains(word) || WordClasses.TimeWords.Contains(word) || WordClasses.Determiners.Contains(word)
                || WordClasses.IsLyAdverb(word) || word.EndsWith("ing", StringComparison.Ordinal));
    }

    private static Cue? AccordingTo(SentenceView s, int k)
    {
        if (s.FirstWord == k && FrontedAccordingTo(s, k) is { } fronted)
        {
            return fronted;
        }

        int end = Math.Max(NounPhrases.EndOfPhraseStartingAt(s, k + 2), SourceRunEnd(s, k + 2));
        if (end < 0)
        {
            return null;
        }

        end = ListedNameEnd(s, k, end);
        return new Cue
        {
            Sentence = s.Sentence.Index,
            Trigger = s.Span(k, k + 1),
            Lemma = "according to",
            Kind = CueKind.AccordingTo,
            Speaker = s.Span(k + 2, end),
            ClauseStart = s.Tokens[k].Span.Start,
            ClauseEnd = s.Tokens[end].Span.End,
            ContentAfterStart = ContentAfterComma(s, end + 1),
        };
    }

    /// <summary>
    /// "According to a 2019 survey by researchers X and Y, the shortage ...": at the start of the
    /// sentence, the source runs to the comma and the content follows it.
    /// </summary>
    private static Cue? FrontedAccordingTo(SentenceView s, int k)
    {
        int comma = k + 2;
        while (comma < s.Count && !s.IsPunct(comma, ',') && !s.IsQuoteMark(comma) && comma - k < 20)
        {
            comma++;
        }

        if (!s.IsPunct(comma, ',') || comma <= k + 2 || !s.IsWord(comma + 1))
        {
            return null;
        }

        return new Cue
        {
            Sentence = s.Sentence.Index,
            Trigger = s.Span(k, k + 1),
            Lemma = "according to",
            Kind = CueKind.AccordingTo,
            Speaker = s.Span(k + 2, comma - 1),
            ClauseStart = s.Tokens[k].Span.Start,
            ClauseEnd = s.Tokens[comma - 1].Span.End,
            ContentAfterStart = s.Tokens[comma + 1].Span.Start,
        };
    }

    /// <summary>
    /// "according to the Marine, Weather and Geology Agency.": a name with a list in it runs on to the end
    /// of the sentence; otherwise the source ends at <paramref name="end"/>.
    /// </summary>
    private static int ListedNameEnd(SentenceView s, int k, int end)
    {
        int last = s.Count - 1;
        while (last > end && !s.IsWord(last))
        {
            last--;
        }

        // "... Geology Agency (MWGA).": an acronym in brackets closes the name.
        if (last > end + 2 && s.IsPunct(last - 1, '(') && s.IsPunct(last + 1, ')') && s.IsAcronym(last))
        {
            last -= 2;
        }

        int named = WordClasses.Determiners.Contains(s.Word(k + 2)) ? k + 3 : k + 2;
        bool listed = s.IsPunct(end + 1, ',') && last > end + 1 && last - end < 9 && named <= end && NounPhrases.IsAllCapitalized(s, named, end)
            && NounPhrases.IsAllCapitalized(s, end + 2, last) && !WordClasses.TimeWords.Contains(s.Word(end + 2));
        return listed ? last : end;
    }

    /// <summary>
    /// The last word of a run of words after "according to" that a comma or the sentence's end closes
    /// (<c>the housing survey,</c>, <c>the court filing.</c>): a source is a noun phrase, so its words in
    /// -ing or its nouns that are also speech verbs ("filing", "report") stay in it. -1 when no such run.
    /// </summary>
    private static int SourceRunEnd(SentenceView s, int start)
    {
        int k = start;
        while (k < s.Count && k - start < 8 && s.IsWord(k) && !WordClasses.TimeWords.Contains(s.Word(k))
            && (!WordClasses.PhraseBreaks.Contains(s.Word(k)) || s.Is(k, "of") || s.Is(k, "and") || WordClasses.Determiners.Contains(s.Word(k))))
        {
            k++;
        }

        bool closed = k >= s.Count || s.IsPunct(k, ',') || s.IsPunct(k, '.');
        return closed && k - 1 >= start && !WordClasses.Determiners.Contains(s.Word(k - 1)) ? k - 1 : -1;
    }

    /// <summary>
    /// A headline that names its speaker before a colon: one to four capitalised words, then <c>:</c>, then
    /// the statement (<c>Lee: Reyes Has 'A Long Way To Go' On Taxes</c>).
    /// </summary>
    private static Cue? Headline(SentenceView s)
    {
        int colon = 0;
        while (colon < s.Count && colon < 5 && s.IsWord(colon) && s.IsCapitalized(colon))
        {
            colon++;
        }

        if (colon == 0 || colon >= 5 || !s.IsPunct(colon, ':') || s.Count - colon < 4 || WordClasses.TimeWords.Contains(s.Word(0)))
        {
            return null;
        }

        return new Cue
        {
            Sentence = s.Sentence.Index,
            Trigger = s.Tokens[colon].Span,
            Lemma = ":",
            Kind = CueKind.Headline,
            Speaker = s.Span(0, colon - 1),
            ClauseStart = s.Tokens[0].Span.Start,
            ClauseEnd = s.Tokens[colon].Span.End,
            ContentAfterStart = s.Tokens[colon + 1].Span.Start,
        };
    }

    // "according to Jones, who spoke in Baghdad": a relative clause describes the source; it is no content.
    private static int ContentAfterComma(SentenceView s, int k) =>
        s.IsPunct(k, ',') && k + 1 < s.Count && !s.Is(k + 1, "who") && !s.Is(k + 1, "which") ? s.Tokens[k + 1].Span.Start : -1;

    private static Cue? Verb(SentenceView s, int k, SpeechVerb verb, List<Cue> earlier, List<VerbDecision>? decisions, VerbCueReader? reader) =>
        VerbCue.Build(s, k, verb, earlier, decisions, reader);
}
