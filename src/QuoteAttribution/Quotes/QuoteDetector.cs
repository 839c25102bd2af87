using System.Collections.Immutable;
using QuoteAttribution.Diagnostics;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Quotes;

/// <summary>
/// Pairs quotation marks into quotes, paragraph by paragraph, for every family of marks. A double quote
/// left open at the end of a paragraph whose next paragraph opens with a mark runs on (news style: an
/// opening mark on each paragraph, the closing mark only on the last), and so does one left open at a
/// paragraph break inside a sentence. Any other quote left open ends
/// with its paragraph and is reported; stray closing marks are reported and skipped. Single marks make a
/// quote only outside double quotes (inside they are quotes within quotes, which the outer quote holds)
/// and only when they close in the same paragraph, so apostrophes never pair.
/// </summary>
public static class QuoteDetector
{
    /// <summary>The quotes of <paramref name="text"/> in reading order.</summary>
    public static ImmutableArray<Quote> Detect(string text, ImmutableArray<Paragraph> paragraphs, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        List<Quote> quotes = [];
        int openAt = -1;          // index of the opening double mark of the quote in progress
        int openParagraph = -1;
        int skipMarkAt = -1;      // the continuation mark that opens the next paragraph of a running quote
        for (int k = 0; k < paragraphs.Length; k++)
        {
            TextSpan p = paragraphs[k].Span;
            int singleOpenAt = -1;
            for (int i = p.Start; i < p.End; i++)
            {
                // Only quotation marks change anything below: jump to the next one.
                int toMark = text.AsSpan(i, p.End - i).IndexOfAny(CharClass.QuoteMarks);
                if (toMark < 0)
                {
                    break;
                }

                i += toMark;
                char c = text[i];
                if (CharClass.IsDoubleMark(c))
                {
                    if (i == skipMarkAt)
                    {
                        continue;
                    }

                    QuoteMarks.Facing facing = QuoteMarks.DoubleFacing(text, i);
                    if (openAt < 0)
                    {
                        // 'She says,” nobody listens to us ...”': with nothing open, a closing mark after a space or
                        // a comma that the paragraph closes again later is a mistyped opening mark.
                        if (facing == QuoteMarks.Facing.Closing && !(i > p.Start && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] is ',' or ':') && ClosesLater(text, i, p.End)))
                        {
                            diagnostics.Add(new Diagnostic(DiagnosticCode.UnbalancedQuote, new TextSpan(i, 1), "closing quotation mark without an opening one"));
                        }
                        else
                        {
                            openAt = i;
                            openParagraph = k;
                            singleOpenAt = -1;
                        }
                    }
                    else if (facing == QuoteMarks.Facing.Opening && c != CharClass.StraightDouble && !IsEmptyBetween(text, openAt, i)
                        && !ClosesAfterPunctuation(text, i))
                    {
                        // A second opening curly mark: the first quote was never closed.
                        Add(quotes, text, openAt, TrimEnd(text, openAt + 1, i), openParagraph, k, closed: false);
                        diagnostics.Add(new Diagnostic(DiagnosticCode.UnclosedQuote, new TextSpan(openAt, 1), "quotation mark never closed"));
                        openAt = i;
                        openParagraph = k;
                    }
                    else if (openParagraph < k && skipMarkAt == p.Start && text[i - 1] == ',')
                    {
                        // '“... ¶ “... it matters,” he said.': a run-on quote whose last paragraph closes on a comma
                        // has its own attribution after it, so that paragraph is a quote of its own and the
                        // paragraphs before it end, open, where the next one starts.
                        Add(quotes, text, openAt, TrimEnd(text, openAt + 1, paragraphs[k - 1].Span.End), openParagraph, k - 1, closed: false);
                        Add(quotes, text, p.Start, i, k, k, closed: true);
                        openAt = -1;
                    }
                    else
                    {
                        Add(quotes, text, openAt, i, openParagraph, k, closed: true);
                        openAt = -1;
                    }
                }
                else if (openAt >= 0 && IsDoubledSingleClose(text, i, p.End))
                {
                    // ’’ or '' typed for a closing double mark (“...,’’ says the founder).
                    Add(quotes, text, openAt, i, openParagraph, k, closed: true, spanEnd: i + 2);
                    openAt = -1;
                    i++;
                }
                else if (openAt < 0 && CharClass.IsSingleMark(c))
                {
                    QuoteMarks.Facing facing = QuoteMarks.SingleFacing(text, i);
                    if (singleOpenAt < 0 && facing == QuoteMarks.Facing.Opening)
                    {
                        singleOpenAt = i;
                    }
                    else if (singleOpenAt >= 0 && facing == QuoteMarks.Facing.Closing && i > singleOpenAt + 1)
                    {
                        Add(quotes, text, singleOpenAt, i, k, k, closed: true, family: QuoteFamily.SingleMarks);
                        singleOpenAt = -1;
                    }
                }
            }

