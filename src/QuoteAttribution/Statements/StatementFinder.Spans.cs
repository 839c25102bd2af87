using QuoteAttribution.Cues;
using QuoteAttribution.Quotes;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>Position arithmetic of <see cref="StatementFinder"/>: where quotes, clauses and sentences meet.</summary>
internal sealed partial class StatementFinder
{
    private Quote? QuoteAt(int position)
    {
        int i = LastQuoteStartingAtOrBefore(position);
        return i >= 0 && quotes[i].Span.Start == position ? quotes[i] : null;
    }

    /// <summary>The quote that ends just before <paramref name="position"/>, separated only by commas, dashes or spaces.</summary>
    private Quote? QuoteEndingBefore(int position, Sentence sentence, bool crossSentence = false)
    {
        for (int i = LastQuoteStartingAtOrBefore(position - 1); i >= 0 && i >= LastQuoteStartingAtOrBefore(position - 1) - 2; i--)
        {
            Quote quote = quotes[i];
            // With crossSentence, the quote may close the previous sentence ("...offensive!” Cruz said.").
            if (quote.Span.End > position || quote.Span.End < sentence.Span.Start - (crossSentence ? 3 : 0))
            {
                continue;
            }

            ReadOnlySpan<char> between = text.AsSpan(quote.Span.End, position - quote.Span.End);
            if (between.Trim().Trim(",\u2013\u2014-").IsEmpty && !between.Contains('\n'))
            {
                return quote;
            }
        }

        return null;
    }

    /// <summary>
    /// True when a colon or dash (or, with <paramref name="comma"/>, a comma) sets the quote off from the words
    /// before it. After a fronted phrase with no cue of its own ("In his home town, “...,” Osman said") a comma
    /// joins the quote to its sentence: that is one mixed statement.
    /// </summary>
    private bool SetOff(Quote quote, bool comma)
    {
        ReadOnlySpan<char> before = text.AsSpan(0, quote.Span.Start).TrimEnd();
        return before.Length > 0 && (before[^1] == ':' || CharClass.IsDash(before[^1]) || (comma && before[^1] == ','));
    }

    private bool HoldsQuote(TextSpan span)
    {
        int i = LastQuoteStartingAtOrBefore(span.End - 1);
        return i >= 0 && quotes[i].Span.Start >= span.Start;
    }

    private Quote? FirstQuoteAfter(int position, Sentence sentence)
    {
        int i = LastQuoteStartingAtOrBefore(position) + 1;
        return i < quotes.Length && quotes[i].Span.Start < sentence.Span.End && !_usedQuotes.Contains(quotes[i].Id) ? quotes[i] : null;
    }

    private int LastQuoteStartingAtOrBefore(int position) =>
        Sorted.LastAtOrBefore(quotes.AsSpan(), position, static q => q.Span.Start);

