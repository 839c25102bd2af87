using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>Where the content of a verb cue starts: after the listener, adverbials and "that".</summary>
internal static partial class VerbCue
{
    private const int MaxThatDistance = 16;

    private static Cue Participle(SentenceView s, int k, SpeechVerb verb, TextSpan? subject)
    {
        // The clause starts at its comma, also when the comma closes a quote before the mark.
        int comma = s.IsPunct(k - 1, ',') ? k - 1 : k - 2;
        Cue cue = VerbAt(s, k, verb) with { Kind = CueKind.Participle, Speaker = subject, ClauseStart = s.Tokens[comma].Span.Start };
        return WithContentAfter(s, k, verb, cue);
    }

    /// <summary>Skips the listener and adverbials after the verb and finds where the content starts.</summary>
    private static Cue WithContentAfter(SentenceView s, int k, SpeechVerb verb, Cue cue, bool frontedAs = false)
    {
        int next = k + 1;
        TextSpan? addressee = null;
        if (verb.TakesAddressee && IsObjectPronoun(s, next))
        {
            // "Most councillors told him they were against the plan": a pronoun listener.
            addressee = s.Span(next, next);
            next++;
        }
        else if (verb.TakesAddressee)
        {
            int end = AddresseeEnd(s, next);
            if (end >= next)
            {
                addressee = s.Span(next, end);
                next = end + 1;
            }
        }

        // "told KTV’s “Morning Hour” on Monday", "told “Coast Tonight”": a programme's title after the listener's
        // possessive, or in its place, is where the speaker spoke, not what they said.
        if (verb.TakesAddressee && (addressee is null || EndsWithPossessive(s, next - 1)) && TitleQuoteEnd(s, next) is int title)
        {
            addressee = addressee is { } listener ? TextSpan.FromBounds(listener.Start, s.Tokens[title].Span.End) : s.Span(next, title);
            next = title + 1;
        }

        if (frontedAs)
        {
            int comma = next;
            while (comma < s.Count && !s.IsPunct(comma, ',') && comma - next < 10)
            {
                comma++;
            }

            return s.IsPunct(comma, ',') && s.IsWord(comma + 1)
                ? cue with { Addressee = addressee, ContentAfterStart = s.Tokens[comma + 1].Span.Start }
                : cue with { Addressee = addressee };
        }

        cue = cue with { Addressee = addressee };

        // "pointed out that ...", "tweeted out that ...", "summed up": a particle belongs to the verb.
        // "fired back: ...": a phrasal speech verb's own particle too.
        if (addressee is null && (s.Is(next, "out") || s.Is(next, "up") || (verb.Particle is { } particle && s.Is(next, particle))))
        {
            next++;
        }

        // "called for a review of the “secret budget lines”", "called on the agency to
        // conduct an “expedited review”": what is demanded follows the particle.
        if (verb.Lemma == "call" && (s.Is(next, "for") || s.Is(next, "on")) && s.IsWord(next + 1))
        {
            return cue with { ContentAfterStart = s.Tokens[next + 1].Span.Start };
        }

        // "told a Russian broadcaster according to Interfax": another cue, not content.
        if (s.Is(next, "according") || s.Is(next, "as") && s.Is(next + 1, "saying"))
        {
            return cue;
        }

        // "urged residents to vote", "advised drivers never to cross a flooded road": a directive's
        // content is the infinitive after its object.
        if (DirectiveVerbs.Contains(verb.Lemma) && InfinitiveAfterObject(s, next) is int to)
        {
            return cue with { IsDirective = true, ContentAfterStart = s.Tokens[to].Span.Start };
        }

        // "vowed to “bomb” the dam", "promises to “end” the levy": what a speaker commits to is a statement when
        // it holds quoted words, as a topic is (the statement finder checks that); "vowed to fight" alone is not.
        if (CommissiveVerbs.Contains(verb.Lemma) && s.Is(next, "to") && (s.IsQuoteMark(next + 1)
            || s.IsWord(next + 1) && char.IsLower(s.Word(next + 1)[0]) && !WordClasses.Determiners.Contains(s.Word(next + 1)) && !WordClasses.Pronouns.Contains(s.Word(next + 1))))
        {
            return cue with { IsTopic = true, ContentAfterStart = s.Tokens[next].Span.Start };
        }

        // "Mayor Ruiz tells the room, she’s ready to ...": after a listener and a comma, a subject pronoun
        // opens what was said.
        if (addressee is not null && s.IsPunct(next, ',') && s.IsWord(next + 1) && OpensWithSubjectPronoun(s.Word(next + 1)))
        {
            return cue with { ContentAfterStart = s.Tokens[next + 1].Span.Start };
        }

        int that = FindThat(s, next);
        if (that >= 0)
        {
            return that + 1 < s.Count ? cue with { HasThat = true, ContentAfterStart = s.Tokens[that + 1].Span.Start } : cue;
        }

        if (ObjectComplement(s, next, verb) is int complement)
        {
            return cue with { IsComplement = true, ContentAfterStart = s.Tokens[complement].Span.Start };
        }

        // "fired back forcefully: “...”": an adverb between the verb and the quote's colon.
        if (s.IsWord(next) && char.IsLower(s.Word(next)[0]) && s.Word(next).EndsWith("ly", StringComparison.Ordinal)
            && (s.IsPunct(next + 1, ':') || s.IsPunct(next + 1, ',')) && s.IsQuoteMark(next + 2))
        {
            next++;
        }

        if ((s.IsPunct(next, ':') || s.IsPunct(next, ',')) && s.IsQuoteMark(next + 1))
        {
            return cue with { ContentAfterStart = s.Tokens[next + 1].Span.Start };
        }

        if (s.IsPunct(next, ':') && next + 1 < s.Count)
        {
            return cue with { ContentAfterStart = s.Tokens[next + 1].Span.Start };
        }

        if (s.IsQuoteMark(next))
        {
            return cue with { ContentAfterStart = s.Tokens[next].Span.Start };
        }

        // "whom she described as “volatile”", "what he called a “hoax”": with its object moved before the verb, the
        // quoted words after "as" are what was said (the statement finder checks that they are quoted).
        if (s.Is(next, "as") && (s.IsQuoteMark(next + 1) || s.IsWord(next + 1) && WordClasses.Determiners.Contains(s.Word(next + 1)) && s.IsQuoteMark(next + 2)))
        {
            return cue with { IsTopic = true, ContentAfterStart = s.Tokens[next].Span.Start };
        }

        // "joked about the “secret menu”", "warned of “dark days”": the topic after "about" or "of" is what was
        // said when it holds quoted words (the statement finder checks that).
        // "complained about what they called ..." or "about how ...": a clause, read as before.
        if ((s.Is(next, "about") || s.Is(next, "of")) && s.IsWord(next + 1) && !WordClasses.TimeWords.Contains(s.Word(next + 1))
            && !s.Word(next + 1).StartsWith("wh", StringComparison.OrdinalIgnoreCase) && !s.Is(next + 1, "how"))
        {
            return cue with { IsTopic = true, ContentAfterStart = s.Tokens[next + 1].Span.Start };
        }

        // A weak verb's clause counts only when it holds quoted words ("accused the governor of “hiding ...”");
        // the statement finder checks that.
        if (s.IsWord(next) && !IsAdverbial(s, next))
        {
            return cue with { ContentAfterStart = s.Tokens[next].Span.Start };
        }

        int clause = verb.IsWeak ? -1 : ClauseAfterAdverbial(s, next);
        return clause >= 0 ? cue with { ContentAfterStart = s.Tokens[clause].Span.Start } : cue;
    }

