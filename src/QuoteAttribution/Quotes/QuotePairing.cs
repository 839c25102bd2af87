using System.Collections.Immutable;
using QuoteAttribution.Diagnostics;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Quotes;

/// <summary>
/// One pass of <see cref="QuoteDetector"/> over an article: the state of the quote in progress as the marks
/// are read paragraph by paragraph, one method per kind of mark.
/// </summary>
internal sealed class QuotePairing(string text, ImmutableArray<Paragraph> paragraphs, ICollection<Diagnostic> diagnostics)
{
    private readonly List<Quote> _quotes = [];
    private int _openAt = -1;          // index of the opening double mark of the quote in progress
    private int _openParagraph = -1;
    private int _skipMarkAt = -1;      // the continuation mark that opens the next paragraph of a running quote
    private int _singleOpenAt = -1;    // index of the opening single mark in the current paragraph
    private bool _doubledSingleOpen;   // inside ''...'' in the current paragraph: single marks there are nested

    public ImmutableArray<Quote> Run()
    {
        for (int k = 0; k < paragraphs.Length; k++)
        {
            ScanParagraph(k);
        }

        return [.. _quotes];
    }

    private void ScanParagraph(int k)
    {
        TextSpan p = paragraphs[k].Span;
        _singleOpenAt = -1;
        _doubledSingleOpen = false;
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

            // <tweet author="@x" datetime="...">: the marks of a tag's attributes quote nobody.
            if (InsideTag(text, i, p))
            {
                continue;
            }

            if (CharClass.IsDoubleMark(c) && _openAt < 0 && _singleOpenAt >= 0 && NestedQuotes.SingleCloseAround(text, _singleOpenAt, i, p) is > 0 and int close)
            {
                // ‘The council called it “a modest upgrade”,’ Reyes said: double marks inside a quote in single
                // marks are a quote within it, held by the outer one.
                Add(_singleOpenAt, close, k, k, closed: true, family: QuoteFamily.SingleMarks);
                _singleOpenAt = -1;
                i = close;
            }
            else if (CharClass.IsDoubleMark(c))
            {
                if (i != _skipMarkAt)
                {
                    DoubleMark(i, k, p);
                }
            }
            else if (_openAt >= 0 && IsDoubledSingleClose(text, i, p.End))
            {
                // ’’ or '' typed for a closing double mark (“...,’’ says the founder).
                Add(_openAt, i, _openParagraph, k, closed: true, spanEnd: i + 2);
                _openAt = -1;
                i++;
            }
            else if (_openAt < 0 && DoubledSingle(i, p))
            {
                i++;
            }
            else if (_openAt < 0 && !_doubledSingleOpen && CharClass.IsSingleMark(c))
            {
                SingleMark(i, k);
            }
        }