    /// <summary>
    /// Where a content clause after a cue ends: the sentence end, or the comma before a trailing cue.
    /// <paramref name="afterNext"/> is the cue after <paramref name="next"/>, which bounds the clause when
    /// <paramref name="next"/> is a participle that the clause runs across.
    /// </summary>
    private int ContentEnd(Sentence sentence, Cue? next, int from, Cue? afterNext = null)
    {
        if (next is { Kind: CueKind.Coordinated })
        {
            return next.ClauseStart;
        }

        // "accuses the mayor of “...” and Reyes says he is ...", "– Lee saying ... and Reyes calling it ...": a
        // named speaker joined by "and" or "but" opens a statement of their own; one with no content ("and the city
        // will continue to fight") is the narrator's clause.
        // A pronoun joined so ("said the plan failed and he said ...") opens one too when its verb is a
        // full speech verb; "and he thinks" or "and she called" may still be the same statement going on.
        if (next is { Kind: CueKind.SubjectVerb, Speaker: { } named, ContentAfterStart: >= 0 } && named.Start == next.ClauseStart
            && (!WordClasses.Pronouns.Contains(text.AsSpan(named.Start, named.Length)) || !next.IsWeak) && ConjunctionBefore(next.ClauseStart, from) is int and)
        {
            return and;
        }

        // "she says she grew up far from a kitchen: she notes that ...": a speaker's clause after a colon or
        // semicolon is a statement of its own.
        if (next is { Kind: CueKind.SubjectVerb, Speaker: { } opening, ContentAfterStart: >= 0 } && opening.Start == next.ClauseStart
            && ColonBefore(next.ClauseStart, from) is int colon)
        {
            return colon;
        }

        // "Lee argued that the town had changed: “It is not the same town,” she said.": a quote set off by a colon,
        // comma or dash inside an earlier cue's clause that the next cue closes is that cue's; the clause before
        // it ends where it opens.
        if (next is { Kind: CueKind.SubjectVerb or CueKind.Inverted, Speaker: not null } && QuoteEndingBefore(next.ClauseStart, sentence) is { } closed
            && closed.Span.Start > from && SetOff(closed, comma: true))
        {
            // End at the colon, comma or dash that sets the quote off.
            return Math.Max(from, text.AsSpan(0, closed.Span.Start).TrimEnd().Length - 1);
        }

        // "backs the bill, which he called “a gift to lenders.”": a relative clause whose pronoun speaks a quote
        // of its own ends the content at its comma or dash; the quote is that cue's statement.
        if (next is { Kind: CueKind.SubjectVerb, Speaker: { } pronoun, ContentAfterStart: >= 0 } && pronoun.Start == next.ClauseStart
            && WordClasses.Pronouns.Contains(text.AsSpan(pronoun.Start, pronoun.Length)) && OpensWithQuote(next.ContentAfterStart)
            && RelativeMarkBefore(next.ClauseStart, from, sentence.Span.Start) is int mark)
        {
            return mark;
        }

        if (next is not null && next.Kind is not CueKind.Participle)
        {
            int comma = PrecedingComma(next.ClauseStart, sentence.Span.Start);

            // "Adler, who calls him a “coward,” said ...": the next cue's clause opens before this content (the
            // two share the speaker the relative clause hangs on); the content ends at the comma before its verb.
            if (comma < from && next.Relative is { } relative && relative.Start < from)
            {
                comma = PrecedingComma(next.Trigger.Start, sentence.Span.Start);
            }

            if (comma > 0)
            {
                return comma;
            }

            // "According to the board, the water is safe, but Ruiz says ...": a contrast word after a comma
            // hands the rest of the sentence to the next speaker.
            // A pronoun there ("..., but he stressed ...") is most often the same speaker going on.
            bool namedSpeaker = next.Speaker is { } who && !WordClasses.Pronouns.Contains(text.AsSpan(who.Start, who.Length));
            comma = namedSpeaker ? CommaBeforeContrast(next.ClauseStart, sentence.Span.Start) : -1;
            if (comma > 0)
            {
                return comma;
            }
        }

        // "reminded residents to check their freezers, saying ...": a participle after a comma starts the
        // speaker's next statement.
        // When quoted words follow, the sentence stays one mixed statement, as PolNeAR annotates it, unless the
        // content before the participle holds quoted words of its own ('said the plan was "late," adding ...').
        if (next is { Kind: CueKind.Participle } && text[next.ClauseStart] == ','
            && (!HoldsQuote(TextSpan.FromBounds(next.ClauseStart, sentence.Span.End)) || HoldsQuote(TextSpan.FromBounds(Math.Min(from, next.ClauseStart), next.ClauseStart))))
        {
            return next.ClauseStart;
        }

        // "blasted Lee at a rally, calling her a “fraud,” and then tweeted that ...": the participle stays in the
        // statement, but a verb joined after it by "and" says something else.
        if (next is { Kind: CueKind.Participle } && afterNext is { Kind: CueKind.Coordinated })
        {
            return afterNext.ClauseStart;
        }

        return sentence.Span.End;
    }