    /// <summary>
    /// Skips an adverbial after the verb and finds a clause behind it: <c>said by text message the
    /// weather had been fine</c> → <c>the weather ...</c>. A determiner or pronoun after the adverbial's
    /// noun opens the clause; the end of the sentence means there is none.
    /// </summary>
    private static int ClauseAfterAdverbial(SentenceView s, int start)
    {
        // "told reporters as he arrived": a subordinate clause is circumstance, not content; unless a main clause
        // follows its comma ("said as officers entered the camp, one person chained himself ...").
        if (s.IsWord(start) && WordClasses.Subordinators.Contains(s.Word(start)))
        {
            for (int k = start + 1; k < s.Count && k - start < 12; k++)
            {
                if (s.IsPunct(k, ','))
                {
                    bool mainClause = s.Count - k >= 5 && s.IsWord(k + 1)
                        && (WordClasses.Pronouns.Contains(s.Word(k + 1)) || WordClasses.Determiners.Contains(s.Word(k + 1)));
                    return mainClause ? start : -1;
                }
            }

            return -1;
        }

        bool sawNoun = false;
        for (int k = start; k < s.Count && k - start < 10; k++)
        {
            if (!s.IsWord(k))
            {
                // "Adler admits in that case, there were delays."; a participle after the comma
                // ("said Tuesday in Paris, noting ...") is a cue of its own, not content.
                return sawNoun && s.IsPunct(k, ',') && s.IsWord(k + 1) && s.Count - k >= 5
                    && !(s.Word(k + 1).EndsWith("ing", StringComparison.Ordinal) && char.IsLower(s.Word(k + 1)[0])) ? k + 1 : -1;
            }

            ReadOnlySpan<char> word = s.Word(k);
            if (IsAdverbial(s, k))
            {
                sawNoun = WordClasses.TimeWords.Contains(word);
                continue;
            }

            bool opensClause = WordClasses.Pronouns.Contains(word) && !word.Equals("it", StringComparison.OrdinalIgnoreCase)
                || (sawNoun && WordClasses.Determiners.Contains(word)) || word.Equals("there", StringComparison.OrdinalIgnoreCase);
            if (opensClause)
            {
                return s.Count - k >= 4 ? k : -1;
            }

            sawNoun |= !WordClasses.Determiners.Contains(word);
        }

        return -1;
    }

