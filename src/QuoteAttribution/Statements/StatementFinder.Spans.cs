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
            if (between.Trim().Trim(",\u2013\u2014-").IsEmpty)
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

    /// <summary>Where a content clause after a cue ends: the sentence end, or the comma before a trailing cue.</summary>
    private int ContentEnd(Sentence sentence, Cue? next, int from)
    {
        if (next is { Kind: CueKind.Coordinated })
        {
            return next.ClauseStart;
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

        if (next is not null && next.Kind is not CueKind.Participle)
        {
            int comma = PrecedingComma(next.ClauseStart, sentence.Span.Start);
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

        return sentence.Span.End;
    }

    private int CommaBeforeContrast(int position, int sentenceStart)
    {
        int end = position;
        while (end > sentenceStart && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

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

        return i > sentenceStart && (text[i] == ',' || CharClass.IsDash(text[i])) ? i : -1;
    }

    private bool InsideStatement(TextSpan span)
    {
        for (int i = _statements.Count - 1; i >= 0 && i >= _statements.Count - 8; i--)
        {
            if (_statements[i].Span.Contains(span) || (_statements[i].Span.Overlaps(span) && _statements[i].Kind != Pipeline.StatementKind.Direct))
            {
                return true;
            }
        }

        return false;
    }

    private int SentenceAt(int position) =>
        Math.Max(0, Sorted.LastAtOrBefore(sentences.AsSpan(), position, static s => s.Span.Start));
}
