using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// The noun phrase right before the verb is its subject: a name, a description, a phrase with a modifier
/// (<c>A person familiar with the talks said</c>), a named person before "with", "from" or "at"
/// (<c>Maria Santos with the Harbour Health Authority says</c>), or the phrase before a participle's agent.
/// Once a word stands before the verb, this pattern decides: a phrase that does not agree is no speaker.
/// </summary>
/// <example>The harbour master said the channel was clear. → The harbour master</example>
internal sealed class SubjectPhrasePattern : ISpeakerPattern
{
    public string Name => "subject-phrase";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int j = site.Head;
        if (!s.IsWord(j))
        {
            return PatternResult.Pass;
        }

        int start = Start(site, j, out j);

        // "The bill is larger than the mayor says it is": a comparison with what was said states nothing.
        if (start < 0 || s.Is(start - 1, "than") || PrepositionalModifier.IsPluralInObject(s, start, j, site.SpeechVerb.Form))
        {
            return PatternResult.Veto;
        }

        // "Maria Santos with the Harbour Health Authority says": a named person before "with", "from" or
        // "at" is the speaker; the organisation after it describes him.
        TextSpan? modifier = null;
        if (PrepositionalModifier.ModifiedStart(s, start) is int head and >= 0 && head < start - 2 && NamedPerson.Spans(s, head, start - 2))
        {
            modifier = s.Span(start, j);
            j = start - 2;
            start = head;
        }
        else if (PrepositionalModifier.HeadThatSpeaks(s, start) is int modified)
        {
            // "A person familiar with the talks said", "Officials in Washington said": a phrase after a
            // preposition is its object; the speaker is the whole phrase the preposition modifies.
            start = modified;
        }
        else if (PrepositionalModifier.HeadBeforeParticiple(s, start) is (int, int) participant)
        {
            // "A lawyer representing the family said": the participle's object is not the subject, and the
            // participle's phrase is no part of the speaker's name.
            (start, j) = participant;
        }
        else if (PrepositionalModifier.PhraseBeforeAgent(s, start) is int document)
        {
            // "A letter from the guild obtained by the Ledger warns": the agent of a participle is not the subject.
            j = start - 3;
            start = document;
        }

        // "As Clinton told the Daily News, tax relief is ...": a fronted "as" puts the content after the comma.
        bool frontedAs = s.Is(start - 1, "as") && start - 1 <= 1;
        Cue subject = site.Basic with { Speaker = s.Span(start, j), Appositive = modifier, ClauseStart = s.Tokens[start].Span.Start };
        return PatternResult.Found(site.WithContent(AppositiveBefore.Add(s, start, subject), frontedAs));
    }

    /// <summary>Where the subject phrase ending at <paramref name="j"/> starts (-1 for none), and where it ends.</summary>
    private static int Start(VerbSite site, int j, out int end)
    {
        SentenceView s = site.View;
        end = j;
        int start = NounPhrases.StartOfPhraseEndingAt(s, j);

        // "People arrested last week said", "All those involved say": a past participle after its noun.
        bool participle = start < 0 && IsParticipleAfterNoun(s, j);
        if (participle)
        {
            start = s.Is(j - 1, "those") ? (s.Is(j - 2, "all") ? j - 2 : j - 1) : NounPhrases.StartOfPhraseEndingAt(s, j - 1);
        }

        if (start >= 0 && start == j && Adverbials.IsYear(s.Word(j)))
        {
            // "a city study in 2017 concluded": a year is no speaker; the phrase before it is.
            start = PrepositionalModifier.ModifiedStart(s, start);
            end = start >= 0 ? j : -1;
        }

        if (start >= 0 && !participle && !SubjectVerbAgreement.Agrees(s, start, end, site.SpeechVerb.Form, site.Auxiliary))
        {
            // "A person familiar with the talks says": the plural belongs to a modifier; the
            // speaker is the phrase before the preposition.
            start = PrepositionalModifier.ModifiedStart(s, start);
        }

        return start;
    }

    /// <summary>A lower-case -ed word after a plural noun or "those" (<c>People arrested</c>).</summary>
    private static bool IsParticipleAfterNoun(SentenceView s, int k)
    {
        ReadOnlySpan<char> word = s.Word(k);
        if (!char.IsLower(word[0]) || !word.EndsWith("ed", StringComparison.Ordinal) || !s.IsWord(k - 1))
        {
            return false;
        }

        // A plural noun ("People" counts: it opens the sentence) or "those".
        ReadOnlySpan<char> noun = s.Word(k - 1);
        bool possessive = noun.EndsWith("'s") || noun.EndsWith("\u2019s");
        bool plural = noun.EndsWith("s") && !noun.EndsWith("ss") && !possessive || noun.Equals("people", StringComparison.OrdinalIgnoreCase);
        return noun.Equals("those", StringComparison.OrdinalIgnoreCase) || (plural && !WordClasses.PhraseBreaks.Contains(noun));
    }
}
