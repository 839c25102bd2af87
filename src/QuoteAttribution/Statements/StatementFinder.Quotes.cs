using QuoteAttribution.Cues;
using QuoteAttribution.Quotes;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>What a quote is: speech or a title, and where it stands in its sentence.</summary>
internal sealed partial class StatementFinder
{
    /// <summary>True when only white space or an opening bracket stands between <paramref name="from"/> and the quote.</summary>
    private bool StartsClause(Quote quote, int from) =>
        quote.Span.Start <= from || text.AsSpan(from, quote.Span.Start - from).Trim().Trim("([-\u2013\u2014").IsEmpty;

    /// <summary>
    /// True when the span holds a quote inside its words ("a scheme that cost “a fortune” in ..."), not
    /// one that a comma or colon sets off as speech of its own ("of the vote, “It was fair.”").
    /// </summary>
    private bool HoldsQuotedWords(TextSpan span)
    {
        int i = LastQuoteStartingAtOrBefore(span.Start - 1) + 1;
        return i < quotes.Length && quotes[i].Span.Start < span.End && !AfterCommaOrColon(quotes[i]);
    }

    private bool AfterCommaOrColon(Quote quote)
    {
        ReadOnlySpan<char> before = text.AsSpan(0, quote.Span.Start).TrimEnd();
        return before.Length > 0 && before[^1] is ',' or ':';
    }

    /// <summary>
    /// True when a comma ends the words before the quote ("A grocery store tour, “was a real eye-opener”
    /// Okafor says"): the quote is the rest of a sentence its speaker finishes.
    /// </summary>
    private bool FollowsComma(Quote quote, int from)
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

    /// <summary>
    /// Speech, not a scare quote, title or nickname: at least four words, or a sentence of its own
    /// (it opens the sentence or ends in . ! ? ,).
    /// </summary>
    private bool ReadsLikeSpeech(Quote quote)
    {
        int words = WordCount(quote.Content);
        ReadOnlySpan<char> content = quote.Content.Of(text).TrimEnd();
        bool punctuated = content.Length > 0 && content[^1] is '.' or '!' or '?' or ',' or '\u2026';
        bool opensSentence = OpensSentence(quote.Span.Start);
        if (IsTitleCase(quote.Content))
        {
            return false;
        }

        // A paragraph that is nothing but a quote in single marks is a subheading ('Just listen to us').
        if (quote.Family == QuoteFamily.SingleMarks)
        {
            return words >= MinScareQuoteWords && (punctuated || opensSentence) && !(opensSentence && EndsParagraph(quote));
        }

        // With no cue, words quoted in the middle of a narrative sentence ('did ban "toxic assets" in 2010')
        // are a mention, not a statement: speech opens its sentence or closes it.
        bool closesSentence = EndsSentenceAt(quote.Span.End);
        return (opensSentence || closesSentence) && (words >= MinScareQuoteWords || (words >= 2 && punctuated && opensSentence));
    }

    private bool EndsParagraph(Quote quote)
    {
        int i = quote.Span.End;
        while (i < text.Length && text[i] is ' ' or '\t' or '.')
        {
            i++;
        }

        return i >= text.Length || text[i] is '\n' or '\r';
    }

    /// <summary>
    /// True when the quote ending at <paramref name="end"/> closes its sentence: . ! ? inside or right after
    /// the closing mark, then the end of the paragraph or a capital.
    /// </summary>
    private bool EndsSentenceAt(int end)
    {
        bool terminal = text[end - 2] is '.' or '!' or '?';
        int i = end;
        if (i < text.Length && text[i] is '.' or '!' or '?')
        {
            terminal = true;
            i++;
        }

        while (i < text.Length && text[i] is ' ' or '\t' or ')')
        {
            i++;
        }

        bool paragraphEnds = i >= text.Length || text[i] is '\n' or '\r';
        return paragraphEnds || (terminal && (char.IsUpper(text[i]) || CharClass.IsQuoteMark(text[i])));
    }

    /// <summary>True for a title or slogan: every word of three letters or more is capitalised ("Person of the Year").</summary>
    private bool IsTitleCase(TextSpan span)
    {
        int longWords = 0;
        for (int i = span.Start; i < span.End; i++)
        {
            if (CharClass.IsWordChar(text[i]) && (i == span.Start || !CharClass.IsWordChar(text[i - 1])))
            {
                int end = i;
                while (end < span.End && CharClass.IsWordChar(text[end]))
                {
                    end++;
                }

                if (end - i >= 3)
                {
                    if (!char.IsUpper(text[i]))
                    {
                        return false;
                    }

                    longWords++;
                }
            }
        }

        return longWords >= 2;
    }

    private bool OpensSentence(int position)
    {
        int i = position - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        // A stop after an abbreviation ("lost 16 lbs. “and two belt loops”") ends no sentence: the splitter,
        // which knows abbreviations, decides where sentences start.
        return i < 0 || text[i] is '\n' or ':' or '!' or '?' || (text[i] == '.' && sentences[SentenceAt(position)].Span.Start >= i);
    }
}
