using QuoteAttribution.Cues;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>
/// Where a content clause ends by the cue that follows it in the sentence: the next speaker's clause, the
/// comma before a trailing cue, a participle that starts the speaker's next statement. Read through
/// <see cref="ContentBounds"/>, which owns every start and end of a statement's content.
/// </summary>
internal sealed class NextCueBoundary(TextScan scan, QuoteIndex quotes)
{
    private readonly string _text = scan.Text;

    /// <summary>
    /// Where a content clause from <paramref name="from"/> ends: the sentence end, or the comma before a trailing
    /// cue. <paramref name="afterNext"/> is the cue after <paramref name="next"/>, which bounds the clause when
    /// <paramref name="next"/> is a participle that the clause runs across.
    /// </summary>
    public int End(Sentence sentence, Cue? next, int from, Cue? afterNext)
    {
        int? end = next switch
        {
            null => null,
            { Kind: CueKind.Coordinated } => next.ClauseStart,
            { Kind: CueKind.Participle } => BeforeParticiple(sentence, next, from, afterNext),
            _ => BeforeOtherSpeaker(sentence, next, from) ?? BeforeTrailingCue(sentence, next, from),
        };
        return end ?? sentence.Span.End;
    }

    /// <summary>Where a clause of the next cue's own speaker opens after the content, or a quote it closes; null when none does.</summary>
    private int? BeforeOtherSpeaker(Sentence sentence, Cue next, int from)
    {
        // The next cue opens a clause of its own: a subject verb with content, its speaker first.
        bool opensClause = next is { Kind: CueKind.SubjectVerb, Speaker: { } speaker, ContentAfterStart: >= 0 } && speaker.Start == next.ClauseStart;
        bool pronoun = opensClause && WordClasses.Pronouns.Contains(next.Speaker!.Value.Of(_text));

        // "accuses the mayor of “...” and Reyes says he is ...", "– Lee saying ... and Reyes calling it ...": a
        // named speaker joined by "and" or "but" opens a statement of their own; one with no content ("and the city
        // will continue to fight") is the narrator's clause.
        // A pronoun joined so ("said the plan failed and he said ...") opens one too when its verb is a
        // full speech verb; "and he thinks" or "and she called" may still be the same statement going on.
        if (opensClause && (!pronoun || !next.IsWeak) && ConjunctionBefore(next.ClauseStart, from) is int and)
        {
            return and;
        }

        // "she says she grew up far from a kitchen: she notes that ...": a speaker's clause after a colon or
        // semicolon is a statement of its own.
        if (opensClause && ColonBefore(next.ClauseStart, from) is int colon)
        {
            return colon;
        }

        // "Lee argued that the town had changed: “It is not the same town,” she said.": a quote set off by a colon,
        // comma or dash inside an earlier cue's clause that the next cue closes is that cue's; the clause before
        // it ends where it opens, at the colon, comma or dash that sets the quote off.
        if (next is { Kind: CueKind.SubjectVerb or CueKind.Inverted, Speaker: not null } && quotes.EndingBefore(next.ClauseStart, sentence) is { } closed
            && closed.Span.Start > from && quotes.SetOff(closed, comma: true))
        {
            return Math.Max(from, _text.AsSpan(0, closed.Span.Start).TrimEnd().Length - 1);
        }

        // "backs the bill, which he called “a gift to lenders.”": a relative clause whose pronoun speaks a quote
        // of its own ends the content at its comma or dash; the quote is that cue's statement.
        if (pronoun && quotes.OpensWithQuote(next.ContentAfterStart) && RelativeMarkBefore(next.ClauseStart, from, sentence.Span.Start) is int mark)
        {
            return mark;
        }

        return null;
    }

    /// <summary>The comma before a cue that trails the content ("..., he said"), or before a contrast word that hands the rest on.</summary>
    private int? BeforeTrailingCue(Sentence sentence, Cue next, int from)
    {
        int comma = scan.PrecedingComma(next.ClauseStart, sentence.Span.Start);

        // "Adler, who calls him a “coward,” said ...": the next cue's clause opens before this content (the
        // two share the speaker the relative clause hangs on); the content ends at the comma before its verb.
        if (comma < from && next.Relative is { } relative && relative.Start < from)
        {
            comma = scan.PrecedingComma(next.Trigger.Start, sentence.Span.Start);
        }

        if (comma > 0)
        {
            return comma;
        }

        // "According to the board, the water is safe, but Ruiz says ...": a contrast word after a comma
        // hands the rest of the sentence to the next speaker.
        // A pronoun there ("..., but he stressed ...") is most often the same speaker going on.
        bool namedSpeaker = next.Speaker is { } who && !WordClasses.Pronouns.Contains(who.Of(_text));
        comma = namedSpeaker ? CommaBeforeContrast(next.ClauseStart, sentence.Span.Start) : -1;
        return comma > 0 ? comma : null;
    }

