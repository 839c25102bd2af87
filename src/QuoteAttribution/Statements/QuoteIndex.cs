using System.Collections.Immutable;
using QuoteAttribution.Cues;
using QuoteAttribution.Quotes;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>
/// The article's quotes by position (they are sorted and disjoint, so every lookup is a binary search), and
/// how each stands in its sentence: set off as speech of its own or quoted words inside a clause.
/// </summary>
internal sealed class QuoteIndex(string text, ImmutableArray<Quote> quotes)
{
    public ImmutableArray<Quote> All => quotes;

    public int LastStartingAtOrBefore(int position) =>
        Sorted.LastAtOrBefore(quotes.AsSpan(), position, static q => q.Span.Start);

    /// <summary>The quote that opens at <paramref name="position"/>, if one does.</summary>
    public Quote? At(int position)
    {
        int i = LastStartingAtOrBefore(position);
        return i >= 0 && quotes[i].Span.Start == position ? quotes[i] : null;
    }

    /// <summary>The first quote opening after <paramref name="position"/> inside the sentence, if any.</summary>
    public Quote? FirstAfter(int position, Sentence sentence)
    {
        int i = LastStartingAtOrBefore(position) + 1;
        return i < quotes.Length && quotes[i].Span.Start < sentence.Span.End ? quotes[i] : null;
    }

    /// <summary>The quote that ends just before <paramref name="position"/>, separated only by commas, dashes or spaces.</summary>
    public Quote? EndingBefore(int position, Sentence sentence, bool crossSentence = false)
    {
        for (int i = LastStartingAtOrBefore(position - 1); i >= 0 && i >= LastStartingAtOrBefore(position - 1) - 2; i--)
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

    /// <summary>True when a quote starts inside the span (it may run past its end).</summary>
    public bool HoldsQuote(TextSpan span)
    {
        int i = LastStartingAtOrBefore(span.End - 1);
        return i >= 0 && quotes[i].Span.Start >= span.Start;
    }

    public bool InsideQuote(int position)
    {
        int q = LastStartingAtOrBefore(position);
        return q >= 0 && quotes[q].Span.End > position;
    }

    /// <summary>
    /// True when the span holds a quote inside its words ("a scheme that cost “a fortune” in ..."), not
    /// one that a comma or colon sets off as speech of its own ("of the vote, “It was fair.”").
    /// </summary>
    public bool HoldsQuotedWords(TextSpan span)
    {
        int i = LastStartingAtOrBefore(span.Start - 1) + 1;
        return i < quotes.Length && quotes[i].Span.Start < span.End && !AfterCommaOrColon(quotes[i]);
    }

    /// <summary>True when a quote opens at <paramref name="position"/>, or right after an "as" there ("described as “...”").</summary>
    public bool OpensWithQuote(int position) =>
        At(position) is not null || (text.AsSpan(position).StartsWith("as ", StringComparison.Ordinal) && At(position + 3) is not null);

    public bool AfterCommaOrColon(Quote quote)
    {
        ReadOnlySpan<char> before = text.AsSpan(0, quote.Span.Start).TrimEnd();
        return before.Length > 0 && before[^1] is ',' or ':';
    }

    /// <summary>
    /// True when a colon or dash (or, with <paramref name="comma"/>, a comma) sets the quote off from the words
    /// before it. After a fronted phrase with no cue of its own ("In his home town, “...,” Osman said") a comma
    /// joins the quote to its sentence: that is one mixed statement.
    /// </summary>
    public bool SetOff(Quote quote, bool comma)
    {
        ReadOnlySpan<char> before = text.AsSpan(0, quote.Span.Start).TrimEnd();
        return before.Length > 0 && (before[^1] == ':' || CharClass.IsDash(before[^1]) || (comma && before[^1] == ','));
    }

    /// <summary>
    /// True when only white space, an opening bracket or an invisible formatting character (a direction mark
    /// pages leave before a paragraph's first mark) stands between <paramref name="from"/> and the quote.
    /// </summary>
    public bool StartsClause(Quote quote, int from)
    {
        if (quote.Span.Start <= from)
        {
            return true;
        }

        foreach (char c in text.AsSpan(from, quote.Span.Start - from))
        {
            if (!char.IsWhiteSpace(c) && !QuoteMarks.IsInvisible(c) && c is not ('(' or '[' or '-' or '\u2013' or '\u2014'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when nothing but punctuation stands between the quote's end and <paramref name="end"/>.</summary>
    public bool RunsToEnd(Quote quote, int end) =>
        quote.Span.End >= end || text.AsSpan(quote.Span.End, end - quote.Span.End).Trim().Trim(".,;:!?").IsEmpty;

    /// <summary>
    /// True when a comma ends the words before the quote ("A grocery store tour, “was a real eye-opener”
    /// Okafor says"): the quote is the rest of a sentence its speaker finishes.
    /// </summary>
    public bool FollowsComma(Quote quote, int from)
    {
        ReadOnlySpan<char> before = text.AsSpan(from, Math.Max(0, quote.Span.Start - from)).TrimEnd();
        if (before.Length == 0 || before[^1] != ',')
        {
            return false;
        }

        // Only a quote that opens with the predicate ("was a real eye-opener") finishes the subject before
        // it; a quote with a subject of its own ("In his parents' country, "baseball is ...") is mixed.
        int start = quote.Content.Start;
        int end = start;
        while (end < quote.Content.End && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > start && WordClasses.Auxiliaries.Contains(text.AsSpan(start, end - start))
            && char.IsLower(text[start]);
    }
}
