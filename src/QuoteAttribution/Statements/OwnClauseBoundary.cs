using QuoteAttribution.Cues;
using QuoteAttribution.Quotes;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>
/// Where a cue's content ends by the shape of the cue's own clause: a fronted gerund's subject, a second
/// predicate after a participle, an "as" complement, a relative clause's close. Read through
/// <see cref="ContentBounds"/>, which owns every start and end of a statement's content.
/// </summary>
internal sealed class OwnClauseBoundary(TextScan scan, QuoteIndex quotes)
{
    private readonly string _text = scan.Text;

    /// <summary>
    /// Narrows <paramref name="end"/> (where the content would end by the cues around it) by the cue's own
    /// clause: a fronted gerund's subject, a second predicate after a participle, an "as" complement, a
    /// relative clause's close.
    /// </summary>
    public int Narrow(Cue cue, int end)
    {
        if (cue.Kind == CueKind.Participle)
        {
            // "In calling the plan “unfair,” the mayor ...": a fronted gerund's content ends before its subject.
            end = cue.Speaker is { } after && after.Start > cue.ContentAfterStart ? Math.Min(end, FrontedContentEnd(cue.ContentAfterStart, after.Start)) : end;
            end = SecondPredicateStart(cue.ContentAfterStart, end);
        }
        else if (cue.IsTopic)
        {
            end = AsComplementEnd(cue.ContentAfterStart, end);
        }

        // "Adler, who called the plan “a mess,” voted ...": the verb of a relative clause set off by commas.
        if (cue.Relative is { } who && _text.AsSpan(0, who.Start).TrimEnd().EndsWith(",", StringComparison.Ordinal)
            && !_text.AsSpan(who.End, cue.Trigger.Start - who.End).Contains(','))
        {
            end = RelativeClauseEnd(cue.ContentAfterStart, end);
        }

        return end;
    }

    /// <summary>
    /// Where a participle's content gives way to a second predicate of the sentence's subject: an "and" (or the
    /// comma before it) outside quotation marks, right before a past verb with no subject of its own ("hammered
    /// Lee, calling him a “fraud,” and contrasted him with Adler"). A content that holds a past verb of its own
    /// ("saying the plan failed and cost millions") is a clause that may go on, and runs to
    /// <paramref name="end"/>.
    /// </summary>
    private int SecondPredicateStart(int start, int end)
    {
        int i = start;
        int previousEnd = -1;
        bool previousAnd = false;
        while (i < end)
        {
            while (i < end && !CharClass.IsWordChar(_text[i]))
            {
                i++;
            }

            int wordStart = i;
            while (i < end && (CharClass.IsWordChar(_text[i]) || _text[i] is '\'' or '\u2019'))
            {
                i++;
            }

            ReadOnlySpan<char> word = _text.AsSpan(wordStart, i - wordStart);
            if (word.IsEmpty)
            {
                break;
            }

            bool past = word.EndsWith("ed", StringComparison.Ordinal) || WordClasses.IrregularPast.Contains(word);
            if (past && previousAnd && i < end && char.IsLower(word[0]) && !quotes.InsideQuote(wordStart))
            {
                int and = scan.SpacesStartBefore(previousEnd - 3, start);
                return and > start && _text[and - 1] == ',' ? and - 1 : and;
            }

            if (past && !quotes.InsideQuote(wordStart))
            {
                return end;
            }

            previousAnd = word.SequenceEqual("and") && !quotes.InsideQuote(wordStart);
            previousEnd = i;
        }

        return end;
    }

    /// <summary>
    /// Where an "as" complement of quoted words ends ("whom he described as “steady,” with Adler"): at the
    /// quote, when a comma closes it; otherwise at <paramref name="end"/>.
    /// </summary>
    private int AsComplementEnd(int start, int end)
    {
        if (!_text.AsSpan(start, end - start).StartsWith("as ", StringComparison.Ordinal))
        {
            return end;
        }

        int q = quotes.LastStartingAtOrBefore(end - 1);
        while (q > 0 && quotes.All[q - 1].Span.Start >= start)
        {
            q--;
        }

        if (q < 0 || quotes.All[q].Span.Start < start || quotes.All[q].Span.End >= end || scan.WordCount(TextSpan.FromBounds(start, quotes.All[q].Span.Start)) > 2)
        {
            return end;
        }

        Quote quote = quotes.All[q];
        bool comma = _text[quote.Content.End - 1] == ',' || _text.AsSpan(quote.Span.End, end - quote.Span.End).TrimStart().StartsWith(",", StringComparison.Ordinal);
        return comma ? quote.Span.End : end;
    }

    /// <summary>
    /// Where a fronted gerund's content ends before the subject at <paramref name="subject"/>: before the
    /// spaces, and before a connective between commas ("Calling the plan “unfair,” though, Lee ...").
    /// </summary>
    private int FrontedContentEnd(int start, int subject)
    {
        int end = scan.SpacesStartBefore(subject, start);
        if (end - 1 <= start || _text[end - 1] != ',')
        {
            return end;
        }

        int word = end - 1;
        while (word > start && char.IsLetter(_text[word - 1]))
        {
            word--;
        }

        bool connective = word < end - 1 && char.IsLower(_text[word]) && WordClasses.Connectives.Contains(_text.AsSpan(word, end - 1 - word));
        return connective ? scan.SpacesStartBefore(word, start) : end;
    }

    /// <summary>
    /// Where the content of a verb in a relative clause set off by commas ends: at the last comma (or the
    /// closing mark after it) that a past verb with no subject of its own follows, the main clause's predicate
    /// ("Adler, who called the plan “a mess,” voted against it"); otherwise at <paramref name="end"/>.
    /// </summary>
    private int RelativeClauseEnd(int start, int end)
    {
        int found = end;
        for (int comma = scan.NextComma(start, end); comma >= 0; comma = scan.NextComma(comma + 1, end))
        {
            int after = comma + 1 < end && CharClass.IsQuoteMark(_text[comma + 1]) ? comma + 2 : comma + 1;
            if ((after >= end || char.IsWhiteSpace(_text[after])) && !quotes.InsideQuote(after) && PastVerbFollows(after, end))
            {
                found = after;
            }
        }

        return found;
    }

    /// <summary>True when, past adverbs and words that stand between a subject and its verb, a lower-case past verb follows.</summary>
    private bool PastVerbFollows(int from, int end)
    {
        int w = from;
        while (true)
        {
            while (w < end && char.IsWhiteSpace(_text[w]))
            {
                w++;
            }

            int wordEnd = scan.WordEnd(w, end);
            ReadOnlySpan<char> word = _text.AsSpan(w, wordEnd - w);
            if (word.IsEmpty || !char.IsLower(word[0]))
            {
                return false;
            }

            if (!WordClasses.IsLyAdverb(word) && !WordClasses.BetweenSubjectAndVerb.Contains(word))
            {
                return word.EndsWith("ed", StringComparison.Ordinal) || WordClasses.IrregularPast.Contains(word);
            }

            w = wordEnd;
        }
    }
}
