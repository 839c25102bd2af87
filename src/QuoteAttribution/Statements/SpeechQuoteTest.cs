using System.Collections.Frozen;
using System.Collections.Immutable;
using QuoteAttribution.Quotes;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>
/// Whether a quote no cue claimed reads like speech (a statement for the context sieves to attribute) or
/// like a scare quote, title, nickname or subheading (no statement).
/// </summary>
internal sealed class SpeechQuoteTest(TextScan scan, ImmutableArray<Sentence> sentences)
{
    /// <summary>Fewer words than this, quoted inside a sentence, are a scare quote, title or nickname.</summary>
    public const int MinScareQuoteWords = 4;

    // The verb and the owner of "... is my new motto": the writer names the quote as their own.
    private static readonly WordSet WriterCopulas = new(FrozenSet.Create(StringComparer.Ordinal, "is", "was", "became", "remains"));
    private static readonly WordSet FirstPersonPossessives = new(FrozenSet.Create(StringComparer.Ordinal, "my", "our"));

    private readonly string _text = scan.Text;

    /// <summary>
    /// Speech, not a scare quote, title or nickname: at least four words, or a sentence of its own
    /// (it opens the sentence or ends in . ! ? ,).
    /// </summary>
    public bool ReadsLikeSpeech(Quote quote)
    {
        int words = scan.WordCount(quote.Content);
        ReadOnlySpan<char> content = quote.Content.Of(_text).TrimEnd();
        bool punctuated = content.Length > 0 && content[^1] is '.' or '!' or '?' or ',' or '\u2026';
        bool opensSentence = OpensSentence(quote.Span.Start);
        if (IsTitleCase(quote.Content) || IsWritersPhrase(quote))
        {
            return false;
        }

        // A paragraph that is nothing but a quote in single marks is a subheading ('Just listen to us'); one that
        // opens a later sentence of its paragraph is dialogue going on ('...,' she said. 'The ferry needs it.').
        if (quote.Family == QuoteFamily.SingleMarks)
        {
            return words >= MinScareQuoteWords && (punctuated || opensSentence) && !(OpensParagraph(quote.Span.Start) && EndsParagraph(quote));
        }

        // With no cue, words quoted in the middle of a narrative sentence ('did ban "toxic assets" in 2010')
        // are a mention, not a statement: speech opens its sentence or closes it.
        bool closesSentence = EndsSentenceAt(quote.Span.End);
        return (opensSentence || closesSentence) && (words >= MinScareQuoteWords || (words >= 2 && punctuated && opensSentence));
    }

    /// <summary>
    /// True for words the writer quotes as the subject of a sentence about the writer's own choice: "“Whatever
    /// gets the job done” is my new motto". The quote is named, not said; with a comma inside the marks
    /// ("“We will win,” was all she said") it is speech again.
    /// </summary>
    private bool IsWritersPhrase(Quote quote)
    {
        if (!quote.Closed || _text[quote.Span.End - 2] is ',' or '.' or '!' or '?')
        {
            return false;
        }

        int verb = SkipSpaces(quote.Span.End);
        int verbEnd = scan.WordEnd(verb, _text.Length);
        int owner = SkipSpaces(verbEnd);
        int ownerEnd = scan.WordEnd(owner, _text.Length);
        return verbEnd > verb && WriterCopulas.Contains(_text.AsSpan(verb, verbEnd - verb))
            && FirstPersonPossessives.Contains(_text.AsSpan(owner, ownerEnd - owner));
    }

    private int SkipSpaces(int i)
    {
        while (i < _text.Length && _text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private bool EndsParagraph(Quote quote)
    {
        int i = quote.Span.End;
        while (i < _text.Length && _text[i] is ' ' or '\t' or '.')
        {
            i++;
        }

        return i >= _text.Length || _text[i] is '\n' or '\r';
    }

    /// <summary>
    /// True when the quote ending at <paramref name="end"/> closes its sentence: . ! ? inside or right after
    /// the closing mark, then the end of the paragraph or a capital.
    /// </summary>
    private bool EndsSentenceAt(int end)
    {
        bool terminal = _text[end - 2] is '.' or '!' or '?';
        int i = end;
        if (i < _text.Length && _text[i] is '.' or '!' or '?')
        {
            terminal = true;
            i++;
        }

        while (i < _text.Length && _text[i] is ' ' or '\t' or ')')
        {
            i++;
        }

        bool paragraphEnds = i >= _text.Length || _text[i] is '\n' or '\r';
        return paragraphEnds || (terminal && (char.IsUpper(_text[i]) || CharClass.IsQuoteMark(_text[i])));
    }

    /// <summary>
    /// True for a title or slogan: every word of three letters or more is capitalised but the short joiners a
    /// title leaves in lower case ("Person of the Year", "The Late Hour with Ann Lee").
    /// </summary>
    private bool IsTitleCase(TextSpan span)
    {
        // "Hello, it’s Ann.": a comma inside makes a greeting or a sentence, not a title; the comma a title
        // carries before its closing mark ("“Open Water,” she wrote") does not.
        if (span.Of(_text).TrimEnd(" ,.").Contains(','))
        {
            return false;
        }

        int longWords = 0;
        for (int i = span.Start; i < span.End; i++)
        {
            if (!CharClass.IsWordChar(_text[i]) || (i != span.Start && CharClass.IsWordChar(_text[i - 1])))
            {
                continue;
            }

            int end = scan.WordEnd(i, span.End);
            if (end - i >= 3 && !Cues.WordClasses.TitleJoiners.Contains(_text.AsSpan(i, end - i)))
            {
                if (!char.IsUpper(_text[i]))
                {
                    return false;
                }

                longWords++;
            }
        }

        return longWords >= 2;
    }

    private bool OpensParagraph(int position)
    {
        int i = position - 1;
        while (i >= 0 && _text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || _text[i] == '\n';
    }

    private bool OpensSentence(int position)
    {
        int i = position - 1;
        while (i >= 0 && _text[i] is ' ' or '\t')
        {
            i--;
        }

        // A stop after an abbreviation ("lost 16 lbs. “and two belt loops”") ends no sentence: the splitter,
        // which knows abbreviations, decides where sentences start.
        return i < 0 || _text[i] is '\n' or ':' or '!' or '?' || (_text[i] == '.' && sentences[SentenceLookup.IndexAt(sentences, position)].Span.Start >= i);
    }
}
