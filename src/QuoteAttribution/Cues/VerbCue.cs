using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>Reads the speaker, listener and start of content around one speech verb.</summary>
internal static partial class VerbCue
{
    public static Cue? Build(SentenceView s, int k, SpeechVerb verb, List<Cue> earlier)
    {
        // "The index added 12 points, or 0.4 per cent": a market that adds a number says nothing.
        if (verb.Lemma == "add" && s.IsWord(k + 1) && (char.IsDigit(s.Word(k + 1)[0]) || s.IsPunct(k + 1, '$')))
        {
            return null;
        }

        // "a new play called “Harbour Lights”", "a podcast called “Tide Tables”": a thing introduced with "a"
        // and named in quotation marks right after "called" is being named, not speaking.
        if (verb.Lemma == "call" && verb.Form == VerbForm.Past && s.IsQuoteMark(k + 1) && s.IsWord(k - 1) && char.IsLower(s.Word(k - 1)[0])
            && NounPhrases.StartOfPhraseEndingAt(s, k - 1) is int thing and >= 0 && (s.Is(thing, "a") || s.Is(thing, "an")))
        {
            return null;
        }

        int j = k - 1;

        // "Sen. Ann Marsh (D-Ore.) said": a parenthesis between the name and the verb is skipped.
        j = SkipBracketsBackwards(s, j);

        if (verb.Form == VerbForm.Gerund)
        {
            // "..., adding" or "... “a costly mistake,” adding": the comma may sit inside the closing mark.
            if (s.IsPunct(k - 1, ',') || s.IsQuoteMark(k - 1) && s.IsPunct(k - 2, ','))
            {
                return Participle(s, k, verb, earlier.Count > 0 ? null : SentenceSubject(s, k, afterFronted: true));
            }

            // "wrote that the levy was “a trap” and asking, “...”": after an earlier cue, a participle joined
            // by "and" or "while" is the same speaker's next statement.
            if (earlier.Count > 0 && !verb.IsBelief && (s.Is(k - 1, "and") || s.Is(k - 1, "while")))
            {
                return WithContentAfter(s, k, verb, VerbAt(s, k, verb) with { Kind = CueKind.Coordinated, ClauseStart = s.Tokens[k - 1].Span.Start });
            }

            // "Iraqi state TV is reporting ...", "the campaign is already claiming ...": a progressive form takes
            // the subject before "is" (adverbs between are skipped).
            int be = j;
            while (be > 0 && s.IsWord(be) && (s.Is(be, "already") || s.Is(be, "now") || s.Is(be, "also") || s.Is(be, "still")
                || s.Word(be).EndsWith("ly", StringComparison.Ordinal) && char.IsLower(s.Word(be)[0])))
            {
                be--;
            }

            // "a neighbour could be heard asking", "she was heard saying": the subject of "heard" speaks.
            if (s.Is(be, "heard") && s.Is(be - 1, "be") && s.IsWord(be - 2) && WordClasses.Auxiliaries.Contains(s.Word(be - 2)))
            {
                j = SkipBracketsBackwards(s, be - 3);
            }
            else if (s.Is(be, "heard") && (s.Is(be - 1, "is") || s.Is(be - 1, "are") || s.Is(be - 1, "was") || s.Is(be - 1, "were")))
            {
                j = SkipBracketsBackwards(s, be - 2);
            }
            else if (s.Is(be, "is") || s.Is(be, "are") || s.Is(be, "was") || s.Is(be, "were") || s.Is(be, "been"))
            {
                j = SkipBracketsBackwards(s, be - 1);
            }
            else if (ContractedBeSubject(s, be) is TextSpan pronoun)
            {
                // "He’s predicting he will do ...": the contraction holds both the subject and "is".
                Cue progressive = VerbAt(s, k, verb) with { Speaker = pronoun, ClauseStart = pronoun.Start };
                return WithContentAfter(s, k, verb, progressive);
            }
            else if (AbsoluteSubject(s, be) is int nameStart)
            {
                // "– Ryan saying he was “very encouraged”", "with Senator McCain telling reporters ...", "with Lee
                // reportedly yelling": the adverbs skipped above stand between the name and the verb.
                Cue absolute = VerbAt(s, k, verb) with { Speaker = s.Span(nameStart, be), ClauseStart = s.Tokens[nameStart].Span.Start };
                return WithContentAfter(s, k, verb, absolute);
            }
            else
            {
                return GerundAfterPreposition(s, k, verb) ?? IssuedDocumentSaying(s, k, verb);
            }
        }

        // "The letter goes on to say", "she went on to say": the speaker is the subject of "go on".
        bool goesOn = verb.Form == VerbForm.Base && s.Is(j, "to") && s.Is(j - 1, "on") && s.IsWord(j - 2) && s.Word(j - 2) is "go" or "goes" or "went" or "gone" or "going";
        if (goesOn)
        {
            j -= 3;
        }

        // "..., leading advisers like Tom Reyes to counter that ...": the object of a causing verb speaks.
        if (verb.Form == VerbForm.Base && s.Is(j, "to") && CausedSpeaker(s, j - 1) is TextSpan caused)
        {
            return WithContentAfter(s, k, verb, VerbAt(s, k, verb) with { Speaker = caused, ClauseStart = caused.Start });
        }

        j = SkipToSubject(s, j, out bool auxiliary, out bool negated);
        auxiliary |= goesOn;

        // "Ann Marsh (D-Ore.) last week said": the brackets may come before the time words too.
        if (j < k - 1 && s.IsPunct(j, ')'))
        {
            j = SkipBracketsBackwards(s, j);
        }

        if (verb.Form != VerbForm.Gerund && j >= 0 && s.IsWord(j) && (WordClasses.Passive.Contains(s.Word(j)) || IsContractedBe(s.Word(j))))
        {
            return null;
        }

        // "He would not say which ministers ...", "she never said": what a speaker did not say is no statement.
        // "was injured and told he would need surgery": "tell" with a subject pronoun after it is passive.
        if (negated || (verb.Lemma == "tell" && verb.Form == VerbForm.Past && (s.Is(k + 1, "he") || s.Is(k + 1, "she") || s.Is(k + 1, "they"))))
        {
            return null;
        }

        Cue basic = VerbAt(s, k, verb);

        // "called the report “misleading” and in a written reply said ...": a prepositional phrase
        // between "and" and the verb still joins the verb to the earlier one.
        if (earlier.Count > 0 && AndBeforeAdverbial(s, j) is int and)
        {
            j = and;
        }

        // "Ann laughed and added, “...”", "Tom agreed and said": the first verb says nothing of its own, so the
        // two verbs are one cue with the first one's speaker (the earlier cue is replaced, not kept beside it).
        if (s.Is(j, "and") && earlier.Count > 0 && earlier[^1] is { Kind: CueKind.SubjectVerb, Speaker: not null } joined
            && j > 0 && joined.Trigger.End == s.Tokens[j - 1].Span.End)
        {
            earlier.RemoveAt(earlier.Count - 1);
            return WithContentAfter(s, k, verb, basic with { Speaker = joined.Speaker, Appositive = joined.Appositive, ClauseStart = joined.ClauseStart });
        }

        if ((s.Is(j, "and") || s.Is(j, "but")) && earlier.Count > 0)
        {
            return WithContentAfter(s, k, verb, basic with { Kind = CueKind.Coordinated, ClauseStart = s.Tokens[j].Span.Start });
        }

        // "Lee toured the flooded streets and says the city will ...": with no earlier cue, a verb joined by
        // "and" shares the sentence's subject when the two agree.
        // "However, Lee met ... and declared": the subject comes after a fronted connective or adverbial.
        if ((s.Is(j, "and") || s.Is(j, "but")) && SentenceSubject(s, j, afterFronted: true) is TextSpan shared)
        {
            int start = s.FirstWord;
            while (s.Tokens[start].Span.Start < shared.Start)
            {
                start++;
            }

            int end = start;
            while (end + 1 < s.Count && s.Tokens[end + 1].Span.End <= shared.End)
            {
                end++;
            }

            // Only a pronoun ("He already ...": the pronoun alone) or a short name is a subject a reader carries over.
            if (NounPhrases.IsPronoun(s, start, start))
            {
                end = start;
            }
            else if (end - start > 3 || !NounPhrases.IsAllCapitalized(s, start, end) || WordClasses.TimeWords.Contains(s.Word(end))
                || s.Word(start).EndsWith("ing", StringComparison.Ordinal) || s.Word(start).EndsWith("ed", StringComparison.Ordinal))
            {
                // "Retaking Aleppo is considered critical": a sentence-initial verb form is no name.
                return null;
            }

            // "... is considered critical and thought to be impossible": a passive participle, not a speech act.
            if (verb.Form == VerbForm.Past && s.Is(k + 1, "to"))
            {
                return null;
            }

            return AgreesWith(s, start, end, verb.Form, auxiliary)
                ? WithContentAfter(s, k, verb, basic with { Speaker = s.Span(start, end), ClauseStart = s.Tokens[j].Span.Start })
                : null;
        }

        // "said Reyes, who said ..." / "officials who said ...": the relative pronoun stands for the phrase before it.
        if (s.Is(j, "who"))
        {
            return RelativeSpeaker(s, j, earlier) is TextSpan antecedent
                ? WithContentAfter(s, k, verb, basic with { Speaker = antecedent, Relative = s.Tokens[j].Span, ClauseStart = s.Tokens[j].Span.Start })
                : null;
        }

        // "Reyes, who is a pastor in Salem, Oregon, slammed ...": a relative clause with commas of its own
        // between the speaker and the verb. The verb is the main clause's, so the phrase, not the "who", is the
        // mention (the "who" is the mention only as the verb's own subject: "said Reyes, who added ...").
        // "One parent, whose son rides the route, said": a "whose" is no subject, so the phrase stays the mention.
        // The comma may sit inside a quote's closing mark: 'Adler, who calls him a “coward,” said'.
        int relativeComma = s.IsQuoteMark(j) && s.IsPunct(j - 1, ',') ? j - 1 : j;
        if (s.IsPunct(relativeComma, ',') && RelativeClauseBefore(s, relativeComma) is int who && RelativeSpeaker(s, who, earlier) is TextSpan named)
        {
            TextSpan? relative = s.Is(who, "who") ? s.Tokens[who].Span : null;
            return WithContentAfter(s, k, verb, basic with { Speaker = named, Relative = relative, ClauseStart = s.Tokens[who].Span.Start });
        }

        // "Ann Lee, when asked about the plan, responded that ...": a subordinate clause between commas.
        if (s.IsPunct(j, ',') && InterjectedClauseSubject(s, j) is (int from, int to))
        {
            return WithContentAfter(s, k, verb, basic with { Speaker = s.Span(from, to), ClauseStart = s.Tokens[from].Span.Start });
        }

        // "Clinton's charges", "Trump's remarks": after a possessive the verb form is a noun, no cue.
        if (IsPossessive(s, j))
        {
            return null;
        }

        if (s.IsWord(j))
        {
            int start = NounPhrases.StartOfPhraseEndingAt(s, j);

            // "People arrested last week said", "All those involved say": a past participle after its noun.
            bool participle = start < 0 && IsParticipleAfterNoun(s, j);
            if (participle)
            {
                start = s.Is(j - 1, "those") ? (s.Is(j - 2, "all") ? j - 2 : j - 1) : NounPhrases.StartOfPhraseEndingAt(s, j - 1);
            }

            if (start >= 0 && start == j && IsYear(s.Word(j)))
            {
                // "a city study in 2017 concluded": a year is no speaker; the phrase before it is.
                start = ModifiedPhraseStart(s, start);
                j = start >= 0 ? j : -1;
            }

            if (start >= 0 && !participle && !AgreesWith(s, start, j, verb.Form, auxiliary))
            {
                // "A person familiar with the talks says": the plural belongs to a modifier; the
                // speaker is the phrase before the preposition.
                start = ModifiedPhraseStart(s, start);
            }

            // "The bill is larger than the mayor says it is": a comparison with what was said states nothing.
            if (start < 0 || s.Is(start - 1, "than") || IsPluralAfterPreposition(s, start, j, verb.Form))
            {
                return null;
            }

            // "Maria Santos with the Harbour Health Authority says": a named person before "with", "from" or
            // "at" is the speaker; the organisation after it describes him.
            TextSpan? modifier = null;
            if (ModifiedPhraseStart(s, start) is int head and >= 0 && head < start - 2 && IsPersonName(s, head, start - 2))
            {
                modifier = s.Span(start, j);
                j = start - 2;
                start = head;
            }
            else if (ObjectOfModifier(s, start) is int modified)
            {
                // "A person familiar with the talks said", "Officials in Washington said": a phrase after a
                // preposition is its object; the speaker is the whole phrase the preposition modifies.
                start = modified;
            }
            else if (AgentOfParticiple(s, start) is int document)
            {
                // "A letter from the guild obtained by the Ledger warns": the agent of a participle is not the subject.
                j = start - 3;
                start = document;
            }

            // "As Clinton told the Daily News, tax relief is ...": a fronted "as" puts the content after the comma.
            bool frontedAs = s.Is(start - 1, "as") && start - 1 <= 1;
            Cue subject = basic with { Speaker = s.Span(start, j), Appositive = modifier, ClauseStart = s.Tokens[start].Span.Start };
            return WithContentAfter(s, k, verb, WithAppositiveBefore(s, start, subject), frontedAs);
        }

        bool afterBreak = j < 0 || s.IsPunct(j, ',') || s.IsQuoteMark(j) || s.IsPunct(j, ':') || s.IsPunct(j, '-')
            || s.IsPunct(j, '\u2013') || s.IsPunct(j, '\u2014');
        if (!afterBreak)
        {
            return null;
        }

        // "..., recipes, sleep tracking and goal setting, says Whitlock.": a name that closes the sentence after the
        // verb is the speaker, whatever list comes before the comma.
        Cue? inverted = Inverted(s, k, basic);
        if (!verb.TakesAddressee && inverted is { Speaker: TextSpan after } && after.Start == s.Tokens[k + 1].Span.Start && s.IsCapitalized(k + 1) && ClosesSentence(s, inverted))
        {
            return inverted;
        }

        Cue? appositive = s.IsPunct(j, ',') ? AppositiveSubject(s, j, k, verb, basic) : DashedAppositive(s, j, k, verb, basic);
        return appositive ?? inverted;
    }
}
