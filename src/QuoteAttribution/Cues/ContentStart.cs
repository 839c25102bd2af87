using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// Where the content of a verb cue starts: after the listener, a particle, adverbials and <c>that</c>; or the
/// infinitive of a directive (<c>urged residents to vote</c>), the topic after <c>about</c>, the complement of
/// a naming verb. The rules are tried in order; the first that places the start wins.
/// </summary>
internal static class ContentStart
{
    private const int MaxThatDistance = 16;

    /// <summary>The cue with its listener and the start of its content after the verb at <paramref name="k"/>.</summary>
    public static Cue After(SentenceView s, int k, SpeechVerb verb, Cue cue, bool frontedAs = false)
    {
        (Text.TextSpan? addressee, int next) = Listener.Read(s, k, verb);
        if (frontedAs)
        {
            // "As Clinton told the Daily News, tax relief is ...": the content follows the comma.
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
        // "fired back: ...": a phrasal speech verb's own particle too. The particle closes the cue's clause, so
        // that "“...?” Reyes went on, smiling." ends its sentence as "Reyes said, smiling." does.
        if (addressee is null && (s.Is(next, "out") || s.Is(next, "up") || (verb.Particle is { } particle && s.Is(next, particle))))
        {
            cue = cue with { ClauseEnd = Math.Max(cue.ClauseEnd, s.Tokens[next].Span.End) };
            next++;
        }

        return BeforeThat(s, verb, cue, next) ?? Plain(s, verb, cue, next);
    }

    /// <summary>The starts that a demand, a commitment, a listener's comma or a "that" place, or null.</summary>
    private static Cue? BeforeThat(SentenceView s, SpeechVerb verb, Cue cue, int next)
    {
        // "called for a review of the “secret budget lines”", "called on the agency to
        // conduct an “expedited review”": what is demanded follows the particle.
        if (verb.Lemma == "call" && (s.Is(next, "for") || s.Is(next, "on")) && s.IsWord(next + 1))
        {
            return cue with { ContentAfterStart = s.Tokens[next + 1].Span.Start };
        }

        // "referred to the tower as “an eyesore”": the object after "to" and its quoted label are what was said
        // (the statement finder checks that the words are quoted).
        // "were referred to condescendingly as ...": with an adverb in the object's place the verb is passive.
        if (verb.Lemma == "refer" && s.Is(next, "to") && s.IsWord(next + 1) && !Adverbials.Opens(s, next + 1) && ObjectComplement.HasQuotedAs(s, next))
        {
            return cue with { IsTopic = true, ContentAfterStart = s.Tokens[next + 1].Span.Start };
        }

        // "told a Russian broadcaster according to Interfax": another cue, not content.
        if (s.Is(next, "according") || s.Is(next, "as") && s.Is(next + 1, "saying"))
        {
            return cue;
        }

        // "urged residents to vote", "advised drivers never to cross a flooded road": a directive's
        // content is the infinitive after its object.
        if (WordClasses.DirectiveVerbs.Contains(verb.Lemma) && Infinitive.AfterObject(s, next) is int to)
        {
            return cue with { IsDirective = true, ContentAfterStart = s.Tokens[to].Span.Start };
        }

        // "vowed to “bomb” the dam", "promises to “end” the levy": what a speaker commits to is a statement when
        // it holds quoted words, as a topic is (the statement finder checks that); "vowed to fight" alone is not.
        if (WordClasses.CommissiveVerbs.Contains(verb.Lemma) && s.Is(next, "to") && (s.IsQuoteMark(next + 1)
            || s.IsWord(next + 1) && char.IsLower(s.Word(next + 1)[0]) && !WordClasses.Determiners.Contains(s.Word(next + 1)) && !WordClasses.Pronouns.Contains(s.Word(next + 1))))
        {
            return cue with { IsTopic = true, ContentAfterStart = s.Tokens[next].Span.Start };
        }

        // "Mayor Ruiz tells the room, she’s ready to ...": after a listener and a comma, a subject pronoun
        // opens what was said.
        if (cue.Addressee is not null && s.IsPunct(next, ',') && s.IsWord(next + 1) && Contractions.OpensWithSubjectPronoun(s.Word(next + 1)))
        {
            return cue with { ContentAfterStart = s.Tokens[next + 1].Span.Start };
        }

        int that = FindThat(s, next);
        if (that >= 0)
        {
            return that + 1 < s.Count ? cue with { HasThat = true, ContentAfterStart = s.Tokens[that + 1].Span.Start } : cue;
        }

        return ObjectComplement.Start(s, next, verb) is int complement
            ? cue with { IsComplement = true, ContentAfterStart = s.Tokens[complement].Span.Start }
            : null;
    }

    /// <summary>The starts of content with no "that": after a colon, at a quotation mark, a topic, a clause.</summary>
    private static Cue Plain(SentenceView s, SpeechVerb verb, Cue cue, int next)
    {
        // "fired back forcefully: “...”": an adverb between the verb and the quote's colon.
        if (s.IsWord(next) && char.IsLower(s.Word(next)[0]) && WordClasses.IsLyAdverb(s.Word(next))
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

        // "joked at a dinner about the “secret menu”": a short place or occasion between the verb and its topic.
        next = AfterOccasion(s, next);

        // "joked about the “secret menu”", "warned of “dark days”": the topic after "about" or "of" is what was
        // said when it holds quoted words (the statement finder checks that).
        // "complained about what they called ..." or "about how ...": a clause, read as before.
        // "said about 500 people attend": "about" before a number is an approximator that opens the content.
        bool approximator = s.Is(next, "about") && s.IsWord(next + 1) && (char.IsDigit(s.Word(next + 1)[0]) || WordClasses.NumberWords.Contains(s.Word(next + 1)));
        // "joked about “clever bankers”": the topic may open with its quotation mark, when the quote holds more
        // than a word ("stories about “firsts”" names a theme; "chants of “no”" a noun's complement).
        bool quotedTopic = s.Is(next, "about") && s.IsQuoteMark(next + 1) && QuotedWord(s, next + 2) && QuotedWord(s, next + 3);
        if (quotedTopic || (s.Is(next, "about") || s.Is(next, "of")) && !approximator && s.IsWord(next + 1) && !WordClasses.TimeWords.Contains(s.Word(next + 1))
            && !s.Word(next + 1).StartsWith("wh", StringComparison.OrdinalIgnoreCase) && !s.Is(next + 1, "how"))
        {
            return cue with { IsTopic = true, ContentAfterStart = s.Tokens[next + 1].Span.Start };
        }

        // A weak verb's clause counts only when it holds quoted words ("accused the governor of “hiding ...”");
        // the statement finder checks that.
        if (s.IsWord(next) && !Adverbials.Opens(s, next))
        {
            return cue with { ContentAfterStart = s.Tokens[next].Span.Start };
        }

        // "tweeted Tuesday night he considered Reed the “likely winner”": a weak verb's clause behind an adverbial
        // counts too when it holds quoted words (the statement finder checks that).
        int clause = ClauseAfterAdverbial.Start(s, next, verb.IsWeak);
        return clause >= 0 ? cue with { ContentAfterStart = s.Tokens[clause].Span.Start } : cue;
    }

    private static bool QuotedWord(SentenceView s, int k) => k < s.Count && s.Tokens[k].IsWord && s.InQuote[k];

    /// <summary>
    /// The "about" after a short phrase of place or occasion that opens at <paramref name="next"/> ("at a dinner
    /// about", "on the radio about"), or <paramref name="next"/> itself when the words there are anything else.
    /// </summary>
    private static int AfterOccasion(SentenceView s, int next)
    {
        if (!(s.Is(next, "at") || s.Is(next, "in") || s.Is(next, "on") || s.Is(next, "during")))
        {
            return next;
        }

        for (int k = next + 1; k < s.Count && k - next <= 6 && s.IsWord(k) && !s.Is(k, "that"); k++)
        {
            if (s.Is(k, "about") && k > next + 1 && !(s.IsWord(k + 1) && char.IsDigit(s.Word(k + 1)[0])))
            {
                return k;
            }
        }

        return next;
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

            if (Adverbials.Opens(s, k))
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
}