    /// <summary>Where the content ends before a participle cue ("..., saying ...") or a verb joined after it; null when it runs on.</summary>
    private int? BeforeParticiple(Sentence sentence, Cue next, int from, Cue? afterNext)
    {
        // "reminded residents to check their freezers, saying ...": a participle after a comma starts the
        // speaker's next statement.
        // When quoted words follow, the sentence stays one mixed statement, as PolNeAR annotates it, unless the
        // content before the participle holds quoted words of its own ('said the plan was "late," adding ...').
        if (_text[next.ClauseStart] == ','
            && (!quotes.HoldsQuote(TextSpan.FromBounds(next.ClauseStart, sentence.Span.End)) || quotes.HoldsQuote(TextSpan.FromBounds(Math.Min(from, next.ClauseStart), next.ClauseStart))))
        {
            return next.ClauseStart;
        }

        // "blasted Lee at a rally, calling her a “fraud,” and then tweeted that ...": the participle stays in the
        // statement, but a verb joined after it by "and" says something else.
        return afterNext is { Kind: CueKind.Coordinated } ? afterNext.ClauseStart : null;
    }

    /// <summary>Where an "and" or "but" (or the comma before it) that ends right before <paramref name="position"/> starts; null when none does.</summary>
    private int? ConjunctionBefore(int position, int from)
    {
        int end = scan.SpacesStartBefore(position, from);

        // "and Reyes says", "but Reyes says": either joins a second speaker's clause.
        if (end - 3 <= from || !(_text.AsSpan(end - 3, 3).SequenceEqual("and") || _text.AsSpan(end - 3, 3).SequenceEqual("but"))
            || CharClass.IsWordChar(_text[end - 4]))
        {
            return null;
        }

        int start = scan.SpacesStartBefore(end - 3, from);
        return start > from && _text[start - 1] == ',' ? start - 1 : start;
    }

    /// <summary>The comma or dash before a "which" or "whom" that ends right before <paramref name="position"/>, after some content; null when none does.</summary>
    private int? RelativeMarkBefore(int position, int from, int sentenceStart)
    {
        int end = scan.SpacesStartBefore(position, from);
        int start = end;
        while (start > from && char.IsLetter(_text[start - 1]))
        {
            start--;
        }

        bool relative = _text.AsSpan(start, end - start) is "which" or "whom";
        int mark = relative ? scan.PrecedingComma(start, sentenceStart) : -1;
        return mark > from ? mark : null;
    }

    /// <summary>Where a colon or semicolon right before <paramref name="position"/> stands, after some content; null when none does.</summary>
    private int? ColonBefore(int position, int from)
    {
        int end = scan.SpacesStartBefore(position, from);
        return end - 1 > from && _text[end - 1] is ':' or ';' ? end - 1 : null;
    }

    /// <summary>The comma before a "but", "while", "yet" or "whereas" that ends right before <paramref name="position"/>; -1 when none does.</summary>
    private int CommaBeforeContrast(int position, int sentenceStart)
    {
        int end = scan.SpacesStartBefore(position, sentenceStart);

        int start = end;
        while (start > sentenceStart && char.IsLetter(_text[start - 1]))
        {
            start--;
        }

        ReadOnlySpan<char> word = _text.AsSpan(start, end - start);
        bool contrast = word.Equals("but", StringComparison.OrdinalIgnoreCase) || word.Equals("while", StringComparison.OrdinalIgnoreCase)
            || word.Equals("yet", StringComparison.OrdinalIgnoreCase) || word.Equals("whereas", StringComparison.OrdinalIgnoreCase);
        int comma = contrast && start > sentenceStart ? scan.PrecedingComma(start, sentenceStart) : -1;

        // "... near the river — but the residents say ...": a dash sets off an aside more often than a new clause.
        return comma > 0 && _text[comma] == ',' ? comma : -1;
    }
}