    private static int FindThat(SentenceView s, int start)
    {
        bool inAdverbial = false;
        for (int k = start; k < s.Count && k - start < MaxThatDistance; k++)
        {
            if (s.Is(k, "that"))
            {
                return k;
            }

            if (s.IsPunct(k, ','))
            {
                continue;
            }

            if (!s.IsWord(k))
            {
                // A title in quotation marks inside the adverbial ("said on ABC's “This Week” that ...").
                if (inAdverbial && (s.IsQuoteMark(k) || s.InQuote[k]))
                {
                    continue;
                }

                return -1;
            }

            if (IsAdverbial(s, k))
            {
                inAdverbial = true;
            }
            else if (!inAdverbial || WordClasses.Pronouns.Contains(s.Word(k)))
            {
                // "said on Wednesday he met ... and that ...": a subject pronoun after the adverbial opens the
                // content; a later "that" belongs inside it.
                return -1;
            }
        }

        return -1;
    }

    private static bool IsAdverbial(SentenceView s, int k)
    {
        ReadOnlySpan<char> word = s.Word(k);

        // "said roughly 40 per cent of ...", "said about 30 people ...": an approximator before a number opens the content.
        bool approximator = word.EndsWith("ly", StringComparison.Ordinal) || word is "about" or "around";
        if (approximator && s.IsWord(k + 1) && IsNumber(s.Word(k + 1)) && !IsYear(s.Word(k + 1)))
        {
            return false;
        }

        return WordClasses.AdverbialOpeners.Contains(word) || WordClasses.TimeWords.Contains(word) || word.EndsWith("ly", StringComparison.Ordinal);
    }

    private static bool IsYear(ReadOnlySpan<char> word) =>
        word.Length == 4 && (word.StartsWith("19") || word.StartsWith("20")) && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static bool IsNumber(ReadOnlySpan<char> word) =>
        char.IsDigit(word[0]) || NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static readonly System.Collections.Frozen.FrozenSet<string> NumberWords = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "dozens", "hundreds", "thousands", "millions");

    private static bool OpensWithSubjectPronoun(ReadOnlySpan<char> word)
    {
        int apostrophe = word.IndexOfAny('\'', '\u2019');
        ReadOnlySpan<char> stem = apostrophe > 0 ? word[..apostrophe] : word;
        return stem is "he" or "she" or "they" or "we" or "I" or "it" or "He" or "She" or "They" or "We" or "It";
    }
}