    /// <summary>Where an "and" or "but" (or the comma before it) that ends right before <paramref name="position"/> starts; null when none does.</summary>
    private int? ConjunctionBefore(int position, int from)
    {
        int end = SpacesStartBefore(position, from);

        // "and Reyes says", "but Reyes says": either joins a second speaker's clause.
        if (end - 3 <= from || !(text.AsSpan(end - 3, 3).SequenceEqual("and") || text.AsSpan(end - 3, 3).SequenceEqual("but"))
            || CharClass.IsWordChar(text[end - 4]))
        {
            return null;
        }

        int start = SpacesStartBefore(end - 3, from);
        return start > from && text[start - 1] == ',' ? start - 1 : start;
    }

    /// <summary>True when a quote opens at <paramref name="position"/>, or right after an "as" there ("described as “...”").</summary>
    private bool OpensWithQuote(int position) =>
        QuoteAt(position) is not null || (text.AsSpan(position).StartsWith("as ", StringComparison.Ordinal) && QuoteAt(position + 3) is not null);

    /// <summary>The comma or dash before a "which" or "whom" that ends right before <paramref name="position"/>, after some content; null when none does.</summary>
    private int? RelativeMarkBefore(int position, int from, int sentenceStart)
    {
        int end = SpacesStartBefore(position, from);
        int start = end;
        while (start > from && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        bool relative = text.AsSpan(start, end - start) is "which" or "whom";
        int mark = relative ? PrecedingComma(start, sentenceStart) : -1;
        return mark > from ? mark : null;
    }

    /// <summary>Where a colon or semicolon right before <paramref name="position"/> stands, after some content; null when none does.</summary>
    private int? ColonBefore(int position, int from)
    {
        int end = SpacesStartBefore(position, from);
        return end - 1 > from && text[end - 1] is ':' or ';' ? end - 1 : null;
    }

    private int CommaBeforeContrast(int position, int sentenceStart)
    {
        int end = SpacesStartBefore(position, sentenceStart);

        int start = end;
        while (start > sentenceStart && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        string word = text[start..end];
        bool contrast = word.Equals("but", StringComparison.OrdinalIgnoreCase) || word.Equals("while", StringComparison.OrdinalIgnoreCase)
            || word.Equals("yet", StringComparison.OrdinalIgnoreCase) || word.Equals("whereas", StringComparison.OrdinalIgnoreCase);
        int comma = contrast && start > sentenceStart ? PrecedingComma(start, sentenceStart) : -1;

        // "... near the river — but the residents say ...": a dash sets off an aside more often than a new clause.
        return comma > 0 && text[comma] == ',' ? comma : -1;
    }

    private bool RunsToEnd(Quote quote, int end) =>
        quote.Span.End >= end || text.AsSpan(quote.Span.End, end - quote.Span.End).Trim().Trim(".,;:!?").IsEmpty;

    /// <summary>Where the white space that ends at <paramref name="position"/> starts, going back no further than <paramref name="floor"/>.</summary>
    private int SpacesStartBefore(int position, int floor)
    {
        int end = position;
        while (end > floor && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private int PrecedingComma(int position, int sentenceStart)
    {
        int i = position - 1;
        while (i > sentenceStart && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        // 'put Adler "through the mill," according to her lawyers': the comma inside the closing mark.
        if (i > sentenceStart + 1 && CharClass.IsQuoteMark(text[i]) && text[i - 1] == ',')
        {
            i--;
        }

        // "more than 1,300 Reyes emails": a comma between digits separates thousands.
        bool thousands = i > sentenceStart && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
        return i > sentenceStart && (text[i] == ',' && !thousands || CharClass.IsDash(text[i])) ? i : -1;
    }

    private bool InsideStatement(TextSpan span)
    {
        for (int i = _statements.Count - 1; i >= 0 && i >= _statements.Count - 8; i--)
        {
            if (_statements[i].Span.Contains(span) || (_statements[i].Span.Overlaps(span) && _statements[i].Kind != StatementKind.Direct))
            {
                return true;
            }
        }

        return false;
    }

    private int SentenceAt(int position) =>
        Math.Max(0, Sorted.LastAtOrBefore(sentences.AsSpan(), position, static s => s.Span.Start));
}
