using System.Buffers;
using System.Collections.Immutable;
using QuoteAttribution.Quotes;
using QuoteAttribution.Text;

namespace QuoteAttribution.Segmentation;

/// <summary>
/// Splits paragraphs into sentences at <c>.</c>, <c>!</c>, <c>?</c> followed by a capital, never inside a
/// quote and never after an abbreviation (<c>Gen.</c>, <c>U.S.</c>). A quote that ends a sentence
/// (<c>... fewer of them.” He added</c>) ends it after its closing mark.
/// </summary>
public static class SentenceSplitter
{
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?\u2026");

    /// <summary>
    /// The longest stretch read as one sentence. Edited news sentences stay far below it (the longest in the
    /// annotated corpora is about a thousand characters); a longer run is a list, a table or a page without
    /// punctuation, and is cut at a space into pieces of at most this length. Every later stage scans a
    /// sentence per cue, so the cap is what keeps them all linear in the article.
    /// </summary>
    public const int MaxSentenceChars = 2_000;

    /// <summary>The sentences of every paragraph, in reading order.</summary>
    public static ImmutableArray<Sentence> Split(string text, ImmutableArray<Paragraph> paragraphs, ImmutableArray<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ImmutableArray<Sentence>.Builder sentences = ImmutableArray.CreateBuilder<Sentence>();
        int q = 0;
        foreach (Paragraph paragraph in paragraphs)
        {
            SplitParagraph(sentences, text, paragraph, quotes, ref q);
        }

        return sentences.ToImmutable();
    }

    /// <summary>
    /// The sentences of one paragraph. <paramref name="q"/> is the first quote that may still be ahead, carried
    /// from paragraph to paragraph so the quotes are walked once.
    /// </summary>
    private static void SplitParagraph(ImmutableArray<Sentence>.Builder sentences, string text, Paragraph paragraph, ImmutableArray<Quote> quotes, ref int q)
    {
        TextSpan p = paragraph.Span;
        int start = p.Start;
        int i = p.Start;
        while (i < p.End)
        {
            while (q < quotes.Length && quotes[q].Span.End <= i)
            {
                q++;
            }

            if (q < quotes.Length && quotes[q].Span.Start <= i && i < quotes[q].Span.End)
            {
                // Inside a quote: jump to its closing mark; a quote ending in . ! ? may end the sentence.
                Quote quote = quotes[q];
                int close = Math.Min(quote.Span.End, p.End);
                if (close < p.End && quote.Closed && EndsWithTerminator(text, quote.Content) && StartsSentence(text, close, p.End))
                {
                    Add(sentences, text, paragraph.Index, TextSpan.FromBounds(start, close));
                    start = SkipSpace(text, close, p.End);
                }

                i = close;
                continue;
            }

            // Up to the next quote only a terminator can end a sentence: jump to the next one.
            int limit = q < quotes.Length ? Math.Min(quotes[q].Span.Start, p.End) : p.End;
            int toTerminator = text.AsSpan(i, limit - i).IndexOfAny(Terminators);
            if (toTerminator < 0)
            {
                i = limit;
                continue;
            }

            i += toTerminator;
            char c = text[i];
            if (c is '.' or '!' or '?' or '\u2026' && i + 1 < p.End && char.IsWhiteSpace(text[i + 1])
                && StartsSentence(text, i + 1, p.End) && !(c == '.' && AfterAbbreviation(text, i, start)))
            {
                Add(sentences, text, paragraph.Index, TextSpan.FromBounds(start, i + 1));
                start = SkipSpace(text, i + 1, p.End);
            }

            i++;
        }

        if (start < p.End)
        {
            Add(sentences, text, paragraph.Index, TextSpan.FromBounds(start, p.End));
        }
    }

    // Adds the sentence, cut at spaces into pieces of at most MaxSentenceChars when it is longer.
    private static void Add(ImmutableArray<Sentence>.Builder sentences, string text, int paragraph, TextSpan span)
    {
        int start = span.Start;
        while (span.End - start > MaxSentenceChars)
        {
            int limit = start + MaxSentenceChars;
            int cut = text.AsSpan(start, MaxSentenceChars).LastIndexOf(' ');
            // No space in the whole stretch: cut at the limit, unless that would split a surrogate pair.
            int end = cut > 0 ? start + cut : char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
            sentences.Add(new Sentence(sentences.Count, paragraph, TextSpan.FromBounds(start, end)));
            start = SkipSpace(text, end, span.End);
        }

        if (start < span.End)
        {
            sentences.Add(new Sentence(sentences.Count, paragraph, TextSpan.FromBounds(start, span.End)));
        }
    }

    private static bool EndsWithTerminator(string text, TextSpan content)
    {
        int end = content.End;
        while (end > content.Start && (char.IsWhiteSpace(text[end - 1]) || CharClass.IsSingleMark(text[end - 1])))
        {
            end--;
        }

        return end > content.Start && text[end - 1] is '.' or '!' or '?' or '\u2026';
    }

    private static bool StartsSentence(string text, int from, int end)
    {
        int i = SkipSpace(text, from, end);
        // A quotation mark before a lower-case word ('who lost 16 lbs. “and two belt loops”') opens no sentence.
        if (i >= end)
        {
            return false;
        }

        bool quoteOpensSentence = CharClass.IsQuoteMark(text[i]) && !(i + 1 < end && char.IsLower(text[i + 1]));
        return char.IsUpper(text[i]) || char.IsDigit(text[i]) || quoteOpensSentence || text[i] == '(';
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool AfterAbbreviation(string text, int period, int sentenceStart)
    {
        int wordStart = period;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        ReadOnlySpan<char> word = text.AsSpan(wordStart, period - wordStart);

        // "No. 2" abbreviates "number"; "shaking his head no. “But ...”" ends a sentence.
        if (word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nos", StringComparison.OrdinalIgnoreCase))
        {
            int next = SkipSpace(text, period + 1, text.Length);
            return next < text.Length && char.IsDigit(text[next]);
        }

        // An abbreviation stands before a name or a number, never before a subject pronoun: "close at 7 p.m.
        // He says ..." ends a sentence at the abbreviation's period.
        return wordStart < period && Abbreviations.IsAbbreviation(word) && !BeforeSubjectPronoun(text, period + 1);
    }

    private static bool BeforeSubjectPronoun(string text, int from)
    {
        int start = SkipSpace(text, from, text.Length);
        int end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        // The whole run of letters must be the pronoun ("He's" yes, "Heather" no).
        ReadOnlySpan<char> word = text.AsSpan(start, end - start);
        return word is "He" or "She" or "They" or "We" or "It" or "I";
    }
}