        if (_openAt >= 0)
        {
            EndParagraphOpen(k, p);
        }
    }

    /// <summary>
    /// True when the mark at <paramref name="i"/> stands inside a markup tag: after a "&lt;" that opens a tag
    /// name and before the "&gt;" that closes it, with neither bracket between; or right after "=" or right
    /// before "&gt;".
    /// </summary>
    private static bool InsideTag(string text, int i, TextSpan p)
    {
        // An attribute's marks touch its "=" and the tag's "&gt;" even when the tag is broken over lines.
        if ((i > 0 && text[i - 1] == '=') || (i + 1 < text.Length && text[i + 1] == '>'))
        {
            return true;
        }

        int open = text.LastIndexOf('<', i, i - p.Start + 1);
        if (open < 0 || text.LastIndexOf('>', i, i - open) > open || open + 1 >= p.End || !(char.IsLetter(text[open + 1]) || text[open + 1] == '/'))
        {
            return false;
        }

        int close = text.IndexOf('>', i, p.End - i);
        return close > i && text.IndexOf('<', i, close - i) < 0;
    }

    private void DoubleMark(int i, int k, TextSpan p)
    {
        char c = text[i];
        QuoteMarks.Facing facing = QuoteMarks.DoubleFacing(text, i);
        if (_openAt < 0)
        {
            OpenDouble(i, k, p, facing);
        }
        else if (facing == QuoteMarks.Facing.Opening && c != CharClass.StraightDouble && !IsEmptyBetween(text, _openAt, i)
            && !ClosesAfterPunctuation(text, i))
        {
            // A second opening curly mark: the first quote was never closed.
            Add(_openAt, TrimEnd(text, _openAt + 1, i), _openParagraph, k, closed: false);
            diagnostics.Add(new Diagnostic(DiagnosticCode.UnclosedQuote, new TextSpan(_openAt, 1), "quotation mark never closed"));
            _openAt = i;
            _openParagraph = k;
        }
        else if (_openParagraph < k && _skipMarkAt == p.Start && text[i - 1] == ',')
        {
            // '“... ¶ “... it matters,” he said.': a run-on quote whose last paragraph closes on a comma
            // has its own attribution after it, so that paragraph is a quote of its own and the
            // paragraphs before it end, open, where the next one starts.
            Add(_openAt, TrimEnd(text, _openAt + 1, paragraphs[k - 1].Span.End), _openParagraph, k - 1, closed: false);
            Add(p.Start, i, k, k, closed: true);
            _openAt = -1;
        }
        else
        {
            Add(_openAt, i, _openParagraph, k, closed: true);
            _openAt = -1;
        }
    }

    private void OpenDouble(int i, int k, TextSpan p, QuoteMarks.Facing facing)
    {
        // 'She says,” nobody listens to us ...”': with nothing open, a closing mark after a space or
        // a comma that the paragraph closes again later is a mistyped opening mark. So is one that opens the
        // paragraph ('¶” … the bridge is closed,” she said'): a quote taken up mid-sentence after an ellipsis.
        bool opensText = i == p.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is ',' or ':' || QuoteMarks.IsInvisible(text[i - 1]);
        if (facing == QuoteMarks.Facing.Closing && !(opensText && ClosesLater(text, i, p.End)))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCode.UnbalancedQuote, new TextSpan(i, 1), "closing quotation mark without an opening one"));
            return;
        }

        _openAt = i;
        _openParagraph = k;
        _singleOpenAt = -1;
    }

    /// <summary>
    /// True when the marks at <paramref name="i"/> are two single marks typed for a double mark (<c>''We will
    /// stay,'' she said</c>, as some archives print every quote), opening or closing such a passage. The
    /// passage itself is read as running text, as it always was; what changes is that the single marks inside
    /// it are quotes within that quote (<c>''He told me, 'Not now,' and left.''</c>) and make no quote of
    /// their own, so a half-quoted fragment starting at the inner mark never becomes a record.
    /// </summary>
    private bool DoubledSingle(int i, TextSpan p)
    {
        char c = text[i];
        if (i + 1 >= p.End || text[i + 1] != c || c is not (CharClass.StraightSingle or CharClass.LeftSingle or CharClass.RightSingle))
        {
            return false;
        }

        bool openBefore = i == p.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' || CharClass.IsDash(text[i - 1]);
        bool wordAfter = i + 2 < p.End && CharClass.IsWordChar(text[i + 2]);
        if (!_doubledSingleOpen && openBefore && wordAfter && c != CharClass.RightSingle)
        {
            _doubledSingleOpen = true;
            _singleOpenAt = -1;
            return true;
        }

        if (_doubledSingleOpen && !openBefore && !wordAfter && c != CharClass.LeftSingle)
        {
            _doubledSingleOpen = false;
            return true;
        }

        return false;
    }

    private void SingleMark(int i, int k)
    {
        QuoteMarks.Facing facing = QuoteMarks.SingleFacing(text, i);
        if (_singleOpenAt < 0 && facing == QuoteMarks.Facing.Opening)
        {
            _singleOpenAt = i;
        }
        else if (_singleOpenAt >= 0 && facing == QuoteMarks.Facing.Closing && i > _singleOpenAt + 1)
        {
            Add(_singleOpenAt, i, k, k, closed: true, family: QuoteFamily.SingleMarks);
            _singleOpenAt = -1;
        }
    }

    /// <summary>A double quote still open at the end of paragraph <paramref name="k"/>: it runs on, or ends here.</summary>
    private void EndParagraphOpen(int k, TextSpan p)
    {
        int next = k + 1;
        if (next < paragraphs.Length && OpensWithMark(text, paragraphs[next].Span))
        {
            _skipMarkAt = paragraphs[next].Span.Start;
            return;
        }

        if (next < paragraphs.Length && BreaksMidSentence(text, p, paragraphs[next].Span))
        {
            return;
        }

        Add(_openAt, TrimEnd(text, _openAt + 1, p.End), _openParagraph, k, closed: false);
        diagnostics.Add(new Diagnostic(DiagnosticCode.UnclosedQuote, new TextSpan(_openAt, 1), "quotation mark never closed before the end of its paragraph"));
        _openAt = -1;
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

    private void Add(int open, int close, int firstParagraph, int lastParagraph, bool closed,
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

        _quotes.Add(new Quote(_quotes.Count, TextSpan.FromBounds(open, spanEnd), TextSpan.FromBounds(contentStart, close), firstParagraph, lastParagraph, family, closed));
    }
}
