using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A passive speech verb with its agent after "by": the agent speaks, and what was said follows the agent
/// (<c>The firm was criticised by the tribunal for its “careless” accounts</c>). Without "by" the passive
/// is vetoed (<see cref="PassiveVeto"/>).
/// </summary>
/// <example>The plan was mocked by the mayor as “a fantasy.” → the mayor</example>
internal sealed class PassiveAgentPattern : ISpeakerPattern
{
    public string Name => "passive-agent";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int j = site.BeforeSubject;
        int by = site.Verb + 1;
        bool passive = !site.IsGerund && site.SpeechVerb.Form == VerbForm.Past && j >= 0 && s.IsWord(j) && WordClasses.Passive.Contains(s.Word(j))
            && !s.Is(j, "to") && s.Is(by, "by") && s.IsWord(by + 1);
        if (!passive)
        {
            return PatternResult.Pass;
        }

        // "explained by the state's rules and by ...", "reflected by the sum that ...": only an agent that can
        // speak, followed by what it said, makes the passive a cue.
        int end = NounPhrases.EndOfPhraseStartingAt(s, by + 1);
        if (end < 0 || !CanSpeak(s, by + 1, end) || !OpensContent(s, end + 1))
        {
            return PatternResult.Pass;
        }

        Cue agent = site.Basic with { Speaker = s.Span(by + 1, end), ClauseStart = s.Tokens[site.Verb].Span.Start };
        // "criticised by the tribunal for its “careless” accounts": the reason or label after the agent is what
        // was said when no clause follows (the statement finder checks for quoted words).
        Cue cue = ContentStart.After(s, end, site.SpeechVerb, agent);
        if (cue.ContentAfterStart < 0 && (s.Is(end + 1, "for") || s.Is(end + 1, "as") || s.Is(end + 1, "over")))
        {
            cue = cue with { IsTopic = true, ContentAfterStart = s.Tokens[end + 1].Span.Start };
        }

        return PatternResult.Found(cue);
    }

    /// <summary>True when the phrase holds a name or ends in a word for a person, group or organisation.</summary>
    private static bool CanSpeak(SentenceView s, int start, int end)
    {
        for (int k = start + 1; k <= end; k++)
        {
            if (s.IsCapitalized(k))
            {
                return true;
            }
        }

        ReadOnlySpan<char> head = s.Word(end);
        ReadOnlySpan<char> singular = head.Length > 3 && head[^1] == 's' ? head[..^1] : head;
        return s.IsCapitalized(start) && !WordClasses.Determiners.Contains(s.Word(start))
            || Entities.EntityLexicons.Roles.Contains(head) || Entities.EntityLexicons.Roles.Contains(singular)
            || Entities.EntityLexicons.People.Contains(head) || Entities.EntityLexicons.People.Contains(singular)
            || Entities.EntityLexicons.Groups.Contains(head) || Entities.EntityLexicons.Organizations.Contains(head);
    }

    /// <summary>True when the words after the agent open what was said: "that", an infinitive, a reason, a label or a quote.</summary>
    private static bool OpensContent(SentenceView s, int k) =>
        s.Is(k, "that") || s.Is(k, "to") || s.Is(k, "for") || s.Is(k, "as") || s.Is(k, "over") || s.Is(k, "about") || s.Is(k, "of")
        || s.IsQuoteMark(k) || (s.IsPunct(k, ':') && s.IsQuoteMark(k + 1));
}