            if (openAt >= 0)
            {
                int next = k + 1;
                if (next < paragraphs.Length && OpensWithMark(text, paragraphs[next].Span))
                {
                    skipMarkAt = paragraphs[next].Span.Start;
                    continue;
                }

                if (next < paragraphs.Length && BreaksMidSentence(text, p, paragraphs[next].Span))
                {
                    continue;
                }

                Add(quotes, text, openAt, TrimEnd(text, openAt + 1, p.End), openParagraph, k, closed: false);
                diagnostics.Add(new Diagnostic(DiagnosticCode.UnclosedQuote, new TextSpan(openAt, 1), "quotation mark never closed before the end of its paragraph"));
                openAt = -1;
            }
        }

        return [.. quotes];
    }

    /// <summary>
    /// '“...,”Lee said': a right mark glued to the punctuation that ends the quote closes it, though a
    /// word follows with no space.
    /// </summary>
    private static bool ClosesAfterPunctuation(string text, int i) =>
        text[i] == CharClass.RightDouble && i > 0 && text[i - 1] is ',' or '.' or '!' or '?';

    private static bool ClosesLater(string text, int i, int end)
    {
        int next = text.AsSpan(i + 1, end - i - 1).IndexOfAny('\u201D', '"');
        return next > 0 && !char.IsWhiteSpace(text[i + next]);
    }

    private static bool OpensWithMark(string text, TextSpan paragraph) =>
        CharClass.IsDoubleMark(text[paragraph.Start]) && QuoteMarks.DoubleFacing(text, paragraph.Start) != QuoteMarks.Facing.Closing;

    /// <summary>
    /// A paragraph break inside a sentence, as scraped pages leave them ("... is decided by the case manager
    /// decision-maker ¶ based on the recommendation of ..."): no end punctuation before it and a lowercase
    /// word after it. A quote open across it runs on instead of pairing its closing mark with the next opening.
    /// </summary>
    private static bool BreaksMidSentence(string text, TextSpan paragraph, TextSpan next)
    {
        int last = TrimEnd(text, paragraph.Start, paragraph.End) - 1;
        return last >= paragraph.Start && char.IsLetter(text[last]) && char.IsLower(text[next.Start]);
    }

    private static bool IsEmptyBetween(string text, int open, int close) =>
        text.AsSpan(open + 1, close - open - 1).IsWhiteSpace();

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static bool IsDoubledSingleClose(string text, int i, int end) =>
        i + 1 < end && text[i] is CharClass.RightSingle or CharClass.StraightSingle && text[i + 1] == text[i]
        && (i + 2 >= end || !CharClass.IsWordChar(text[i + 2]));

    private static void Add(List<Quote> quotes, string text, int open, int close, int firstParagraph, int lastParagraph, bool closed,
        QuoteFamily family = QuoteFamily.DoubleMarks, int spanEnd = -1)
    {
        if (close <= open + 1 || IsEmptyBetween(text, open, close))
        {
            return;
        }

        spanEnd = spanEnd >= 0 ? spanEnd : closed ? close + 1 : close;
        int contentStart = open + 1;
        while (contentStart < close && char.IsWhiteSpace(text[contentStart]))
        {
            contentStart++;
        }

        quotes.Add(new Quote(quotes.Count, TextSpan.FromBounds(open, spanEnd), TextSpan.FromBounds(contentStart, close), firstParagraph, lastParagraph, family, closed));
    }
}
